package io.manifesto.core;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's lookups are map accesses: an index is built once, whatever the number of lookups. */
class ModelTest {

    /** A component of a team, or of none (a value whose key is invalid). */
    private record Owned(String name, String team) implements Component {
        @Override
        public List<ResourceId> ids() {
            return List.of(new ResourceId("ConfigMap", name));
        }

        @Override
        public void validate(Model model, Problems problems) {
        }

        @Override
        public List<HasMetadata> render(Model model) {
            return List.of();
        }
    }

    @Test
    void groupsTheComponentsOfATypeByKeyInTheOrderTheyWereAdded() {
        Model model = model(List.of(new Owned("a", "blue"), new Owned("b", "red"), new Owned("c", "blue"),
                new Owned("d", null)));

        Map<String, List<Owned>> byTeam = model.componentsBy("Owned by team", Owned.class, Owned::team);

        assertThat(byTeam).containsOnlyKeys("blue", "red");
        assertThat(byTeam.get("blue")).extracting(Owned::name).containsExactly("a", "c");
        assertThat(byTeam.get("red")).extracting(Owned::name).containsExactly("b");
    }

    @Test
    void buildsEachIndexOnceWhateverTheNumberOfLookups() {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            components.add(new Owned("app-" + i, "team-" + i));
        }
        Model model = model(components);
        AtomicInteger keyed = new AtomicInteger();

        for (int i = 0; i < 10_000; i++) {
            assertThat(model.componentsBy("Owned by team", Owned.class, o -> {
                keyed.incrementAndGet();
                return o.team();
            })).containsKey("team-" + i);
        }

        assertThat(keyed).hasValue(10_000);
    }

    @Test
    void leavesOutAComponentWhoseKeyCannotBeRead() {
        Model model = model(List.of(new Owned("a", "blue"), new Owned("b", "red")));

        Map<String, List<Owned>> byTeam = model.componentsBy("Owned by team, failing for b", Owned.class, o -> {
            if (o.name().equals("b")) {
                throw new IllegalStateException("invalid");
            }
            return o.team();
        });

        assertThat(byTeam).containsOnlyKeys("blue");
    }

    private static Model model(List<Component> components) {
        return new Model("shop", "shop", "shop", LabelPolicy.RECOMMENDED, Map.of(), components, false);
    }
}
