package io.manifesto.spaces;

import io.manifesto.environment.Environment;
import io.manifesto.environment.ReplicaBounds;
import io.manifesto.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id of spaces and environments is in the catalog that {@code lint --rules} lists. */
class SpaceRuleCatalogTest {

    private static List<String> ruleIds(Class<?>... types) {
        return Arrays.stream(types).flatMap(type -> Arrays.stream(type.getFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("RULE"))
                .map(SpaceRuleCatalogTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listsEveryRuleOfSpacesAndEnvironments() {
        List<String> ids = ruleIds(Spaces.class, Environment.class, ReplicaBounds.class);

        assertThat(ids).hasSize(15);
        assertThat(ids).allSatisfy(id -> assertThat(RuleCatalog.standard().find(id)).as(id).isPresent());
        assertThat(Stream.of(new SpaceDslRules().rules(), new io.manifesto.environment.EnvironmentDslRules().rules())
                .flatMap(List::stream).map(r -> r.id())).containsExactlyInAnyOrderElementsOf(ids);
    }
}
