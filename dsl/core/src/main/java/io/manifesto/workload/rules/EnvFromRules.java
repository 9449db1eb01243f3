package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A container's {@code envFrom}: a prefix Kubernetes accepts, and the keys of the ConfigMaps and Secrets of the set
 * (rendered or declared) that become variables. One made elsewhere may have any key, so only its name is checked.
 */
public final class EnvFromRules implements RuleSet {

    /** An envFrom prefix that is not a variable name. */
    public static final RuleInfo PREFIX = RuleInfo.error("env.from-prefix",
            "an envFrom prefix is a valid environment variable name",
            "the API server rejects a container whose envFrom prefix is not a variable name (letters, digits, '-',"
                    + " '_' and '.', not starting with a digit)");
    /** Keys of a known ConfigMap or Secret that make no variable name. */
    public static final RuleInfo INVALID_KEY = RuleInfo.warning("env.from-invalid-key",
            "every key an envFrom reads makes a valid environment variable name with its prefix",
            "the kubelet skips such keys (event InvalidEnvironmentVariableNames), so the container starts"
                    + " without them");

    @Override
    public List<RuleInfo> rules() {
        return List.of(PREFIX, NameChecks.DNS1123_SUBDOMAIN, INVALID_KEY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            List<EnvFromSource> sources = visit.container().getEnvFrom();
            if (sources == null) {
                return;
            }
            for (int i = 0; i < sources.size(); i++) {
                EnvFromSource source = sources.get(i);
                if (source != null) {
                    check(set, visit.resource(), visit.scope(), source, i);
                }
            }
        });
    }

    private static void check(ResolvedSet set, Resource workload, Findings.On scope, EnvFromSource source,
                              int index) {
        boolean configMap = source.getConfigMapRef() != null;
        if (!configMap && source.getSecretRef() == null) {
            return; // the API server's own "must specify one of" message is clear, and the DSL cannot write it
        }
        String name = configMap ? source.getConfigMapRef().getName() : source.getSecretRef().getName();
        String field = "envFrom[" + (name == null ? String.valueOf(index) : name) + "]";
        String prefix = source.getPrefix() == null ? "" : source.getPrefix();
        Names.checkDns1123Subdomain(scope, field + (configMap ? ".configMapRef.name" : ".secretRef.name"), name);
        if (!prefix.isEmpty() && !EnvRules.isEnvName(prefix)) {
            scope.report(PREFIX, field + ".prefix", prefix,
                    "is not a valid environment variable name, and every variable is named prefix + key",
                    Fix.of("use a prefix of letters, digits and '_' that starts with a letter, e.g. \"APP_\""));
            return;
        }
        String kind = configMap ? "ConfigMap" : "Secret";
        keys(set, workload, kind, name).ifPresent(keys -> {
            Set<String> invalid = new TreeSet<>();
            keys.stream().filter(key -> key != null && !EnvRules.isEnvName(prefix + key))
                    .forEach(key -> invalid.add(prefix + key));
            if (!invalid.isEmpty()) {
                scope.report(INVALID_KEY, field, String.join(", ", invalid), kind + "/" + name
                                + (scope.dslTerms() ? " of this application" : " among the manifests")
                                + " has keys that make no valid environment variable name, and the kubelet skips"
                                + " them",
                        Fix.of("rename the keys, or give a prefix that starts with a letter, e.g."
                                        + " .prefix(\"APP_\"), or read them with env(EnvVar...) under valid names",
                                "rename the keys, or set a prefix that starts with a letter, e.g. prefix: APP_, or"
                                        + " read them with env[].valueFrom under valid names"));
            }
        });
    }

    /**
     * The keys a ConfigMap or Secret of the set exports as variables: a ConfigMap's {@code data} (its
     * {@code binaryData} is not exported), a Secret's {@code data} and {@code stringData}.
     */
    private static Optional<Set<String>> keys(ResolvedSet set, Resource workload, String kind, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return set.find(kind, workload.namespace(), name).map(Resource::object).flatMap(object -> {
            Set<String> keys = new TreeSet<>();
            if (object instanceof ConfigMap configMap) {
                addKeys(keys, configMap.getData());
            } else if (object instanceof Secret secret) {
                addKeys(keys, secret.getData());
                addKeys(keys, secret.getStringData());
            } else {
                return Optional.empty();
            }
            return Optional.of(keys);
        });
    }

    private static void addKeys(Set<String> keys, Map<String, String> data) {
        if (data != null) {
            keys.addAll(data.keySet());
        }
    }
}
