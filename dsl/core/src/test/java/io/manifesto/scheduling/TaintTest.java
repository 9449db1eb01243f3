package io.manifesto.scheduling;

import org.junit.jupiter.api.Test;

import static io.manifesto.scheduling.TaintEffect.NO_EXECUTE;
import static io.manifesto.scheduling.TaintEffect.NO_SCHEDULE;
import static io.manifesto.scheduling.TaintEffect.PREFER_NO_SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;

class TaintTest {

    private final Taint gpu = Taint.of("sku", "gpu", NO_SCHEDULE);

    @Test
    void isToleratedByExistsOnItsKeyWhateverTheValue() {
        assertThat(gpu.toleratedBy(Toleration.exists("sku"))).isTrue();
        assertThat(gpu.toleratedBy(Toleration.exists("sku", NO_SCHEDULE))).isTrue();
    }

    @Test
    void isToleratedByEqualOnlyWithTheSameValue() {
        assertThat(gpu.toleratedBy(Toleration.equal("sku", "gpu", NO_SCHEDULE))).isTrue();
        assertThat(gpu.toleratedBy(Toleration.equal("sku", "cpu", NO_SCHEDULE))).isFalse();
    }

    @Test
    void isToleratedWhenTheTolerationNamesNoEffect() {
        assertThat(gpu.toleratedBy(new Toleration("sku", TolerationOperator.EQUAL, "gpu", null, null))).isTrue();
    }

    @Test
    void isNotToleratedByAnotherEffectOrKey() {
        assertThat(gpu.toleratedBy(Toleration.exists("sku", NO_EXECUTE))).isFalse();
        assertThat(gpu.toleratedBy(Toleration.exists("dedicated"))).isFalse();
        assertThat(gpu.toleratedBy(null)).isFalse();
    }

    @Test
    void isToleratedByAnEmptyKeyWithExists() {
        assertThat(gpu.toleratedBy(Toleration.everything())).isTrue();
        assertThat(gpu.toleratedBy(new Toleration("", TolerationOperator.EQUAL, "gpu", null, null))).isFalse();
    }

    @Test
    void matchesAnEmptyValueWithAnEqualTolerationWithoutValue() {
        Taint bare = Taint.of("maintenance", "", NO_EXECUTE);
        assertThat(bare.toleratedBy(new Toleration("maintenance", TolerationOperator.EQUAL, "", NO_EXECUTE, 60L)))
                .isTrue();
        assertThat(bare).hasToString("maintenance:NoExecute");
    }

    @Test
    void blocksSchedulingUnlessOnlyAPreference() {
        assertThat(NO_SCHEDULE.blocksScheduling()).isTrue();
        assertThat(NO_EXECUTE.blocksScheduling()).isTrue();
        assertThat(PREFER_NO_SCHEDULE.blocksScheduling()).isFalse();
    }

    @Test
    void givesTheTolerationThatMatchesIt() {
        assertThat(gpu.toleration()).isEqualTo(Toleration.equal("sku", "gpu", NO_SCHEDULE));
        assertThat(gpu.toleratedBy(gpu.toleration())).isTrue();
        assertThat(gpu).hasToString("sku=gpu:NoSchedule");
    }
}
