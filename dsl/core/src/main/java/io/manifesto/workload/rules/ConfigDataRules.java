package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The keys of ConfigMaps and Secrets: what containers read as env vars or files, so names Kubernetes accepts. A DSL
 * Secret's keys are checked on the DSL value, where the user writes them; every other Secret's here. A ConfigMap also
 * keeps each key in one of data and binaryData; and a ConfigMap and a Secret keep within the 1 MiB the API server
 * stores.
 */
public final class ConfigDataRules implements RuleSet {

    /** A ConfigMap above the size the API server stores. */
    public static final RuleInfo TOO_LARGE = RuleInfo.error("configmap.too-large",
            "a ConfigMap's data and binaryData take at most 1 MiB",
            "the API server rejects a ConfigMap whose values (binaryData decoded) add up to more than 1 MiB (1048576"
                    + " bytes)");
    /** A Secret above the size the API server stores. */
    public static final RuleInfo SECRET_TOO_LARGE = RuleInfo.error("secret.too-large",
            "a Secret's data and stringData take at most 1 MiB",
            "the API server rejects a Secret whose values (data decoded, stringData merged into it) add up to more"
                    + " than 1 MiB (1048576 bytes)");
    /** A key in both data and binaryData. */
    public static final RuleInfo DUPLICATE_KEY = RuleInfo.error("configmap.duplicate-key",
            "a ConfigMap key is in data or in binaryData, not both",
            "the API server rejects a ConfigMap with a key in both: a mounted file or a variable would have two"
                    + " contents");

    /** The most a ConfigMap's or a Secret's values may take: {@code core.MaxSecretSize}, which ConfigMaps share. */
    private static final long MAX_BYTES = 1024 * 1024;

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DATA_KEY, DUPLICATE_KEY, SECRET_TOO_LARGE, TOO_LARGE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("ConfigMap")) {
            if (resource.object() instanceof ConfigMap configMap) {
                checkKeys(findings.on(resource), "data", configMap.getData());
                checkKeys(findings.on(resource), "binaryData", configMap.getBinaryData());
                checkBothAndSize(findings.on(resource), configMap);
            }
        }
        for (Resource resource : set.ofKind("Secret")) {
            // a DSL Secret's keys are checked where they are written (io.manifesto.secrets.Secret)
            if (resource.object() instanceof Secret secret && (!resource.origin().isDsl()
                    || resource.origin().customized())) {
                checkKeys(findings.on(resource), "data", secret.getData());
                checkKeys(findings.on(resource), "stringData", secret.getStringData());
            }
            // a DSL Secret has no data: its values are made in the cluster
            if (resource.object() instanceof Secret secret) {
                checkSize(findings.on(resource), secret);
            }
        }
    }

    /** The API server merges stringData into data, a stringData value replacing the data value of its key. */
    private static void checkSize(Findings.On scope, Secret secret) {
        Map<String, String> data = secret.getData() == null ? Map.of() : secret.getData();
        Map<String, String> strings = secret.getStringData() == null ? Map.of() : secret.getStringData();
        long bytes = 0;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            bytes += strings.containsKey(entry.getKey()) ? 0 : decodedLength(entry.getValue());
        }
        for (String value : strings.values()) {
            bytes += utf8Length(value);
        }
        if (bytes > MAX_BYTES) {
            scope.report(SECRET_TOO_LARGE, data.isEmpty() ? "stringData" : "data", bytes + " bytes",
                    "the values of data (decoded) and stringData take " + bytes + " bytes, and the API server"
                            + " accepts at most " + MAX_BYTES + " (1 MiB)",
                    Fix.of("split the values into several Secrets, or mount large files from a volume such as the"
                            + " Secrets Store CSI driver's"));
        }
    }

    private static void checkBothAndSize(Findings.On scope, ConfigMap configMap) {
        Map<String, String> data = configMap.getData() == null ? Map.of() : configMap.getData();
        Map<String, String> binary = configMap.getBinaryData() == null ? Map.of() : configMap.getBinaryData();
        long bytes = 0;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            bytes += utf8Length(entry.getValue());
        }
        for (Map.Entry<String, String> entry : binary.entrySet()) {
            bytes += decodedLength(entry.getValue());
            if (entry.getKey() != null && data.containsKey(entry.getKey())) {
                scope.report(DUPLICATE_KEY, "binaryData[" + entry.getKey() + "]", entry.getKey(),
                        "the key is also in data, and the API server rejects a key in both",
                        Fix.of("keep one entry of this key: remove the .entry(...), or rename the file",
                                "keep the key in data or in binaryData, not both"));
            }
        }
        if (bytes > MAX_BYTES) {
            scope.report(TOO_LARGE, data.isEmpty() ? "binaryData" : "data", bytes + " bytes",
                    "the values of data and binaryData take " + bytes + " bytes, and the API server accepts at"
                            + " most " + MAX_BYTES + " (1 MiB)",
                    Fix.of("split the files into several ConfigMaps, or ship large files in the image or a volume",
                            "split the data into several ConfigMaps, or ship large files in the image or a volume"));
        }
    }

    private static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The bytes a base64 value decodes to, without decoding it; a value that is not base64 counts as written. */
    private static long decodedLength(String base64) {
        if (base64 == null) {
            return 0;
        }
        int padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
        return base64.length() % 4 == 0 ? base64.length() / 4L * 3 - padding : base64.length();
    }

    private static void checkKeys(Findings.On scope, String field, Map<String, String> data) {
        if (data != null) {
            data.keySet().forEach(key -> Names.checkDataKey(scope, field, key));
        }
    }
}
