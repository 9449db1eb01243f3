package io.manifesto.scheduling.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;

import java.util.List;

/** Lints hand-written YAML as a user's file, for the tests of the scheduling rules on manifests. */
final class SchedulingYaml {

    private SchedulingYaml() {
    }

    /** The problems of {@code yaml}, read as {@code pod.yaml}, each with its position. */
    static List<String> problems(String yaml) {
        return Lint.yaml("pod.yaml", yaml).problems().stream().map(Problem::toString).toList();
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
