package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.warnings;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** Mounts of a part of a volume: {@code subPath} and {@code subPathExpr}. */
class SubPathTest {

    private static Deployment web(VolumeMount mount) {
        return deployment("web").container(container("web").image("registry/web:1.0").mount(mount))
                .volume(Volume.configMap("conf", "nginx-conf")).volume(Volume.emptyDir("logs"));
    }

    @Test
    void rendersASubPathMountReadOnlyAndASubPathExpr() {
        assertThat(yaml(deployment("web").container(container("web").image("registry/web:1.0")
                .env(EnvVar.fromField("POD_NAME", "metadata.name"))
                .mount(VolumeMount.of("logs", "/var/log/web").subPathExpr("$(POD_NAME)"))
                .mount(VolumeMount.of("data", "/data").subPath("web").asReadOnly()))
                .volume(Volume.emptyDir("logs")).volume(Volume.emptyDir("data")))).contains("""
                        volumeMounts:
                        - mountPath: /var/log/web
                          name: logs
                          subPathExpr: $(POD_NAME)
                        - mountPath: /data
                          name: data
                          readOnly: true
                          subPath: web
                """);
    }

    @Test
    void rejectsASubPathThatLeavesTheVolume() {
        assertThat(problems(web(VolumeMount.of("logs", "/logs").subPath("../etc")))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].volumeMounts[logs].subPath = \"../etc\": must"
                        + " be a path inside the volume: relative, with no '..' element. Fix: name a file or"
                        + " directory of the volume, e.g. \"nginx.conf\" or \"site/conf\". [volume.sub-path]");
    }

    @Test
    void rejectsSubPathAndSubPathExprTogether() {
        assertThat(problems(web(VolumeMount.of("logs", "/logs").subPath("a").subPathExpr("$(B)")))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].volumeMounts[logs].subPathExpr = \"$(B)\": a"
                        + " mount has subPath or subPathExpr, not both. Fix: keep one of .subPath(...) and"
                        + " .subPathExpr(...). [volume.sub-path]");
    }

    @Test
    void warnsThatAConfigMapFileMountedWithASubPathIsNotUpdated() {
        assertThat(warnings(web(VolumeMount.of("conf", "/etc/nginx/nginx.conf").subPath("nginx.conf"))))
                .containsExactly("warning Deployment/web spec.template.spec.containers[web].volumeMounts[conf].subPath"
                        + " = \"nginx.conf\": volume conf is updated in place by the kubelet, but a file mounted with"
                        + " a subPath keeps its first content: changes reach the container only when it restarts."
                        + " Fix: mount the whole volume at a directory and read the file from there, restart the"
                        + " pods on a change, or suppress this warning with the reason."
                        + " [volume.sub-path-no-updates]");
    }

    @Test
    void reportsANullSubPathNamingTheMethod() {
        assertThat(problems(web(VolumeMount.of("logs", "/logs").subPath(null)))).containsExactly(
                "error Deployment/web spec.template.spec.containers[web].volumeMounts[logs].subPath = \"<none>\": null"
                        + " was passed to subPath(...). Fix: pass a value, or leave the call out. [input.null]");
    }
}
