package vn.dti.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import vn.dti.testing.db.TestDatabases;
import vn.dti.testing.jwt.LocalJwt;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.net.FreePorts;

/**
 * The whole suite for the end-to-end tests, started once per test JVM: a real KRaft broker (a
 * process), fresh PostgreSQL databases, a signing key made now, and the three services' packaged
 * jars as processes on free ports. Test classes share it and use their own periods, so they do not
 * see each other's data.
 */
final class Suite {

    static final String ISSUER = "dti-e2e";
    static final String FRAMEWORK = "DTI-PROVINCE";
    static final String PG = System.getProperty("dti.e2e.pg", "jdbc:postgresql://127.0.0.1:5432/");

    private static Suite instance;
    private KeycloakSuite keycloakSuite;

    final KafkaBroker broker;
    final ServiceProcess indicator;
    final ServiceProcess ranking;
    final ServiceProcess report;
    private final KeyPair keys;
    private final Path repo;
    private final Path work;

    static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    private Suite() {
        repo = Path.of(System.getProperty("dti.e2e.repo", "../..")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("dti.e2e.work", "target/e2e")).toAbsolutePath();
        keys = LocalJwt.generateKeyPair();
        Path publicKey = writePublicKey();
        broker = KafkaBroker.start();
        // 6 partitions, as in production (deploy/k8s/topics): up to six replicas of a group share the work.
        broker.createTopics(6, KafkaBroker.suiteTopics().toArray(String[]::new));
        indicator = service("indicator-service", "dti_indicator_e2e", publicKey, Map.of());
        ranking = service("ranking-service", "dti_ranking_e2e", publicKey, Map.of());
        report = service("report-service", "dti_report_e2e", publicKey, Map.of());
        // The indicator-service first: it seeds the units and the default framework, and announces them.
        indicator.start();
        ranking.start();
        report.start();
    }

    /**
     * Another ranking-service on its own fresh database and consumer group: it rebuilds everything
     * from the topics, i.e. a from-scratch computation to compare a long-running instance with.
     */
    ServiceProcess freshRanking(String name) {
        return service("ranking-service", "dti_ranking_" + name, work.resolve("jwt/publicKey.pem"),
                Map.of("DTI_CONSUMER_GROUP_ID", "ranking-" + name), name);
    }

    /**
     * Another fresh report-service (own database and group), rebuilt from the topics, to compare a
     * long-running instance's briefs with.
     */
    ServiceProcess freshReport(String name) {
        return service("report-service", "dti_report_" + name, work.resolve("jwt/publicKey.pem"),
                Map.of("DTI_CONSUMER_GROUP_ID", "report-" + name), name);
    }

    /**
     * A second replica of a running service: the same database and consumer group, its own port.
     * {@code extra} settings are environment variables (e.g. KAFKA_SESSION_TIMEOUT_MS).
     */
    ServiceProcess replica(String module, String name, Map<String, String> extra) {
        return replica(module, name, extra, freePort());
    }

    /** A replica on a port chosen beforehand (e.g. one an identity provider must redirect to). */
    ServiceProcess replica(String module, String name, Map<String, String> extra, int port) {
        String database = switch (module) {
            case "indicator-service" -> "dti_indicator_e2e";
            case "ranking-service" -> "dti_ranking_e2e";
            case "report-service" -> "dti_report_e2e";
            default -> throw new IllegalArgumentException(module);
        };
        return process(module, TestDatabases.name(database), work.resolve("jwt/publicKey.pem"), extra, name, port);
    }

    private ServiceProcess service(String module, String database, Path publicKey, Map<String, String> extra) {
        return service(module, database, publicKey, extra, module);
    }

    private ServiceProcess service(String module, String database, Path publicKey, Map<String, String> extra, String name) {
        database = TestDatabases.name(database);
        recreateDatabase(database);
        return process(module, database, publicKey, extra, name, freePort());
    }

    private ServiceProcess process(String module, String database, Path publicKey, Map<String, String> extra, String name,
                                   int port) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", PG + database,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString(),
                "MP_JWT_VERIFY_ISSUER", ISSUER));
        env.putAll(extra);
        return new ServiceProcess(name, repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), port, env,
                work.resolve("logs"));
    }

    /**
     * The real Keycloak and the replicas of the three services that trust its realm (the portal
     * among them), started on first use and shared by the test classes that sign in through it:
     * Keycloak's start is the slow part of those tests.
     */
    synchronized KeycloakSuite keycloak() {
        if (keycloakSuite == null) {
            keycloakSuite = KeycloakSuite.start(this);
        } else {
            keycloakSuite.startServices();
        }
        return keycloakSuite;
    }

    /** A test class that used {@link #keycloak()} is done: its service replicas stop (they share the consumer groups), Keycloak stays. */
    synchronized void doneWithKeycloak() {
        if (keycloakSuite != null) {
            keycloakSuite.stopServices();
        }
    }

    /** A token as an OIDC issuer would sign it: role in {@code groups}, a submitter's unit in {@code unit}. */
    String token(String role, String unit) {
        return LocalJwt.token(keys.getPrivate(), ISSUER, role, unit);
    }

    /**
     * Records of {@code topic} the consumer group has not committed yet (all partitions); a group
     * that has committed nothing lags by the whole topic.
     */
    long lag(String group, String topic) {
        try (org.apache.kafka.clients.admin.Admin admin = broker.admin()) {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(tp -> tp,
                    tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var tp : partitions) {
                var c = committed.get(tp);
                lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            return Long.MAX_VALUE; // the broker may be away; ask again
        }
    }

    private void close() {
        if (keycloakSuite != null) {
            keycloakSuite.close();
        }
        for (ServiceProcess s : new ServiceProcess[] {report, ranking, indicator}) {
            if (s != null) {
                s.stop();
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    private Path writePublicKey() {
        try {
            Path dir = Files.createDirectories(work.resolve("jwt"));
            Path file = dir.resolve("publicKey.pem");
            Files.writeString(file, LocalJwt.publicKeyPem(keys.getPublic()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void recreateDatabase(String name) {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 (user postgres, trust): " + e.getMessage(), e);
        }
    }

    static int freePort() {
        return FreePorts.take();
    }
}
