package io.manifesto.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.manifesto.workload.Container;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.manifesto.Manifesto.application;
import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static org.assertj.core.api.Assertions.assertThat;

/** Which workloads rely on their images' user under runAsNonRoot: shown after the build, not a problem. */
class ImageUserReportTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Container web() {
        return container("web").image("registry/web:1.0");
    }

    private static String note(String resource, String containers) {
        return "note " + resource + ": runAsNonRoot is true and no runAsUser is set, so containers " + containers
                + " run as the user their images name, and do not start if an image runs as root or names its user"
                + " (USER nginx) instead of a numeric uid. Set the uid with"
                + " .podSecurity(PodSecurity.NONE.runAsUser(10001)), or check each image's USER is a numeric uid"
                + " other than 0.";
    }

    @Test
    void namesTheWorkloadsAndContainersThatRunAsTheirImagesUser() {
        var app = application("shop")
                .add(deployment("web").container(web()).initContainer(container("migrate").image("registry/m:1.0")))
                .add(deployment("api").container(web()).container(container("proxy").image("registry/p:1.0")
                        .security(ContainerSecurity.NONE.runAsUser(101))))
                .add(deployment("pinned").container(web()).podSecurity(PodSecurity.NONE.runAsUser(10001)))
                .add(deployment("legacy").container(web())
                        .withoutSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT, "the image needs root"))
                .build();
        assertThat(app.imageUserReport().lines()).containsExactly(
                note("Deployment/api", "[web]"), note("Deployment/web", "[web, migrate]"));
    }

    @Test
    void readsTheSettingsOfManifestsTheContainersOverTheirPods() throws IOException {
        Deployment web = YAML.readValue("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      securityContext: {runAsNonRoot: true}
                      containers:
                      - {name: web, image: "nginx:1.27.0"}
                      - {name: pinned, image: "envoy:1.30", securityContext: {runAsUser: 101}}
                      - {name: root, image: "busybox:1.36", securityContext: {runAsNonRoot: false}}
                """, Deployment.class);
        Pod pod = YAML.readValue("""
                apiVersion: v1
                kind: Pod
                metadata: {name: tool}
                spec:
                  securityContext: {runAsUser: 1000}
                  containers:
                  - {name: tool, image: "tool:1.0", securityContext: {runAsNonRoot: true}}
                """, Pod.class);
        assertThat(ImageUserReport.of(List.of(web, pod)).lines()).containsExactly(note("Deployment/web", "[web]"));
    }
}
