package io.manifesto.scheduling;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.scheduling.Builds.problems;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

class TolerationTest {

    private static final String AT = "error Deployment/web spec.template.spec.tolerations[0].";

    @Test
    void rendersEveryField() {
        assertThat(yaml(tolerating(Toleration.equal("dedicated", "batch", TaintEffect.NO_EXECUTE).forSeconds(30))))
                .contains("""
                              tolerations:
                              - effect: NoExecute
                                key: dedicated
                                operator: Equal
                                tolerationSeconds: 30
                                value: batch
                        """);
    }

    @Test
    void rejectsAValueWithExists() {
        assertThat(problems(tolerating(new Toleration("dedicated", TolerationOperator.EXISTS, "batch", null, null))))
                .containsExactly(AT + "value = \"batch\": a toleration with operator Exists matches any value, so it"
                        + " must not have one. Fix: drop the value, or use Toleration.equal(\"dedicated\", \"batch\","
                        + " ...). [toleration.value-with-exists]");
    }

    @Test
    void rejectsSecondsWithoutNoExecute() {
        assertThat(problems(tolerating(Toleration.exists("dedicated", TaintEffect.NO_SCHEDULE).forSeconds(60))))
                .containsExactly(AT + "tolerationSeconds = \"60\": tolerationSeconds only applies to effect"
                        + " NoExecute, not NoSchedule. Fix: use effect NO_EXECUTE, or drop .forSeconds(60)."
                        + " [toleration.seconds-without-no-execute]");
    }

    @Test
    void rejectsEqualWithoutKey() {
        assertThat(problems(tolerating(Toleration.equal("", "batch", null)))).containsExactly(
                AT + "key = \"\": a toleration without key must use operator Exists (it then tolerates every"
                        + " taint). Fix: name the taint's key, e.g. Toleration.equal(\"dedicated\", \"gpu\","
                        + " NO_SCHEDULE). [toleration.equal-without-key]");
    }

    @Test
    void rejectsAnEqualValueThatIsNotALabelValue() {
        assertThat(problems(tolerating(Toleration.equal("dedicated", "has space", TaintEffect.NO_SCHEDULE))))
                .containsExactly(AT + "value = \"has space\": is not a valid label value: at most 63 characters of"
                        + " letters, digits, '-', '_' and '.', starting and ending with a letter or digit. Fix: shorten it or replace the"
                        + " other characters, e.g. \"has-space\"."
                        + " [label.value]");
    }

    @Test
    void reportsANullKeyInsteadOfToleratingEveryTaint() {
        assertThat(problems(tolerating(Toleration.exists(null)))).filteredOn(p -> p.startsWith("error"))
                .containsExactly(AT + "key = \"<none>\": null was passed to tolerate(...), Toleration.exists(...) or"
                        + " Toleration.equal(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void keepsANullKeyAsGivenSoThatACopyEqualsTheOriginal() {
        var toleration = Toleration.exists(null);
        assertThat(toleration.key()).isNull();
        assertThat(new Toleration(toleration.key(), toleration.operator(), toleration.value(), toleration.effect(),
                toleration.tolerationSeconds())).isEqualTo(toleration);
        assertThat(toleration.toleratesEveryKey()).isTrue();
        assertThat(toleration).hasToString("* Exists");
    }

    @Test
    void reportsEveryMistakeOfATolerationTogether() {
        assertThat(problems(tolerating(new Toleration("dedicated", TolerationOperator.EXISTS, "batch",
                TaintEffect.PREFER_NO_SCHEDULE, 5L)))).hasSize(2);
    }

    private static io.manifesto.workload.Deployment tolerating(Toleration toleration) {
        return deployment("web").container(container("web").image("registry/web:1.0"))
                .placement(placement().tolerate(toleration));
    }
}
