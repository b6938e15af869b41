package vn.dti.testing.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.errors.TopicExistsException;

import vn.dti.testing.net.FreePorts;

/**
 * A real single-node KRaft Apache Kafka broker (combined broker + controller), run as a child
 * JVM from the jars already on the test classpath ({@code org.apache.kafka:kafka_2.13}).
 *
 * <p>Why a process and not in-process: a process can be stopped and started again on the same
 * port with the same log directories, which is how tests simulate a broker outage, and its
 * Scala/logging classpath never interferes with the Quarkus application under test.
 */
public final class KafkaBroker implements AutoCloseable {

    // generous: on a machine shared by several builds a cold broker JVM has taken over 90 s
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final int saslPort;
    private final String clusterId;
    private final Thread shutdownHook = new Thread(this::close, "kafka-test-broker-shutdown");
    private volatile Process process;
    private boolean closed;

    /** The SCRAM-SHA-512 user of the {@link #saslBootstrapServers() SASL listener}, created when storage is formatted. */
    public static final String SCRAM_USER = "dti-test";
    public static final String SCRAM_PASSWORD = "dti-test-secret";

    private KafkaBroker(Path dir, int port, int controllerPort, int saslPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.saslPort = saslPort;
        // Kafka's own generator: never an id starting with '-', which StorageTool would read as an option.
        this.clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    /**
     * Formats storage in a fresh directory under {@code target/} and starts the broker. The broker
     * is {@linkplain #close() closed} (stopped, directory deleted) when the JVM exits, unless the
     * caller closes it first.
     */
    public static KafkaBroker start() {
        KafkaBroker broker;
        try {
            Path base = Path.of("target", "kafka-test-broker");
            Files.createDirectories(base);
            Path dir = Files.createTempDirectory(base.toAbsolutePath(), "broker-");
            broker = new KafkaBroker(dir, FreePorts.take(), FreePorts.take(), FreePorts.take());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Registered once per broker, not per (re)start: restart() used to add one hook (holding
        // one dead Process) per simulated outage.
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        try {
            broker.format();
            broker.startProcess();
        } catch (IOException e) {
            broker.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * A second listener, SASL_PLAINTEXT with SCRAM-SHA-512 ({@link #SCRAM_USER} / {@link #SCRAM_PASSWORD}),
     * for tests that connect a service by configuration alone (kafka.security.protocol, kafka.sasl.*).
     * The tests' own readers and writers keep using the plaintext listener.
     */
    public String saslBootstrapServers() {
        return "127.0.0.1:" + saslPort;
    }

    /**
     * The {@code kafka.*} settings that connect a service to the SASL listener as {@code user}, by
     * configuration alone (what an operator sets as {@code KAFKA_*} variables); for a test profile.
     */
    public Map<String, String> saslClientConfig(String user, String password) {
        return Map.of(
                "kafka.bootstrap.servers", saslBootstrapServers(),
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }

    /** The broker's own directory (config, logs, data) under {@code target/kafka-test-broker}. */
    public Path directory() {
        return dir;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Graceful stop (SIGTERM), as an operator would, to simulate an outage: the data stays for
     * {@link #restart()}. To stop for good use {@link #close()}.
     */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        waitUntilPortClosed();
    }

    /** Starts the stopped broker again on the same port with the same data. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("broker is closed");
        }
        if (isRunning()) {
            return;
        }
        startProcess();
    }

    /** Creates the topics if they do not exist yet. */
    public void createTopics(int partitions, String... topics) {
        try (Admin admin = admin()) {
            List<NewTopic> newTopics = new ArrayList<>();
            for (String topic : topics) {
                newTopics.add(new NewTopic(topic, partitions, (short) 1));
            }
            admin.createTopics(newTopics).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + name, e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Could not create topic " + name, e);
                }
            });
        }
    }

    /**
     * Creates (or changes) a SCRAM-SHA-512 user of the {@linkplain #saslBootstrapServers() SASL listener}
     * while the broker runs, as an operator would with {@code kafka-configs.sh --alter --add-config
     * SCRAM-SHA-512=...}: a test starts a service with a user that does not exist yet, then creates it.
     */
    public void createScramUser(String user, String password) {
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create SCRAM user " + user, e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("Could not create SCRAM user " + user, e);
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(props);
    }

    /**
     * Stops the broker for good and deletes its directory (config, logs, data), so runs do not
     * pile up {@code target/kafka-test-broker/broker-*} directories. Idempotent; also run by the
     * shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook runs anyway and finds the broker closed
            }
        }
        deleteDirectory();
    }

    private void deleteDirectory() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort: a leftover file in target/ is harmless
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }

    private void format() throws IOException {
        Path config = writeConfig();
        Process format = java("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId,
                "--config", config.toString(), "--ignore-formatted",
                // KRaft keeps SCRAM credentials in the metadata log: created with the storage, no ZooKeeper.
                "--add-scram", "SCRAM-SHA-512=[name=" + SCRAM_USER + ",password=" + SCRAM_PASSWORD + "]")
                .redirectOutput(dir.resolve("format.log").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            if (!format.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed; see "
                        + dir.resolve("format.log") + ":\n" + Files.readString(dir.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void startProcess() {
        try {
            Path log = dir.resolve("broker.log");
            process = java("kafka.Kafka", dir.resolve("server.properties").toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            waitUntilReady(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitUntilReady(Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue()
                        + "; see " + log);
            }
            if (portOpen()) {
                try (Admin admin = admin()) {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the controller may still be electing itself
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("Kafka broker not ready within " + START_TIMEOUT + "; see " + log);
    }

    private Path writeConfig() throws IOException {
        Map<String, String> props = Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort
                        + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort),
                Map.entry("sasl.enabled.mechanisms", "SCRAM-SHA-512"),
                Map.entry("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT"),
                Map.entry("log.dirs", dir.resolve("data").toString()),
                Map.entry("num.partitions", "3"),
                // As the local broker (deploy/local/up.sh): topics exist only when created, so a
                // test that uses a topic outside suiteTopics() fails here, not in production.
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"));
        // No log.flush.* settings: stop() and a forced kill end the process, not the machine, so
        // the page cache keeps every appended record for restart() without an fsync per record.
        String text = props.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining("\n", "", "\n"));
        Path config = dir.resolve("server.properties");
        Files.writeString(config, text);
        return config;
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void waitUntilPortClosed() {
        Instant deadline = Instant.now().plusSeconds(20);
        while (portOpen() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Topic names of the suite, so tests can create them up front. */
    public static Collection<String> suiteTopics() {
        return Set.of("dti.units", "dti.frameworks", "dti.submissions", "dti.standings", "dti.ranking.dlq",
                "dti.report.dlq", "dti.indicator.dlq");
    }
}
