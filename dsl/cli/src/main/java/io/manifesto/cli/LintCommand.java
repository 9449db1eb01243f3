package io.manifesto.cli;

import io.manifesto.lint.Lint;
import io.manifesto.lint.LintReport;
import io.manifesto.rules.RuleCatalog;
import io.manifesto.rules.RuleInfo;
import io.manifesto.scheduling.ClusterProfile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code lint PATH... [--format text|sarif|junit] [--cluster aks|generic] [--rules]}: every rule over existing
 * manifests, against the standard cluster profile (AKS with virtual nodes) or the generic one.
 */
final class LintCommand {

    private final PrintStream out;

    LintCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Arguments arguments = Arguments.parse("lint", args, Set.of("format", "cluster"), Set.of("rules"));
        String format = arguments.option("format").orElse("text");
        if (!List.of("text", "sarif", "junit").contains(format)) {
            throw new UsageException("lint: unknown --format \"" + format + "\": use text, sarif or junit");
        }
        String cluster = arguments.option("cluster").orElse("aks");
        if (!List.of("aks", "generic").contains(cluster)) {
            throw new UsageException("lint: unknown --cluster \"" + cluster + "\": use aks or generic");
        }
        if (arguments.flag("rules")) {
            RuleCatalog.all().forEach(rule -> out.println(line(rule)));
            return Main.OK;
        }
        if (arguments.operands().isEmpty()) {
            throw new UsageException("lint: name the files or directories of manifests, e.g. lint k8s/");
        }
        ClusterProfile profile = cluster.equals("generic") ? ClusterProfile.generic() : ClusterProfile.standard();
        LintReport report = Lint.lint(arguments.operands().stream().map(Path::of).toList(), profile);
        out.print(switch (format) {
            case "sarif" -> report.sarif();
            case "junit" -> report.junitXml();
            default -> report.text();
        });
        return report.exitCode();
    }

    /** {@code <id> <severity>: <summary>}. */
    private static String line(RuleInfo rule) {
        return rule.id() + " " + rule.severity().name().toLowerCase(Locale.ROOT) + ": " + rule.summary();
    }
}
