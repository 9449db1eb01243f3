package io.manifesto.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.manifesto.core.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.manifesto.Manifesto.application;
import static org.assertj.core.api.Assertions.assertThat;

/** Strings that kubectl (go-yaml) would read as numbers, booleans, nulls or timestamps are quoted, keys too. */
class KubectlQuotingTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "0x1F", "0o17", "0b101", "1_000", "007", "+1", "-2.5", ".5", ".inf", "-.Inf",
            ".NaN", "~", "null", "y", "N", "yes", "Off", "TRUE", "2026-11-25", "2026-11-25T10:00:00Z", "<<", "16.4"})
    void quotesValuesAndKeysThatAreNotStringsToKubectl(String text) throws Exception {
        // most of these are no valid ConfigMap key (data.key), so the key is one of a custom resource's spec
        GenericKubernetesResource keys = new GenericKubernetesResource();
        keys.setApiVersion("example.com/v1");
        keys.setKind("Widget");
        keys.setMetadata(new ObjectMetaBuilder().withName("keys").build());
        keys.setAdditionalProperty("spec", Map.of(text, "key"));
        Application app = application("quoting").add(new ConfigMapBuilder().withNewMetadata().withName("values")
                .endMetadata().addToData("value", text).build()).add(keys).build();
        String yaml = app.toYaml();

        assertThat(yaml).contains("value: \"" + text + "\"").contains("\"" + text + "\": key");
        JsonNode data = new YAMLMapper().readTree(yaml).get("data");
        assertThat(data.get("value").isTextual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1.0", "100m", "128Mi", "web", "http://+:8080", "1.2.3-beta", "v1", "8080:80"})
    void leavesOrdinaryStringsPlain(String text) {
        String yaml = application("quoting").add(new ConfigMapBuilder().withNewMetadata().withName("values")
                .endMetadata().addToData("value", text).build()).build().toYaml();

        assertThat(yaml).contains("value: " + text + "\n");
    }

    /** go-yaml deletes the '_' of a scalar that starts with a digit or a sign before it reads a number. */
    @ParameterizedTest
    @ValueSource(strings = {"1_000.5", "1_0e3", "+_1", "-_1", "1_.5", "0._5", "1e_5", "9e4__", "5_.", "0_x1F"})
    void quotesNumbersWithUnderscoresThatGoYamlReadsAsNumbers(String text) {
        String yaml = ManifestSerializer.yaml(List.of(ManifestSerializer.canonical(new ConfigMapBuilder()
                .withNewMetadata().withName("limits").endMetadata().addToData("max-order", text).build())));

        assertThat(yaml).contains("max-order: \"" + text + "\"\n");
        assertThat(ManifestReader.read(yaml)).singleElement().isInstanceOfSatisfying(ConfigMap.class,
                map -> assertThat(map.getData()).containsEntry("max-order", text));
    }

    /** Go's ParseFloat refuses '_', and go-yaml hands it a scalar that starts with '.' as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"._5", "1_a", "0x_", "_1", "1-_2"})
    void leavesUnderscoredTextThatGoYamlReadsAsAStringPlain(String text) {
        String yaml = ManifestSerializer.yaml(List.of(ManifestSerializer.canonical(new ConfigMapBuilder()
                .withNewMetadata().withName("limits").endMetadata().addToData("max-order", text).build())));

        assertThat(yaml).contains("max-order: " + text + "\n");
    }

    /** The one-expression classifier the fast path replaced: what go-yaml reads as other than a string. */
    private static final Pattern REFERENCE = Pattern.compile(String.join("|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL|<<",
            "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));
    private static final Pattern REFERENCE_NUMBER = Pattern.compile(String.join("|",
            "[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"));

    @Test
    void classifiesEveryShortStringAsTheSingleExpressionDid() {
        String alphabet = "0189+-._eExXoObBy~<Nni";
        List<String> texts = new ArrayList<>(List.of("", "yes", "Off", "NULL", ".inf", "-.Inf", ".NaN", "1_000.5",
                "+_1", "._5", "2026-11-25", "2026-1-2T", "2026-11-25 10:00", "0x_1F", "web", "nginx", "No", "<<<"));
        List<String> previous = List.of("");
        for (int length = 1; length <= 4; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            texts.addAll(next);
            previous = next;
        }

        for (String text : texts) {
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            boolean numeric = (first >= '0' && first <= '9') || first == '+' || first == '-';
            boolean expected = REFERENCE.matcher(text).matches()
                    || numeric && REFERENCE_NUMBER.matcher(text.replace("_", "")).matches();
            assertThat(KubectlQuoting.isNotAString(text)).as(text).isEqualTo(expected);
        }
    }
}
