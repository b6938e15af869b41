package vn.dti.load;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * POSTs the prepared body as the unit's own submitter (pre-signed token) over HTTP/1.1 keep-alive
 * connections on Vert.x's (Netty's) event loops, without a thread per request. Only {@code receivedAt}
 * is read from a 201, by a streaming parser: the server's order of a unit's submissions.
 *
 * <p>Why not the JDK's {@code HttpClient}: at the bare endpoint it cost the generator so much CPU per
 * request that the generator, not the server, was the limit (7,172/s against wrk's 22,606/s on the
 * same 2 cores, docs/performance.md); an event-loop client does what wrk does.
 */
final class HttpSink implements LoadRun.Sink {

    private final Vertx vertx;
    private final HttpClient client;
    private final URI uri;

    /** @param connections the most connections open at once (the closed model's clients, or the open model's in-flight bound) */
    HttpSink(URI uri, int connections) {
        this.uri = uri;
        // two event loops: the 2 cores this runs on; the JVM's other threads stay idle during a run
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setConnectTimeout(5_000)
                        .setDefaultHost(uri.getHost())
                        .setDefaultPort(uri.getPort()),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    @Override
    public Instant submit(Workload.Submission s, String key) throws Exception {
        return submitAsync(s, key).get(70, TimeUnit.SECONDS);
    }

    @Override
    public CompletableFuture<Instant> submitAsync(Workload.Submission s, String key) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setURI(uri.getRawPath())
                .setIdleTimeout(60_000)
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json")
                .putHeader("Idempotency-Key", key);
        if (s.authorization() != null) {
            request.putHeader("Authorization", s.authorization());
        }
        return client.request(request)
                .compose(r -> r.send(Buffer.buffer(s.json())))
                .compose(response -> response.body().map(body -> accepted(response.statusCode(), body.getBytes())))
                .toCompletionStage().toCompletableFuture();
    }

    /** The server's receivedAt of a 201 (the time of the answer when it has none), else null. */
    static Instant accepted(int status, byte[] body) {
        if (status != 201) {
            return null;
        }
        String receivedAt = ReceivedAt.of(body);
        return receivedAt != null ? OffsetDateTime.parse(receivedAt).toInstant() : Instant.now();
    }

    @Override
    public void close() {
        client.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
