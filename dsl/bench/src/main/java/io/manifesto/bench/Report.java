package io.manifesto.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH result file of {@link PipelineBenchmark} ({@code -rf json -rff results.json}, best with
 * {@code -prof gc}) into the Markdown table of the README: milliseconds per step, {@code endToEnd / floor},
 * microseconds and bytes allocated per object, and how 10,000 apps compare with 1,000.
 *
 * <pre>java -cp dsl/bench/target/benchmarks.jar io.manifesto.bench.Report results.json</pre>
 */
public final class Report {

    private static final String[] STEPS = {"compose", "build", "render", "write", "endToEnd", "floor"};

    private Report() {
    }

    /** Entry point: {@code Report <results.json>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report <jmh-results.json>");
            System.exit(2);
        }
        System.out.print(table(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    }

    /** The table of {@code results}, a JMH JSON result array. */
    static String table(JsonNode results) {
        Map<Row, Map<String, JsonNode>> rows = new TreeMap<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            JsonNode params = result.path("params");
            Row row = new Row(params.path("variant").asText("SEED"), params.path("shape").asText(),
                    params.path("n").asInt());
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    result);
        }
        StringBuilder out = new StringBuilder("| variant | shape | n | compose | build | render | write | end to end"
                + " | floor | end to end / floor | µs per object (e2e) | bytes per object (e2e / floor) |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((row, steps) -> {
            out.append("| ").append(row.variant).append(" | ").append(row.shape).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", row.n));
            for (String step : STEPS) {
                out.append(" | ").append(steps.containsKey(step) ? millis(score(steps.get(step))) : "");
            }
            int objects = row.n * SeedApp.Variant.valueOf(row.variant).objects();
            JsonNode e2e = steps.get("endToEnd");
            JsonNode floor = steps.get("floor");
            out.append(" | ").append(e2e != null && floor != null
                    ? String.format(Locale.ROOT, "%.2fx", score(e2e) / score(floor)) : "");
            out.append(" | ").append(e2e != null
                    ? String.format(Locale.ROOT, "%.1f", score(e2e) * 1000 / objects) : "");
            out.append(" | ").append(e2e != null && allocated(e2e) > 0
                    ? String.format(Locale.ROOT, "%,.0f / %,.0f", allocated(e2e) / objects,
                    floor == null ? 0 : allocated(floor) / objects) : "").append(" |\n");
        });
        out.append('\n').append(linearity(rows));
        return out.toString();
    }

    /** 10,000 apps against 1,000, per step and shape: the target is at most 11x. */
    private static String linearity(Map<Row, Map<String, JsonNode>> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach((row, steps) -> {
            Map<String, JsonNode> thousand = rows.get(new Row(row.variant, row.shape, 1000));
            if (row.n != 10_000 || thousand == null) {
                return;
            }
            out.append("- ").append(row.variant).append(' ').append(row.shape).append(", 10,000 / 1,000 apps:");
            for (String step : STEPS) {
                if (steps.containsKey(step) && thousand.containsKey(step)) {
                    out.append(String.format(Locale.ROOT, " %s %.1fx", step,
                            score(steps.get(step)) / score(thousand.get(step))));
                }
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Milliseconds per operation (the benchmarks report in ms). */
    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    /** Bytes allocated per operation, from {@code -prof gc}; 0 without it. */
    private static double allocated(JsonNode result) {
        return result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(0);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.3f" : "%,.0f", value);
    }

    /** One row of the table. */
    private record Row(String variant, String shape, int n) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            int byVariant = variant.compareTo(other.variant);
            int byShape = shape.compareTo(other.shape);
            return byVariant != 0 ? byVariant : byShape != 0 ? -byShape : Integer.compare(n, other.n);
        }
    }
}
