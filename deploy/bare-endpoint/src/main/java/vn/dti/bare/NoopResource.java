package vn.dti.bare;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes a submission as the indicator-service does (JSON parsed into a tree) and answers 201 with
 * an id, doing nothing else: no security, validation, database or outbox. The load generator's
 * {@code --target bare} measures this, the ceiling of HTTP + JSON on the machine.
 */
@Path("/noop/submissions")
public class NoopResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response accept(JsonNode submission) {
        return Response.status(201).entity(Map.of("id", UUID.randomUUID(), "unitCode", submission.path("unitCode").asText()))
                .build();
    }
}
