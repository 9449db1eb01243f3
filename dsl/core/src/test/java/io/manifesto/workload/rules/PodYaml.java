package io.manifesto.workload.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;

import java.util.List;

/** Lints hand-written YAML as a user's file, for the tests of the object rules on manifests the DSL did not make. */
final class PodYaml {

    private PodYaml() {
    }

    /**
     * The problems of {@code yaml}, read as {@code pod.yaml}, each with its position; but for the required fields
     * the snippets leave out because no rule under test reads them (a workload's selector), which
     * {@code LintSchemaTest} covers.
     */
    static List<String> problems(String yaml) {
        return Lint.yaml("pod.yaml", yaml).problems().stream()
                .filter(problem -> !problem.ruleId().equals("lint.required-field")).map(Problem::toString).toList();
    }
}
