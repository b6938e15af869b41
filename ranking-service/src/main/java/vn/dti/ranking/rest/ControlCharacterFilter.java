package vn.dti.ranking.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.ProblemMappers;
import vn.dti.plumbing.problem.Text;

/**
 * No code, period or node holds a control character or invalid Unicode ({@link Text}): a decoded path
 * or query parameter with one (NUL from {@code %00} among them, which PostgreSQL cannot even compare)
 * is refused with 400 before any query runs.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public Response refuseControlCharacters(UriInfo uri) {
        if (holdsControl(uri.getPathParameters()) || holdsControl(uri.getQueryParameters())) {
            return ProblemMappers.response(ProblemException.badRequest(
                    "Path and query parameters must not contain control characters.").problem());
        }
        return null;
    }

    private static boolean holdsControl(MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String value : e.getValue()) {
                if (!Text.clean(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
