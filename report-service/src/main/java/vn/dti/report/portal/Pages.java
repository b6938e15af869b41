package vn.dti.report.portal;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.session.Language;

/**
 * What every portal page resource uses: a template rendered in the page's language, the error page of
 * a status, and the redirect (303) that ends every form POST with a notice on the page it lands on.
 */
@ApplicationScoped
public class Pages {

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        /** status 401, 403, 404, 503 or another; title and detail from the API when it said why */
        static native TemplateInstance error(int status, String detail);
    }

    @Inject
    Language language;

    /** The template in the page's language (vi/en): {@code return pages.page(Templates.home(...))}. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(language.locale());
    }

    /** The error page of {@code status} (403: {@code h1#forbidden}, 404: {@code h1#not-found}). */
    public Response error(int status, String detail) {
        return Response.status(status).type("text/html;charset=UTF-8")
                .entity(page(Templates.error(status, detail)).render()).build();
    }

    /** The error page of an API's refusal: its status (a 5xx of the API or no answer at all: 503). */
    public Response error(ApiProblem problem) {
        int status = problem.status() >= 500 ? 503 : problem.status();
        return error(status, problem.detail());
    }

    /** 303 to a portal page after a form POST; {@code notice} is a key of the page's notices, shown once. */
    public static Response seeOther(String path, String notice) {
        String target = notice == null ? path : path + (path.contains("?") ? "&" : "?") + "notice=" + notice;
        return Response.seeOther(URI.create(target)).build();
    }
}
