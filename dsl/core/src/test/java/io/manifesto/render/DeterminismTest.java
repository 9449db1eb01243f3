package io.manifesto.render;

import io.manifesto.core.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.TimeZone;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The same definition gives the same bytes whatever the JVM's locale and time zone. */
class DeterminismTest {

    private final Locale locale = Locale.getDefault();
    private final TimeZone zone = TimeZone.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    static Application sample() {
        return application("shop").namespace("shop")
                .add(configMap("settings").entry("TITLE", "İstanbul ı").entry("ENABLED", "true")
                        .entry("RATIO", "1.0").entry("PORT", "8080"))
                .add(deployment("web").replicas(2)
                        .container(container("web").image("shop:1.0")
                                .port("http", 8080)
                                .env("INFO", "x").env("ID", "007")
                                .requests(cpu("100m"), memory("128Mi"))
                                .limits(cpu("0.2"), memory("1Gi"))))
                .build();
    }

    @ParameterizedTest
    @CsvSource({"tr,TR,Europe/Istanbul", "de,DE,America/Los_Angeles", "ja,JP,Asia/Tokyo", "ar,SA,UTC"})
    void rendersTheSameBytesInEveryLocaleAndTimeZone(String language, String country, String timeZone) {
        String reference = sample().toYaml() + sample().toJson();

        Locale.setDefault(new Locale(language, country));
        TimeZone.setDefault(TimeZone.getTimeZone(timeZone));

        assertThat(sample().toYaml() + sample().toJson()).isEqualTo(reference);
    }

    @Test
    void quotesStringsThatLookLikeOtherTypesAndUsesUnixLineEndings() {
        String yaml = sample().toYaml();
        assertThat(yaml).contains("ENABLED: \"true\"", "RATIO: \"1.0\"", "PORT: \"8080\"", "value: \"007\"",
                "app.kubernetes.io/version: \"1.0\"", "replicas: 2", "containerPort: 8080");
        assertThat(yaml).doesNotContain("\r", "null", "{}", "[]");
        assertThat(yaml).startsWith("---\napiVersion: v1\ndata:\n");
    }

    @Test
    void rendersJsonAsOneSortedList() {
        String json = sample().toJson();
        assertThat(json).startsWith("{\n  \"apiVersion\" : \"v1\",\n  \"items\" : [\n    {\n").endsWith("\"kind\" : \"List\"\n}\n");
    }

    @Test
    void keepsEmptyMapsThatMeanSomething() {
        String yaml = application("shop").add(deployment("web")
                .volume(io.manifesto.workload.Volume.emptyDir("tmp"))
                .container(container("web").image("shop:1.0").mount("tmp", "/tmp"))).build().toYaml();
        assertThat(yaml).contains("- emptyDir: {}\n        name: tmp\n");
    }
}
