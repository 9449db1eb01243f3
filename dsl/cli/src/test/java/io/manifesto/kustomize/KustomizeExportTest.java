package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.manifesto.build.Rendering;
import io.manifesto.cli.Shop;
import io.manifesto.environment.Environment;
import io.manifesto.render.ManifestFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KustomizeExportTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final Shop shop = new Shop();
    private final List<Rendering> renderings = shop.environments().stream()
            .map(environment -> new Rendering(Shop.class.getName(), environment, shop.application(environment)))
            .toList();
    private final Map<String, List<ManifestFile>> tree = KustomizeExport.of(renderings);

    @Test
    void writesABaseAndOneOverlayPerEnvironment() {
        assertThat(tree).containsOnlyKeys("base", "overlays/prod", "overlays/prod/patches", "overlays/staging",
                "overlays/staging/patches");
        assertThat(names("base")).containsExactly("kustomization.yaml", "shop.yaml");
        assertThat(names("overlays/prod")).containsExactly("kustomization.yaml", "shop.yaml");
        assertThat(names("overlays/staging")).containsExactly("kustomization.yaml");
        assertThat(names("overlays/prod/patches")).containsExactly("service-web.json", "deployment-web.json");
    }

    @Test
    void baseHoldsOnlyWhatEveryEnvironmentShares() {
        String base = file("base", "shop.yaml");

        assertThat(base).contains("kind: Service", "kind: Deployment", "image: registry.example/shop:1.4.2")
                .contains("- name: LOG_LEVEL\n")
                .doesNotContain("namespace:", "value: info", "value: debug", "replicas:", "HorizontalPodAutoscaler");
    }

    @Test
    void overlayKustomizationListsTheBaseTheOwnObjectsAndEachPatchWithItsTarget() {
        assertThat(file("overlays/prod", "kustomization.yaml")).isEqualTo("""
                ---
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                - ../../base
                - shop.yaml
                patches:
                - path: patches/service-web.json
                  target:
                    version: v1
                    kind: Service
                    name: web
                - path: patches/deployment-web.json
                  target:
                    group: apps
                    version: v1
                    kind: Deployment
                    name: web
                """);
    }

    @Test
    void patchSetsTheNamespaceAndTheEnvValueByIndex() {
        assertThat(file("overlays/staging/patches", "deployment-web.json")).isEqualTo("""
                [
                  {
                    "op" : "add",
                    "path" : "/metadata/namespace",
                    "value" : "shop-staging"
                  },
                  {
                    "op" : "add",
                    "path" : "/spec/replicas",
                    "value" : 1
                  },
                  {
                    "op" : "add",
                    "path" : "/spec/template/spec/containers/0/env/0/value",
                    "value" : "debug"
                  }
                ]
                """);
    }

    @Test
    void baseWithEachOverlaysPatchesAndObjectsIsExactlyThatEnvironmentsRender() throws IOException {
        for (Rendering rendering : renderings) {
            String environment = rendering.environment().name();

            List<ObjectNode> built = kustomize(environment);

            assertThat(sorted(built)).as(environment)
                    .isEqualTo(sorted(KustomizeExport.read(rendering.application().toYaml())));
        }
    }

    @Test
    void anEnvironmentThatSharesEverythingGetsNoPatches() {
        Environment prod = Environment.named("prod");
        var same = List.of(new Rendering("x", prod, shop.application(prod)),
                new Rendering("x", Environment.named("copy"), shop.application(prod)));

        var export = KustomizeExport.of(same);

        assertThat(export).containsOnlyKeys("base", "overlays/prod", "overlays/copy");
        assertThat(export.get("overlays/copy")).extracting(ManifestFile::fileName).containsExactly("kustomization.yaml");
    }

    /** What kustomize does for one overlay: the base's objects, each patched, then the overlay's own objects. */
    private List<ObjectNode> kustomize(String environment) throws IOException {
        String overlay = "overlays/" + environment;
        JsonNode kustomization = YAML.readTree(file(overlay, "kustomization.yaml"));
        List<ObjectNode> objects = new ArrayList<>();
        for (ObjectNode object : KustomizeExport.read(file("base", "shop.yaml"))) {
            ObjectNode result = object;
            for (JsonNode patch : kustomization.path("patches")) {
                JsonNode target = patch.path("target");
                if (target.path("kind").asText().equals(object.path("kind").asText())
                        && target.path("name").asText().equals(object.path("metadata").path("name").asText())) {
                    String path = patch.path("path").asText();
                    result = PatchApplier.apply(result, file(overlay + "/patches", path.substring("patches/".length())));
                }
            }
            objects.add(result);
        }
        for (JsonNode resource : kustomization.path("resources")) {
            if (!resource.asText().equals("../../base")) {
                objects.addAll(KustomizeExport.read(file(overlay, resource.asText())));
            }
        }
        return objects;
    }

    private static List<ObjectNode> sorted(List<ObjectNode> objects) {
        return objects.stream().sorted(Comparator.comparing(object -> ObjectKey.of(object).toString())).toList();
    }

    private List<String> names(String folder) {
        return tree.get(folder).stream().map(ManifestFile::fileName).toList();
    }

    private String file(String folder, String name) {
        return tree.get(folder).stream().filter(file -> file.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(folder + "/" + name + " not written")).content();
    }
}
