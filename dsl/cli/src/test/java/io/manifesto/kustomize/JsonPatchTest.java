package io.manifesto.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escapesSlashAndTildeInKeysAsJsonPointerRequires() throws Exception {
        JsonNode shared = JSON.readTree("{\"metadata\":{\"labels\":{}}}");
        JsonNode target = JSON.readTree("{\"metadata\":{\"labels\":{\"app.kubernetes.io/tier\":\"web\",\"a~b\":\"c\"}}}");

        String patch = JsonPatch.from(shared, target).toString();

        assertThat(patch).isEqualTo("[{\"op\":\"add\",\"path\":\"/metadata/labels/app.kubernetes.io~1tier\","
                + "\"value\":\"web\"},{\"op\":\"add\",\"path\":\"/metadata/labels/a~0b\",\"value\":\"c\"}]");
    }

    @Test
    void addsAListOfAnotherLengthWhole() throws Exception {
        JsonNode shared = JSON.readTree("{\"spec\":{}}");
        JsonNode target = JSON.readTree("{\"spec\":{\"args\":[\"a\",\"b\"]}}");

        assertThat(JsonPatch.from(shared, target).toString())
                .isEqualTo("[{\"op\":\"add\",\"path\":\"/spec/args\",\"value\":[\"a\",\"b\"]}]");
    }

    @Test
    void sharedPartKeepsWhatEveryVersionHas() throws Exception {
        JsonNode prod = JSON.readTree("{\"a\":1,\"b\":{\"c\":2,\"d\":3},\"l\":[1,2],\"m\":[{\"n\":\"x\",\"v\":1}]}");
        JsonNode dev = JSON.readTree("{\"a\":1,\"b\":{\"c\":2,\"d\":4},\"l\":[1],\"m\":[{\"n\":\"x\",\"v\":2}]}");

        assertThat(SharedPart.of(java.util.List.of(prod, dev)).toString())
                .isEqualTo("{\"a\":1,\"b\":{\"c\":2},\"m\":[{\"n\":\"x\"}]}");
    }
}
