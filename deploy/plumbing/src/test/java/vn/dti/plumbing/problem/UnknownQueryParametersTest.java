package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

/** What an operation accepts is read from its method; the services' UnknownQueryParameterTest checks every operation over HTTP. */
class UnknownQueryParametersTest {

    static class Paging {
        @QueryParam("page")
        String page;
        @QueryParam("size")
        String size;
    }

    @SuppressWarnings("unused")
    static class Resource {
        public void standings(@PathParam("fw") String fw, @QueryParam("version") String version, @QueryParam("basis") String basis) {
        }

        public void list(@QueryParam("period") String period, @BeanParam Paging paging) {
        }

        public void none(@PathParam("id") String id, String body) {
        }
    }

    @Test
    void theDeclaredQueryParametersOfTheMethodAndItsBeanParams() throws Exception {
        assertThat(UnknownQueryParameters.declared(Resource.class.getMethod("standings", String.class, String.class, String.class)))
                .containsExactly("basis", "version");
        assertThat(UnknownQueryParameters.declared(Resource.class.getMethod("list", String.class, Paging.class)))
                .containsExactly("page", "period", "size");
        assertThat(UnknownQueryParameters.declared(Resource.class.getMethod("none", String.class, String.class))).isEmpty();
    }

    @Test
    void theProblemNamesTheParameterAndWhatIsAccepted() {
        Problem p = UnknownQueryParameters.problem("verison", Set.of("version"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).endsWith("/bad-request");
        assertThat(p.detail()).isEqualTo("Unknown query parameter 'verison'. This operation takes: version.");
        assertThat(UnknownQueryParameters.problem("a\u0000b", Set.of()).detail())
                .isEqualTo("Unknown query parameter (a name that cannot be shown). This operation takes no query parameter.");
        assertThat(UnknownQueryParameters.problem("x".repeat(65), Set.of()).detail()).doesNotContain("xxxx");
    }
}
