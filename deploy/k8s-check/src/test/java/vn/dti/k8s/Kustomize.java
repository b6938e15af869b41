package vn.dti.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization directory into typed Kubernetes objects.
 *
 * <p>With kubectl on the PATH, {@code kubectl kustomize DIR} renders it exactly as {@code kubectl apply -k}
 * would. Kustomize itself has no Java implementation, so without kubectl only the composition is
 * reproduced: the listed resource files (following directories) plus Secrets from
 * {@code secretGenerator} literals; patches, {@code images:} and {@code namespace:} are NOT applied
 * ({@link #compose}). Callers check patches separately ({@link OverlayPatches}).
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** kubectl is used unless -Ddti.k8s.kubectl=false (to exercise the fallback on a machine that has it). */
    static boolean kubectlAvailable() {
        if ("false".equals(System.getProperty("dti.k8s.kubectl"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code kubectl kustomize DIR}; fails with kustomize's own message on a broken overlay. */
    static List<HasMetadata> render(Path dir) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                        .redirectError(err.toFile()).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + Files.readString(err));
                }
                return parse(out);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The resources of a kustomization without kustomize: see the class comment for what is left out. */
    static List<HasMetadata> compose(Path dir) {
        Map<String, Object> k = kustomization(dir);
        List<HasMetadata> out = new ArrayList<>();
        for (String resource : strings(k.get("resources"))) {
            Path p = dir.resolve(resource).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(compose(p));
            } else {
                out.addAll(parse(read(p)));
            }
        }
        for (Map<String, Object> gen : maps(k.get("secretGenerator"))) {
            Map<String, String> data = new LinkedHashMap<>();
            for (String literal : strings(gen.get("literals"))) {
                int eq = literal.indexOf('=');
                data.put(literal.substring(0, eq), literal.substring(eq + 1));
            }
            Secret s = new SecretBuilder().withNewMetadata().withName((String) gen.get("name")).endMetadata()
                    .withStringData(data).build();
            out.add(s);
        }
        return out;
    }

    /** Every document of a multi-document YAML stream; kinds without a model become GenericKubernetesResource. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
                continue;
            }
            out.add(Serialization.unmarshal(doc, HasMetadata.class));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> kustomization(Path dir) {
        try {
            return YAML.readValue(read(dir.resolve("kustomization.yaml")), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + dir.resolve("kustomization.yaml"), e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }
}
