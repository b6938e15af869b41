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
        objects.add(new SecretBuilder().withNewMetadata().withName("indicator-service-db").endMetadata()
                .withStringData(Map.of("QUARKUS_DATASOURCE_PASSWORD", "s3cret")).build());

        assertThat(ManifestRules.check(objects, new ManifestRules.Expected(3, 2, "docker.io/dti/", false))).containsExactlyInAnyOrder(
                "indicator-service: replicas 1, need at least 2",
                "ranking-service: no HTTP readiness probe",
                "ranking-service: liveness probe on /q/health, expected /q/health/live",
                "report-service: cpu request 2 and limit null, both needed",
                "report-service: memory request 320Mi and limit null, both needed",
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

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return ManifestRules.of(objects, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }
}
