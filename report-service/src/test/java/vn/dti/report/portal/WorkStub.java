package vn.dti.report.portal;

import java.util.List;

import vn.dti.report.portal.ApiStub.Request;
import vn.dti.report.portal.ApiStub.Scripted;

/** The officer and reviewer tests' view of {@link ApiStub}: the answers of one case, and what the portal sent. */
final class WorkStub {

    WorkStub reset() {
        ApiStub.scripted.clear();
        ApiStub.requests.clear();
        return this;
    }

    /** {@code GET} of this path and query (exactly as the portal asks) answers 200 with this JSON. */
    WorkStub get(String uri, String json) {
        return answer("GET", uri, 200, json);
    }

    WorkStub post(String path, int status, String json) {
        return answer("POST", path, status, json);
    }

    WorkStub answer(String method, String uri, int status, String json) {
        ApiStub.scripted.put(method + " " + uri, new Scripted(status, json));
        return this;
    }

    /** The requests with this method whose path (before the query) is {@code path}, oldest first. */
    List<Request> calls(String method, String path) {
        return ApiStub.requests.stream()
                .filter(r -> r.method().equals(method) && r.pathAndQuery().split("\\?")[0].equals(path)).toList();
    }
}
