package io.manifesto.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manifesto.rules.RuleCatalog;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Severity;
import io.manifesto.validate.SourcePosition;

import java.util.List;
import java.util.TreeSet;

/** Writes a {@link LintReport} as SARIF 2.1.0, the format GitHub code scanning and most CI dashboards read. */
final class SarifFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SarifFormat() {
    }

    static String write(LintReport report) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "manifesto");
        driver.put("informationUri", "https://github.com/manifesto-k8s/manifesto");
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = List.copyOf(new TreeSet<>(report.problems().stream().map(Problem::ruleId).toList()));
        for (String id : ids) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            RuleCatalog.standard().find(id).ifPresentOrElse(entry -> {
                rule.putObject("shortDescription").put("text", entry.rule().summary());
                rule.putObject("fullDescription").put("text", entry.rule().fact());
                rule.putObject("defaultConfiguration").put("level", level(entry.rule().severity()));
            }, () -> rule.putObject("shortDescription").put("text", "the manifests can be read"));
        }
        ArrayNode results = run.putArray("results");
        for (Problem problem : report.problems()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", problem.ruleId());
            result.put("ruleIndex", ids.indexOf(problem.ruleId()));
            result.put("level", level(problem.severity()));
            result.putObject("message").put("text", problem.resource() + " " + problem.field() + " = \""
                    + problem.value() + "\": " + problem.message() + ". Fix: " + problem.fix() + ".");
            problem.position().ifPresent(position -> location(result.putArray("locations").addObject(), position));
            ObjectNode logical = result.putArray("relatedLocations").addObject();
            logical.putObject("message").put("text", problem.resource() + " " + problem.field());
        }
        try {
            return JSON.writer(PRETTY).writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a SARIF tree of strings and numbers is always writable", e);
        }
    }

    private static void location(ObjectNode location, SourcePosition position) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", position.file());
        if (position.line() > 0) {
            physical.putObject("region").put("startLine", position.line());
        }
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }
}
