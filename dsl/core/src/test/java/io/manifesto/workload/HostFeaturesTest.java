package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** hostNetwork, hostAliases, hostPath and downwardAPI volumes: rendering and their own rules. */
class HostFeaturesTest {

    private static Deployment web() {
        return deployment("web").container(container("web").image("registry/web:1.0"));
    }

    @Test
    void rendersHostNetworkAndHostAliases() {
        assertThat(yaml(web().hostNetwork().hostAlias("10.0.0.5", "db.internal", "db"))).contains("""
                      hostAliases:
                      - hostnames:
                        - db.internal
                        - db
                        ip: 10.0.0.5
                      hostNetwork: true
                """);
    }

    @Test
    void warnsThatHostNetworkBreaksTheSecurityDefaults() {
        assertThat(io.manifesto.scheduling.Builds.warnings(web().hostNetwork())).containsExactly(
                "warning Deployment/web spec.template.spec.hostNetwork = \"true\": host networking breaks the Pod"
                        + " Security Standards (baseline and restricted) that the security defaults otherwise meet, so"
                        + " namespaces enforcing them reject the pods. Fix: drop .hostNetwork(), or suppress this"
                        + " warning with the reason the node's network is needed. [security.host-network]");
    }

    @Test
    void leavesHostNetworkOutByDefault() {
        assertThat(yaml(web())).doesNotContain("hostNetwork").doesNotContain("hostAliases");
    }

    @Test
    void rendersHostPathAndDownwardApiVolumes() {
        assertThat(yaml(web().volume(Volume.hostPath("varlog", "/var/log"))
                .volume(Volume.downwardApi("info", Map.of("name", "metadata.name", "labels", "metadata.labels")))))
                .contains("""
                              volumes:
                              - hostPath:
                                  path: /var/log
                                name: varlog
                              - downwardAPI:
                                  items:
                                  - fieldRef:
                                      fieldPath: metadata.labels
                                    path: labels
                                  - fieldRef:
                                      fieldPath: metadata.name
                                    path: name
                                name: info
                        """);
    }

    @Test
    void rejectsARelativeHostPath() {
        assertThat(problems(web().volume(Volume.hostPath("logs", "var/log")))).first().isEqualTo(
                "error Deployment/web spec.template.spec.volumes[logs].hostPath.path = \"var/log\": a hostPath volume"
                        + " needs an absolute path on the node. Fix: start it with '/', e.g. \"/var/log\"."
                        + " [volume.host-path]");
    }

    @Test
    void rejectsDownwardApiVolumesWithoutFilesOrWithAbsolutePaths() {
        assertThat(problems(web().volume(Volume.downwardApi("empty", Map.of()))
                .volume(Volume.downwardApi("abs", Map.of("/name", "metadata.name"))))).containsExactly(
                "error Deployment/web spec.template.spec.volumes[empty].downwardAPI.items = \"<none>\": a downwardAPI"
                        + " volume without files mounts an empty directory. Fix: name at least one file, e.g."
                        + " Map.of(\"labels\", \"metadata.labels\"). [volume.downward-api]",
                "error Deployment/web spec.template.spec.volumes[abs].downwardAPI.items[/name] = \"metadata.name\":"
                        + " each file needs a relative path and the pod field it shows. Fix: write it like"
                        + " Map.of(\"labels\", \"metadata.labels\"). [volume.downward-api]");
    }

    @Test
    void rejectsDownwardApiFilesShowingFieldsOnlyEnvVarsReadOrLeavingTheVolume() {
        var files = new java.util.LinkedHashMap<String, String>();
        files.put("ip", "status.podIP");
        files.put("node", "spec.nodeName");
        files.put("bad", "metadata.foo");
        files.put("../x", "metadata.name");
        files.put("..data", "metadata.uid");
        assertThat(problems(web().volume(Volume.downwardApi("info", files)))).containsExactly(
                "error Deployment/web spec.template.spec.volumes[info].downwardAPI.items[../x].path = \"../x\": a"
                        + " file path must stay inside the volume: no '..' element, and no '..' at its start, which"
                        + " the kubelet keeps for its own files. Fix: use a path inside the volume, e.g. \"labels\""
                        + " or \"pod/labels\". [volume.downward-api]",
                "error Deployment/web spec.template.spec.volumes[info].downwardAPI.items[..data].path = \"..data\":"
                        + " a file path must stay inside the volume: no '..' element, and no '..' at its start, which"
                        + " the kubelet keeps for its own files. Fix: use a path inside the volume, e.g. \"labels\""
                        + " or \"pod/labels\". [volume.downward-api]",
                fieldError("bad", "metadata.foo"), fieldError("ip", "status.podIP"),
                fieldError("node", "spec.nodeName"));
    }

    private static String fieldError(String path, String fieldPath) {
        return "error Deployment/web spec.template.spec.volumes[info].downwardAPI.items[" + path
                + "].fieldRef.fieldPath = \"" + fieldPath + "\": is not a pod field a downwardAPI volume can show."
                + " Fix: use one of metadata.name, metadata.namespace, metadata.uid, metadata.labels,"
                + " metadata.annotations, metadata.labels['<key>'], metadata.annotations['<key>']; read the node"
                + " name, the service account or the IPs into an env var with EnvVar.fromField(...)."
                + " [volume.downward-api-field]";
    }

    @Test
    void acceptsEveryFieldADownwardApiVolumeShowsInNestedPaths() {
        var info = web().volume(Volume.downwardApi("info", Map.of("labels", "metadata.labels",
                "pod/team", "metadata.labels['team']", "pod/uid", "metadata.uid", "pod/name", "metadata.name",
                "pod/namespace", "metadata.namespace", "annotations", "metadata.annotations",
                "pod/owner", "metadata.annotations['owner']")));
        assertThat(yaml(info)).contains("path: pod/team\n");
        assertThat(io.manifesto.scheduling.Builds.warnings(info)).isEmpty();
    }

    @Test
    void rejectsAHostAliasWithoutIpOrHostnames() {
        assertThat(problems(web().hostAlias("10.0.0.5").hostAlias(null, "db")))
                .containsExactly(
                        "error Deployment/web spec.template.spec.hostAliases[0] = \"ip=10.0.0.5 hostnames=[]\": a host"
                                + " alias needs an IP address and at least one non-blank hostname. Fix: write it like"
                                + " .hostAlias(\"10.0.0.5\", \"db.internal\"). [pod.host-alias]",
                        "error Deployment/web spec.template.spec.hostAliases[1] = \"ip= hostnames=[db]\": a host"
                                + " alias needs an IP address and at least one non-blank hostname. Fix: write it like"
                                + " .hostAlias(\"10.0.0.5\", \"db.internal\"). [pod.host-alias]");
    }

    @Test
    void rejectsAHostAliasWhoseIpIsNotAnAddressOrWhoseHostnameIsNotADnsName() {
        assertThat(problems(web().hostAlias("not-an-ip", "Bad_Host"))).containsExactly(
                "error Deployment/web spec.template.spec.hostAliases[0].ip = \"not-an-ip\": is not an IPv4 or IPv6"
                        + " address. Fix: write the address, e.g. \"10.0.0.5\"; names go in the hostnames."
                        + " [pod.host-alias]",
                "error Deployment/web spec.template.spec.hostAliases[0].hostnames = \"Bad_Host\": must be a DNS-1123"
                        + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting"
                        + " and ending with a letter or digit. Fix: use a name such as \"bad-host\"."
                        + " [name.dns1123-subdomain]");
    }

    @Test
    void acceptsIpv4AndIpv6HostAliases() {
        var aliased = web().hostAlias("10.0.0.5", "db.internal").hostAlias("fd00::5", "cache.internal");
        assertThat(yaml(aliased)).contains("ip: 10.0.0.5", "ip: fd00::5");
        assertThat(io.manifesto.scheduling.Builds.warnings(aliased)).isEmpty();
        assertThat(problems(web().hostAlias("10.0.0.256", "db").hostAlias("fd00::5::6", "db")))
                .containsExactly(notAnAddress(0, "10.0.0.256"), notAnAddress(1, "fd00::5::6"));
    }

    /** The pod.host-alias error for the host alias at {@code index} whose ip is {@code ip}. */
    private static String notAnAddress(int index, String ip) {
        return "error Deployment/web spec.template.spec.hostAliases[" + index + "].ip = \"" + ip + "\": is not an IPv4"
                + " or IPv6 address. Fix: write the address, e.g. \"10.0.0.5\"; names go in the hostnames."
                + " [pod.host-alias]";
    }
}
