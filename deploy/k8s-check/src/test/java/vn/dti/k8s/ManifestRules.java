package vn.dti.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the suite needs from its Kubernetes manifests (docs/operations.md), checked on a
 * rendered set of objects. Returns every violation rather than stopping at the first, so that one run
 * lists all that is wrong with a manifest.
 */
final class ManifestRules {

    /** The three services and their HTTP ports (docs/contract.md §2). */
    static final Map<String, Integer> SERVICES = Map.of(
            "indicator-service", 8081, "ranking-service", 8082, "report-service", 8083);
    static final Set<String> TOPICS = Set.of(
            "dti.units", "dti.frameworks", "dti.submissions", "dti.standings", "dti.ranking.dlq", "dti.report.dlq",
            "dti.indicator.dlq");
    static final String AUTOSCALED = "indicator-service";
    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    static final String STARTED = "/q/health/started";

    /**
     * What differs between renderings.
     *
     * @param topicReplicas     replication factor of every topic; 0 when the rendering holds no topics
     * @param minInSyncReplicas min.insync.replicas of every topic
     * @param imagePrefix       every container image starts with it (registry and group)
     * @param secretsIncluded   whether the Secrets the Deployments reference are rendered too (generated
     *                          placeholders) or created by the operator beforehand
     */
    record Expected(int topicReplicas, int minInSyncReplicas, String imagePrefix, boolean secretsIncluded) {
    }

    private ManifestRules() {
    }

    static List<String> check(List<HasMetadata> objects, Expected expected) {
        List<String> v = new ArrayList<>();
        List<Deployment> deployments = of(objects, Deployment.class);
        Set<String> names = deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
        if (!names.equals(new TreeSet<>(SERVICES.keySet()))) {
            v.add("Deployments are " + names + ", expected " + new TreeSet<>(SERVICES.keySet()));
        }
        for (Deployment d : deployments) {
            Integer port = SERVICES.get(d.getMetadata().getName());
            if (port != null) {
                deployment(d, port, objects, expected, v);
            }
        }
        autoscaler(objects, v);
        topics(objects, expected, v);
        for (Secret s : of(objects, Secret.class)) {
            secret(s, v);
        }
        return v;
    }

    private static void deployment(Deployment d, int port, List<HasMetadata> objects, Expected expected, List<String> v) {
        String name = d.getMetadata().getName();
        Integer replicas = d.getSpec().getReplicas();
        if (replicas == null || replicas < 2) {
            v.add(name + ": replicas " + replicas + ", need at least 2");
        }
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        Container c = containers.stream().filter(x -> name.equals(x.getName())).findFirst().orElse(null);
        if (c == null) {
            v.add(name + ": no container named " + name);
            return;
        }
        if (c.getPorts() == null || c.getPorts().stream().noneMatch(p -> p.getContainerPort() == port)) {
            v.add(name + ": no container port " + port);
        }
        probe(name, "liveness", c.getLivenessProbe(), LIVE, port, c, v);
        probe(name, "readiness", c.getReadinessProbe(), READY, port, c, v);
        probe(name, "startup", c.getStartupProbe(), STARTED, port, c, v);
        resources(name, c.getResources(), v);
        jvm(name, c, v);
        if (c.getImage() == null || !c.getImage().startsWith(expected.imagePrefix() + name + ":")) {
            v.add(name + ": image " + c.getImage() + ", expected " + expected.imagePrefix() + name + ":<tag>");
        }
        references(name, c, objects, expected, v);

        List<Service> services = of(objects, Service.class).stream()
                .filter(s -> selects(s.getSpec().getSelector(), podLabels)).toList();
        if (services.stream().flatMap(s -> s.getSpec().getPorts().stream()).noneMatch(p -> targets(p, c, port))) {
            v.add(name + ": no Service selects its pods on port " + port);
        }
        List<PodDisruptionBudget> pdbs = of(objects, PodDisruptionBudget.class).stream()
                .filter(p -> p.getSpec().getSelector() != null
                        && selects(p.getSpec().getSelector().getMatchLabels(), podLabels)).toList();
        if (pdbs.size() != 1) {
            v.add(name + ": " + pdbs.size() + " PodDisruptionBudgets select its pods, expected 1");
        } else if (!new IntOrString(1).equals(pdbs.get(0).getSpec().getMinAvailable())) {
            v.add(name + ": PodDisruptionBudget minAvailable " + pdbs.get(0).getSpec().getMinAvailable() + ", expected 1");
        }
    }

    private static void probe(String name, String kind, Probe probe, String path, int port, Container c, List<String> v) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            v.add(name + ": no HTTP " + kind + " probe");
            return;
        }
        if (!path.equals(get.getPath())) {
            v.add(name + ": " + kind + " probe on " + get.getPath() + ", expected " + path);
        }
        if (port(get.getPort(), c) != port) {
            v.add(name + ": " + kind + " probe on port " + get.getPort() + ", expected " + port);
        }
    }

    private static void resources(String name, ResourceRequirements r, List<String> v) {
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = r == null || r.getRequests() == null ? null : r.getRequests().get(resource);
            Quantity limit = r == null || r.getLimits() == null ? null : r.getLimits().get(resource);
            if (request == null || limit == null) {
                v.add(name + ": " + resource + " request " + request + " and limit " + limit + ", both needed");
            } else if (Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) > 0) {
                v.add(name + ": " + resource + " request " + request + " above its limit " + limit);
            }
        }
    }

    /**
     * Explicit JVM settings whose ceiling fits under the memory limit (JvmMemory), and the same
     * collector for the image's launcher: run-java.sh of the UBI base image adds its own
     * GC_CONTAINER_OPTIONS (ParallelGC by default) and the JVM refuses to start with two collectors.
     */
    private static void jvm(String name, Container c, List<String> v) {
        JvmMemory jvm = JvmMemory.parse(env(c, "JAVA_TOOL_OPTIONS"));
        Quantity limit = c.getResources() == null || c.getResources().getLimits() == null
                ? null : c.getResources().getLimits().get("memory");
        if (limit != null) {
            v.addAll(jvm.violations(name, Quantity.getAmountInBytes(limit).longValue()));
        }
        String launcherGc = env(c, "GC_CONTAINER_OPTIONS");
        if (!JvmMemory.REQUIRED_FLAGS.get(0).equals(launcherGc)) {
            v.add(name + ": GC_CONTAINER_OPTIONS " + launcherGc + ", expected " + JvmMemory.REQUIRED_FLAGS.get(0)
                    + " (the collector of JAVA_TOOL_OPTIONS)");
        }
    }

    /** Every ConfigMap the container reads must be rendered; Secrets too when the rendering generates them. */
    private static void references(String name, Container c, List<HasMetadata> objects, Expected expected, List<String> v) {
        Set<String> configMaps = names(objects, ConfigMap.class);
        Set<String> secrets = names(objects, Secret.class);
        for (EnvFromSource from : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null && !configMaps.contains(from.getConfigMapRef().getName())) {
                v.add(name + ": reads ConfigMap " + from.getConfigMapRef().getName() + ", which is not rendered");
            }
            if (from.getSecretRef() != null && expected.secretsIncluded() && !secrets.contains(from.getSecretRef().getName())) {
                v.add(name + ": reads Secret " + from.getSecretRef().getName() + ", which is not rendered");
            }
        }
    }

    private static void autoscaler(List<HasMetadata> objects, List<String> v) {
        List<HorizontalPodAutoscaler> hpas = of(objects, HorizontalPodAutoscaler.class);
        List<HorizontalPodAutoscaler> indicator = hpas.stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && AUTOSCALED.equals(h.getSpec().getScaleTargetRef().getName())).toList();
        if (indicator.size() != 1) {
            v.add(indicator.size() + " autoscaling/v2 HorizontalPodAutoscalers target the Deployment " + AUTOSCALED + ", expected 1");
            return;
        }
        HorizontalPodAutoscaler h = indicator.get(0);
        if (h.getSpec().getMinReplicas() == null || h.getSpec().getMinReplicas() < 2) {
            v.add("HorizontalPodAutoscaler " + h.getMetadata().getName() + ": minReplicas " + h.getSpec().getMinReplicas() + ", need at least 2");
        }
        List<MetricSpec> metrics = h.getSpec().getMetrics() == null ? List.of() : h.getSpec().getMetrics();
        if (metrics.stream().noneMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName()))) {
            v.add("HorizontalPodAutoscaler " + h.getMetadata().getName() + ": no CPU metric");
        }
    }

    private static void topics(List<HasMetadata> objects, Expected expected, List<String> v) {
        List<GenericKubernetesResource> topics = objects.stream()
                .filter(o -> "KafkaTopic".equals(o.getKind()))
                .map(o -> o instanceof GenericKubernetesResource g ? g : null).filter(Objects::nonNull).toList();
        if (expected.topicReplicas() == 0) {
            if (!topics.isEmpty()) {
                v.add(topics.size() + " KafkaTopics rendered, expected none");
            }
            return;
        }
        Set<String> names = new TreeSet<>();
        for (GenericKubernetesResource t : topics) {
            String topic = Objects.toString(t.get("spec", "topicName"), t.getMetadata().getName());
            names.add(topic);
            if (!"kafka.strimzi.io/v1beta2".equals(t.getApiVersion())) {
                v.add("topic " + topic + ": apiVersion " + t.getApiVersion() + ", expected kafka.strimzi.io/v1beta2");
            }
            if (!Objects.equals(number(t.get("spec", "partitions")), 6L)) {
                v.add("topic " + topic + ": " + t.get("spec", "partitions") + " partitions, expected 6");
            }
            if (!Objects.equals(number(t.get("spec", "replicas")), (long) expected.topicReplicas())) {
                v.add("topic " + topic + ": replicas " + t.get("spec", "replicas") + ", expected " + expected.topicReplicas());
            }
            Object minIsr = t.get("spec", "config", "min.insync.replicas");
            if (!Objects.equals(number(minIsr), (long) expected.minInSyncReplicas())) {
                v.add("topic " + topic + ": min.insync.replicas " + minIsr + ", expected " + expected.minInSyncReplicas());
            }
        }
        if (topics.size() != TOPICS.size() || !names.equals(new TreeSet<>(TOPICS))) {
            v.add("KafkaTopics " + names + " (" + topics.size() + " resources), expected " + new TreeSet<>(TOPICS));
        }
    }

    /** A committed Secret may only hold placeholders: a real credential never enters the repository. */
    private static void secret(Secret s, List<String> v) {
        Map<String, String> values = new java.util.TreeMap<>();
        if (s.getData() != null) {
            s.getData().forEach((k, b64) -> values.put(k, new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8)));
        }
        if (s.getStringData() != null) {
            values.putAll(s.getStringData());
        }
        values.forEach((k, value) -> {
            if (!value.contains("PLACEHOLDER")) {
                v.add("Secret " + s.getMetadata().getName() + ": " + k + " is not a marked PLACEHOLDER");
            }
        });
    }

    private static boolean targets(ServicePort p, Container c, int port) {
        IntOrString target = p.getTargetPort() != null ? p.getTargetPort() : new IntOrString(p.getPort());
        return port(target, c) == port;
    }

    /** A numeric port, or a named one resolved through the container's ports; -1 if neither. */
    private static int port(IntOrString p, Container c) {
        if (p == null) {
            return -1;
        }
        if (p.getIntVal() != null) {
            return p.getIntVal();
        }
        return c.getPorts() == null ? -1 : c.getPorts().stream().filter(cp -> p.getStrVal().equals(cp.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(-1);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static String env(Container c, String name) {
        return c.getEnv() == null ? null : c.getEnv().stream().filter(e -> name.equals(e.getName()))
                .map(EnvVar::getValue).findFirst().orElse(null);
    }

    private static Long number(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        try {
            return o == null ? null : Long.valueOf(o.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <T extends HasMetadata> List<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Set<String> names(List<HasMetadata> objects, Class<? extends HasMetadata> type) {
        return of(objects, type).stream().map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
    }
}
