package io.manifesto.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id the code reports is a value of the catalog, once, with a summary and the fact it protects. */
class RuleCatalogTest {

    private static final Pattern RULE_ID_CONSTANT = Pattern.compile(
            "public static final String \\w+ = \"([a-z0-9-]+\\.[a-z0-9.-]+)\";");
    private static final Pattern RULE_INFO = Pattern.compile("RuleInfo\\.(?:error|warning)\\(\\s*\"([^\"]+)\"");

    @Test
    void listsEveryRuleIdOfTheSources() throws IOException {
        Set<String> inSources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : List.of(RULE_ID_CONSTANT, RULE_INFO)) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        inSources.add(matcher.group(1));
                    }
                }
            }
        }
        Set<String> catalogued = new TreeSet<>(RuleCatalog.all().stream().map(RuleInfo::id).toList());
        assertThat(inSources).isNotEmpty();
        assertThat(catalogued).containsAll(inSources);
    }

    @Test
    void givesEachRuleOneEntryWithASummaryAndAFact() {
        // a shared check (names, hosts) is listed by every rule set that runs it, always as the same value
        Map<String, RuleInfo> seen = new HashMap<>();
        RuleEngine.standard().ruleSets().forEach(set -> set.rules().forEach(rule -> {
            RuleInfo earlier = seen.putIfAbsent(rule.id(), rule);
            assertThat(earlier == null ? rule : earlier).as(rule.id() + " in " + set.getClass().getName())
                    .isEqualTo(rule);
        }));
        assertThat(RuleCatalog.all()).allSatisfy(rule -> {
            assertThat(rule.summary()).as(rule.id()).isNotBlank();
            assertThat(rule.fact()).as(rule.id()).isNotBlank();
        });
    }
}
