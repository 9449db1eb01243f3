package io.manifesto.aks.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;

import java.util.List;

/** Lints hand-written YAML as a user's file, for the tests of the virtual node rules on manifests. */
final class VirtualNodeYaml {

    /** Tolerates the virtual node's taint and selects virtual nodes v1 (indented for a pod spec). */
    static final String ON_V1 = """
              tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
              nodeSelector: {type: virtual-kubelet}
            """;
    /** Tolerates the virtual node's taint and selects virtual nodes v2 (indented for a pod spec). */
    static final String ON_V2 = """
              tolerations: [{key: virtual-kubelet.io/provider, operator: Exists}]
              nodeSelector: {virtualization: virtualnode2}
            """;

    private VirtualNodeYaml() {
    }

    /**
     * The findings of the virtual node and node pool rules on {@code yaml}, read as {@code pod.yaml}, each with its
     * position; the other rules' findings (image tags, resources...) are left out.
     */
    static List<String> problems(String yaml) {
        return Lint.yaml("pod.yaml", yaml).problems().stream().map(Problem::toString)
                .filter(p -> p.contains("[virtual-node.") || p.contains("[node-pool.")).toList();
    }

    /** A Pod named {@code web} whose spec, after its container, has {@code spec} (indented by two spaces). */
    static String pod(String spec) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web}}
                spec:
                  containers: [{name: web, image: "nginx:1.27.0"}]
                """ + spec;
    }
}
