package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/**
 * Which requests a consuming operation refuses with 415; the services' HardeningTest, BadInputTest
 * and ReleaseTest check the answer over HTTP.
 */
class ContentTypeRequiredTest {

    @SuppressWarnings("unused")
    static class Resource {
        @Consumes(MediaType.APPLICATION_JSON)
        public void create(String body) {
        }

        public void read(String id) {
        }
    }

    private static Method method(String name) throws NoSuchMethodException {
        return Resource.class.getMethod(name, String.class);
    }

    @Test
    void aConsumingOperationWithoutAConcreteContentTypeIs415() throws Exception {
        for (String type : new String[] {null, "", "   ", "*/*", "application/*", "garbage"}) {
            assertThat(ContentTypeRequired.refusal(method("create"), type)).as(String.valueOf(type))
                    .hasValueSatisfying(p -> {
                        assertThat(p.status()).isEqualTo(415);
                        assertThat(p.type()).isEqualTo("https://dti.gov.vn/problems/unsupported-media-type");
                    });
        }
    }

    @Test
    void aConcreteTypeGoesOnWithOrWithoutParameters() throws Exception {
        for (String type : new String[] {"application/json", "application/json; charset=UTF-8", "  text/csv ", "text/plain"}) {
            // a concrete type the operation does not consume is Quarkus REST's own 415, later
            assertThat(ContentTypeRequired.refusal(method("create"), type)).as(type).isEmpty();
        }
    }

    @Test
    void anOperationThatConsumesNothingIsNotChecked() throws Exception {
        assertThat(ContentTypeRequired.refusal(method("read"), null)).isEmpty();
        assertThat(ContentTypeRequired.refusal(null, null)).isEmpty();
    }
}
