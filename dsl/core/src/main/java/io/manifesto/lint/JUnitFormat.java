package io.manifesto.lint;

import io.manifesto.validate.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LintReport} as JUnit XML, which CI systems show as test results: a test case per object with a
 * problem (named {@code Kind/name}, its class the file), failing on its errors, its warnings in its output.
 */
final class JUnitFormat {

    private JUnitFormat() {
    }

    static String write(LintReport report) {
        Map<String, List<Problem>> byObject = new LinkedHashMap<>();
        for (Problem problem : report.problems()) {
            String file = problem.position().map(p -> p.file()).orElse("");
            byObject.computeIfAbsent(file + "\u0000" + problem.resource(), k -> new java.util.ArrayList<>())
                    .add(problem);
        }
        long failures = byObject.values().stream().filter(list -> list.stream().anyMatch(Problem::isError)).count();
        int cases = Math.max(report.objects(), byObject.size());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites>\n  <testsuite name=\"manifesto lint\" tests=\"").append(cases)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        byObject.forEach((key, problems) -> {
            String file = key.substring(0, key.indexOf('\u0000'));
            String resource = key.substring(key.indexOf('\u0000') + 1);
            xml.append("    <testcase classname=\"").append(escape(file)).append("\" name=\"").append(escape(resource))
                    .append("\">\n");
            problems.stream().filter(Problem::isError).forEach(problem -> xml.append("      <failure type=\"")
                    .append(escape(problem.ruleId())).append("\" message=\"").append(escape(problem.message()))
                    .append("\">").append(escape(problem.toString())).append("</failure>\n"));
            List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
            if (!warnings.isEmpty()) {
                xml.append("      <system-out>");
                warnings.forEach(warning -> xml.append(escape(warning.toString())).append('\n'));
                xml.append("</system-out>\n");
            }
            xml.append("    </testcase>\n");
        });
        int clean = cases - byObject.size();
        if (clean > 0) {
            xml.append("    <testcase classname=\"manifesto\" name=\"").append(clean)
                    .append(clean == 1 ? " object" : " objects").append(" without problems\"/>\n");
        }
        return xml.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
