package io.manifesto.validate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first suppression in the order given accepts a warning, found by rule and resource, never an error. */
class SuppressionIndexTest {

    private static Problem warning(String rule, String resource) {
        return new Problem(Severity.WARNING, rule, resource, "field", "value", "message", "fix");
    }

    @Test
    void theFirstMatchingSuppressionWinsWhetherForOneResourceOrForAny() {
        Suppression any = new Suppression("r", Suppression.ANY_RESOURCE, "everywhere");
        Suppression web = new Suppression("r", "Deployment/web", "web only");
        Suppression webAgain = new Suppression("r", "Deployment/web", "a second reason");

        assertThat(new SuppressionIndex(List.of(any, web)).covering(warning("r", "Deployment/web"))).contains(any);
        assertThat(new SuppressionIndex(List.of(web, any)).covering(warning("r", "Deployment/web"))).contains(web);
        assertThat(new SuppressionIndex(List.of(web, webAgain)).covering(warning("r", "Deployment/web")))
                .contains(web);
        assertThat(new SuppressionIndex(List.of(web)).covering(warning("r", "Deployment/api"))).isEmpty();
        assertThat(new SuppressionIndex(List.of(web)).covering(warning("other", "Deployment/web"))).isEmpty();
    }

    @Test
    void anErrorIsNeverAccepted() {
        Problem error = new Problem(Severity.ERROR, "r", "Deployment/web", "field", "value", "message", "fix");

        assertThat(new SuppressionIndex(List.of(new Suppression("r", Suppression.ANY_RESOURCE, "all")))
                .covering(error)).isEmpty();
    }
}
