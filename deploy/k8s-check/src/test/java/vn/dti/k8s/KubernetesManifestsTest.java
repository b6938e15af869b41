package vn.dti.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/k8s checked without a cluster (docs/operations.md, "Kubernetes"). The overlays are rendered with kubectl when it is
 * installed (.ci/run installs it when it can); without it only the base, the topics and the overlays'
 * patches are checked, and the rendered-overlay tests are reported as skipped, not passed.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of(System.getProperty("dti.k8s.dir", "../k8s")).toAbsolutePath().normalize();
    static final boolean KUBECTL = Kustomize.kubectlAvailable();

    /** The base as generated: images as Quarkus names them (docker.io/dti/<service>), topics in their own kustomization. */
    static final ManifestRules.Expected BASE = new ManifestRules.Expected(0, 0, "docker.io/dti/", false);

    static List<HasMetadata> renderOrCompose(Path dir) {
        return KUBECTL ? Kustomize.render(dir) : Kustomize.compose(dir);
    }

    @Test
    void baseRunsEveryServiceSafely() {
        assertThat(ManifestRules.check(renderOrCompose(K8S.resolve("base")), BASE)).isEmpty();
    }

    @Test
    void topicsHaveSixPartitionsThreeReplicasAndTwoInSync() {
        List<HasMetadata> topics = renderOrCompose(K8S.resolve("topics"));
        assertThat(topics).hasSize(ManifestRules.TOPICS.size());
        // the topic rules only: no services in this kustomization
        List<String> violations = ManifestRules.check(topics, new ManifestRules.Expected(3, 2, "", false));
        assertThat(violations).filteredOn(v -> v.startsWith("topic") || v.startsWith("KafkaTopics")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void overlayPatchesTargetExistingResources(String overlay) {
        assertThat(OverlayPatches.check(K8S.resolve("overlays").resolve(overlay))).isEmpty();
    }

    @Test
    void localOverlayRendersForOneBrokerAndLocalRegistry() {
        assumeTrue(KUBECTL, "kubectl not installed: the local overlay is checked by its patches only");
        List<HasMetadata> objects = Kustomize.render(K8S.resolve("overlays/local"));
        assertThat(ManifestRules.check(objects, new ManifestRules.Expected(1, 1, "localhost:5000/dti/", true))).isEmpty();
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace())
                .isIn("dti-local", null)); // the Namespace object itself has none
        assertThat(ManifestRules.of(objects, io.fabric8.kubernetes.api.model.Secret.class)).hasSize(4);
    }

    @Test
    void productionOverlayRendersForThreeBrokersAndReleasedImages() {
        assumeTrue(KUBECTL, "kubectl not installed: the production overlay is checked by its patches only");
        List<HasMetadata> objects = Kustomize.render(K8S.resolve("overlays/production"));
        assertThat(ManifestRules.check(objects, new ManifestRules.Expected(3, 2, "registry.example.invalid/dti/", false))).isEmpty();
        // the operator creates the Secrets: none is rendered, so none can be committed by mistake
        assertThat(objects).noneMatch(o -> "Secret".equals(o.getKind()));
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("dti"));
        assertThat(ManifestRules.of(objects, Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                        .doesNotContain("SNAPSHOT"));
        Map<String, String> kafka = objects.stream().filter(o -> o instanceof io.fabric8.kubernetes.api.model.ConfigMap
                        && "dti-kafka".equals(o.getMetadata().getName()))
                .map(o -> ((io.fabric8.kubernetes.api.model.ConfigMap) o).getData()).findFirst().orElseThrow();
        assertThat(kafka.get("KAFKA_BOOTSTRAP_SERVERS").split(",")).hasSize(3);
    }

    /** The rules catch what they are meant to: each breakage below is reported by name. */
    @Test
    @SuppressWarnings("unchecked")
    void brokenManifestsAreReported() throws Exception {
        List<HasMetadata> objects = new ArrayList<>(Kustomize.compose(K8S.resolve("base")));
        objects.addAll(Kustomize.compose(K8S.resolve("topics")));
        objects.replaceAll(o -> Serialization.unmarshal(Serialization.asYaml(o), HasMetadata.class)); // deep copies
        Deployment indicator = deployment(objects, "indicator-service");
        indicator.getSpec().setReplicas(1);
        Deployment ranking = deployment(objects, "ranking-service");
        ranking.getSpec().getTemplate().getSpec().getContainers().get(0).setReadinessProbe(null);
        ranking.getSpec().getTemplate().getSpec().getContainers().get(0).getLivenessProbe().getHttpGet().setPath("/q/health");
        Deployment report = deployment(objects, "report-service");
        report.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().setLimits(null);
        report.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().put("cpu", new Quantity("2"));
        objects.removeIf(o -> o instanceof PodDisruptionBudget p && p.getMetadata().getName().equals("report-service"));
        objects.stream().filter(o -> "KafkaTopic".equals(o.getKind()) && "dti.standings".equals(o.getMetadata().getName()))
                .map(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class::cast)
                .forEach(t -> ((Map<String, Object>) t.getAdditionalProperties().get("spec")).put("partitions", 3));
        // explicit JVM settings that do not fit the limit (1024+128+64+32 + 96 native = 1344Mi > 448Mi)
        setEnv(indicator, "JAVA_TOOL_OPTIONS", "-Xmx1g -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m "
                + "-XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError");
        // the heap sized from the container again, and run-java.sh left to pick its own collector
        setEnv(ranking, "JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=50.0 -XX:+ExitOnOutOfMemoryError");
        ranking.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .removeIf(e -> e.getName().equals("GC_CONTAINER_OPTIONS"));
        objects.add(new SecretBuilder().withNewMetadata().withName("indicator-service-db").endMetadata()
                .withStringData(Map.of("QUARKUS_DATASOURCE_PASSWORD", "s3cret")).build());

        assertThat(ManifestRules.check(objects, new ManifestRules.Expected(3, 2, "docker.io/dti/", false))).containsExactlyInAnyOrder(
                "indicator-service: replicas 1, need at least 2",
                "ranking-service: no HTTP readiness probe",
                "ranking-service: liveness probe on /q/health, expected /q/health/live",
                "report-service: cpu request 2 and limit null, both needed",
                "report-service: memory request 320Mi and limit null, both needed",
                "indicator-service: JVM ceiling 1344Mi (-Xmx + metaspace + code cache + direct memory + 96Mi native) above the memory limit 448Mi",
                "ranking-service: JAVA_TOOL_OPTIONS does not bound -Xmx",
                "ranking-service: JAVA_TOOL_OPTIONS does not bound -XX:MaxMetaspaceSize",
                "ranking-service: JAVA_TOOL_OPTIONS does not bound -XX:ReservedCodeCacheSize",
                "ranking-service: JAVA_TOOL_OPTIONS does not bound -XX:MaxDirectMemorySize",
                "ranking-service: JAVA_TOOL_OPTIONS does not bound -Xss",
                "ranking-service: JAVA_TOOL_OPTIONS lacks -XX:+UseSerialGC",
                "ranking-service: JAVA_TOOL_OPTIONS sizes the heap from the container (MaxRAM*), expected an explicit -Xmx",
                "ranking-service: GC_CONTAINER_OPTIONS null, expected -XX:+UseSerialGC (the collector of JAVA_TOOL_OPTIONS)",
                "report-service: 0 PodDisruptionBudgets select its pods, expected 1",
                "topic dti.standings: 3 partitions, expected 6",
                "Secret indicator-service-db: QUARKUS_DATASOURCE_PASSWORD is not a marked PLACEHOLDER");
    }

    @Test
    void brokenOverlayIsReported() throws Exception {
        Path overlay = Files.createTempDirectory("overlay");
        Path base = K8S.resolve("base");
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                resources:
                  - %s
                images:
                  - name: docker.io/dti/indicator-servce
                    newTag: "1"
                secretGenerator:
                  - name: indicator-db
                    literals: [QUARKUS_DATASOURCE_PASSWORD=PLACEHOLDER]
                patches:
                  - path: cm.yaml
                  - path: ops.yaml
                    target:
                      kind: Deployment
                      name: indicator
                """.formatted(base));
        Files.writeString(overlay.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: dti-kafka-config
                data: {}
                """);
        Files.writeString(overlay.resolve("ops.yaml"), "op: replace\n");
        assertThat(OverlayPatches.check(overlay)).containsExactlyInAnyOrder(
                "patch ops.yaml: neither JSON patch operations (op, path) nor a strategic merge patch (kind)",
                "patch ops.yaml: target {kind=Deployment, name=indicator} matches no resource",
                "patch cm.yaml: ConfigMap dti-kafka-config does not exist",
                "images: docker.io/dti/indicator-servce is not an image of any Deployment [docker.io/dti/indicator-service, docker.io/dti/ranking-service, docker.io/dti/report-service]",
                "secretGenerator indicator-db is read by no Deployment");
    }

    /**
     * The Deployments run the JVM settings measured with the local suite (deploy/local/lib.sh,
     * SERVICE_JVM_OPTS), so the figures of docs/performance.md hold for them: the two cannot drift.
     */
    @Test
    void jvmSettingsAreThoseOfTheLocalSuite() throws Exception {
        String lib = Files.readString(K8S.resolve("../local/lib.sh"));
        Matcher m = Pattern.compile("(?m)^\\s*\\[([a-z-]+)\\]=\"([^\"]*)\"").matcher(lib);
        Map<String, String> local = new java.util.TreeMap<>();
        while (m.find()) {
            local.put(m.group(1), m.group(2));
        }
        assertThat(local).containsOnlyKeys(ManifestRules.SERVICES.keySet());
        for (Deployment d : ManifestRules.of(Kustomize.compose(K8S.resolve("base")), Deployment.class)) {
            String name = d.getMetadata().getName();
            assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .filteredOn(e -> e.getName().equals("JAVA_TOOL_OPTIONS"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.getValue()).as(name).isEqualTo(local.get(name)));
        }
    }

    @Test
    void jvmCeilingIsTheBoundedPoolsPlusNativeHeadroom() {
        JvmMemory jvm = JvmMemory.parse("-Xmx256m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m "
                + "-XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Xmx128m");
        assertThat(jvm.bytes()).containsEntry("-Xmx", 128L * JvmMemory.MIB) // the last -Xmx wins, as in the JVM
                .containsEntry("-Xss", 512L * 1024);
        // 128 + 128 + 64 + 32 + 96 native = 448Mi
        assertThat(jvm.ceiling()).isEqualTo(448L * JvmMemory.MIB);
        assertThat(jvm.violations("s", 448L * JvmMemory.MIB)).isEmpty();
        assertThat(jvm.violations("s", 447L * JvmMemory.MIB)).singleElement().asString().contains("448Mi", "447Mi");
        assertThat(JvmMemory.size("1g")).isEqualTo(1024L * JvmMemory.MIB);
        assertThat(JvmMemory.size("12x")).isEqualTo(-1);
    }

    private static void setEnv(Deployment d, String name, String value) {
        d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals(name)).findFirst().orElseThrow().setValue(value);
    }

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return ManifestRules.of(objects, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }
}
