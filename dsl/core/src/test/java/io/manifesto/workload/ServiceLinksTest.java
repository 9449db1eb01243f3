package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.cronJob;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.scheduling.Builds.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code enableServiceLinks}: rendered only when set, on every kind of workload. */
class ServiceLinksTest {

    private static Container web() {
        return container("web").image("registry/web:1.0").port("http", 8080);
    }

    @Test
    void rendersServiceLinksSwitchedOff() {
        assertThat(yaml(deployment("web").container(web()).enableServiceLinks(false))).contains("""
                      enableServiceLinks: false
                """);
    }

    @Test
    void rendersServiceLinksOnTheJobTemplateOfACronJob() {
        assertThat(yaml(cronJob("export", "0 3 * * *").container(container("export").image("registry/export:1.0"))
                .enableServiceLinks(true))).contains("""
                          enableServiceLinks: true
                """);
    }

    @Test
    void leavesServiceLinksToKubernetesByDefault() {
        assertThat(yaml(deployment("web").container(web()))).doesNotContain("enableServiceLinks");
    }
}
