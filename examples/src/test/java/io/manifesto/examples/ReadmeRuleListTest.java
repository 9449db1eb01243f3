package io.manifesto.examples;

import io.manifesto.rules.RuleCatalog;
import io.manifesto.testing.GoldenFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's rule list is the catalog's, so the two cannot drift: a new or changed rule fails here until the list
 * is regenerated with {@code -Dgolden.update=true} (refused when {@code CI=true}, like every golden file).
 */
class ReadmeRuleListTest {

    private static final Path README = Path.of("../README.md");
    private static final String BEGIN = "<!-- rules:begin (generated from RuleCatalog by ReadmeRuleListTest) -->\n";
    private static final String END = "<!-- rules:end -->\n";

    static String table() {
        StringBuilder table = new StringBuilder("| rule | severity | lint | what it checks |\n|---|---|---|---|\n");
        RuleCatalog.standard().entries().forEach(entry -> table.append("| `").append(entry.rule().id())
                .append("` | ").append(entry.rule().severity().name().toLowerCase(java.util.Locale.ROOT))
                .append(" | ").append(switch (entry.checked()) {
                    case OBJECTS -> "yes";
                    case DSL -> "DSL only";
                    case FILES -> "files only";
                }).append(" | ")
                .append(entry.rule().summary().replace("|", "\\|")).append(" |\n"));
        return table.toString();
    }

    @Test
    void listsEveryRuleOfTheCatalog() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("the README has the rule list markers").isNotNegative();
        String expected = readme.substring(0, begin + BEGIN.length()) + table() + readme.substring(end);
        boolean update = Boolean.parseBoolean(System.getProperty(GoldenFile.UPDATE_PROPERTY))
                && !"true".equalsIgnoreCase(System.getenv("CI"));
        if (update && !expected.equals(readme)) {
            Files.writeString(README, expected);
            return;
        }
        assertThat(readme).as("the README's rule list; regenerate it with " + GoldenFile.UPDATE_COMMAND)
                .isEqualTo(expected);
    }
}
