package vn.dti.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks what an overlay adds to the resources it composes, without kustomize: every resource path
 * exists, every patch parses and hits at least one composed resource, every {@code images:} entry
 * names an image the Deployments use, every generated Secret is read by a Deployment. Kustomize
 * would report a missing strategic-merge target, but silently ignores an image or a target selector
 * that matches nothing — a renamed resource would then quietly lose its production settings.
 */
final class OverlayPatches {

    private OverlayPatches() {
    }

    static List<String> check(Path overlay) {
        List<String> v = new ArrayList<>();
        Map<String, Object> k = Kustomize.kustomization(overlay);
        for (String resource : Kustomize.strings(k.get("resources"))) {
            if (!Files.exists(overlay.resolve(resource))) {
                v.add("resource " + resource + " does not exist");
            }
        }
        if (!v.isEmpty()) {
            return v;
        }
        List<HasMetadata> composed = Kustomize.compose(overlay);
        for (Map<String, Object> patch : Kustomize.maps(k.get("patches"))) {
            String path = (String) patch.get("path");
            if (path == null) {
                v.add("inline patches are not checked here; put the patch in a file: " + patch);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) patch.get("target");
            String text = Kustomize.read(overlay.resolve(path));
            if (target != null) {
                jsonPatch(path, text, v);
                if (composed.stream().noneMatch(o -> matches(o, target))) {
                    v.add("patch " + path + ": target " + target + " matches no resource");
                }
            } else {
                for (HasMetadata doc : Kustomize.parse(text)) {
                    if (composed.stream().noneMatch(o -> o.getKind().equals(doc.getKind())
                            && o.getMetadata().getName().equals(doc.getMetadata().getName()))) {
                        v.add("patch " + path + ": " + doc.getKind() + " " + doc.getMetadata().getName() + " does not exist");
                    }
                }
            }
        }
        List<String> images = ManifestRules.of(composed, Deployment.class).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .map(Container::getImage).filter(Objects::nonNull)
                .map(i -> i.contains(":") ? i.substring(0, i.lastIndexOf(':')) : i).toList();
        for (Map<String, Object> image : Kustomize.maps(k.get("images"))) {
            if (!images.contains((String) image.get("name"))) {
                v.add("images: " + image.get("name") + " is not an image of any Deployment " + images);
            }
        }
        List<String> secretRefs = ManifestRules.of(composed, Deployment.class).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .flatMap(c -> c.getEnvFrom() == null ? java.util.stream.Stream.<EnvFromSource>empty() : c.getEnvFrom().stream())
                .filter(f -> f.getSecretRef() != null).map(f -> f.getSecretRef().getName()).toList();
        for (Map<String, Object> gen : Kustomize.maps(k.get("secretGenerator"))) {
            if (!secretRefs.contains((String) gen.get("name"))) {
                v.add("secretGenerator " + gen.get("name") + " is read by no Deployment");
            }
        }
        return v;
    }

    /** A targeted patch: JSON 6902 (a list of operations, each with op and path) or a strategic merge (an object with a kind). */
    private static void jsonPatch(String file, String text, List<String> v) {
        try {
            Object ops = Kustomize.YAML.readValue(text, Object.class);
            if (ops instanceof Map<?, ?> m && m.get("kind") != null) {
                return;
            }
            if (!(ops instanceof List<?> list) || list.isEmpty()
                    || !list.stream().allMatch(o -> o instanceof Map<?, ?> op && op.get("op") != null && op.get("path") != null)) {
                v.add("patch " + file + ": neither JSON patch operations (op, path) nor a strategic merge patch (kind)");
            }
        } catch (IOException e) {
            v.add("patch " + file + ": " + e.getMessage());
        }
    }

    private static boolean matches(HasMetadata o, Map<String, Object> target) {
        return (target.get("kind") == null || target.get("kind").equals(o.getKind()))
                && (target.get("name") == null || target.get("name").equals(o.getMetadata().getName()));
    }
}
