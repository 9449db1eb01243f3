package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A container's environment: names Kubernetes accepts, each once, and references to ConfigMap keys, Secret keys and
 * pod fields that can be read.
 */
public final class EnvRules implements RuleSet {

    private static final Pattern ENV = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    /** An environment variable name Kubernetes rejects. */
    public static final RuleInfo NAME = RuleInfo.error("env.name",
            "environment variable names are letters, digits, '-', '_' and '.', not starting with a digit",
            "the API server rejects a container with any other env name");
    /** Two env entries of one container with one name. */
    public static final RuleInfo DUPLICATE = RuleInfo.warning("env.duplicate-name",
            "a container sets each environment variable once",
            "only the last entry of a name counts, so the earlier ones are dead configuration that misleads readers");
    /** An env var reading a pod field the downward API does not offer. */
    public static final RuleInfo FIELD_PATH = RuleInfo.error("env.field-path",
            "an env var reads a pod field the downward API offers",
            "the API server rejects a fieldRef to any other field");
    /** An env var reading a key that the ConfigMap of the set does not define. */
    public static final RuleInfo UNKNOWN_CONFIGMAP_KEY = RuleInfo.error("env.unknown-configmap-key",
            "an env var reads a key its ConfigMap defines",
            "the kubelet does not start a container whose configMapKeyRef names a missing key"
                    + " (CreateContainerConfigError), unless the reference is optional");

    /** {@code true} when {@code name} is an environment variable name the API server accepts. */
    static boolean isEnvName(String name) {
        return name != null && ENV.matcher(name).matches();
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(NAME, NameChecks.DNS1123_SUBDOMAIN, NameChecks.DATA_KEY, FIELD_PATH, UNKNOWN_CONFIGMAP_KEY,
                DUPLICATE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            List<EnvVar> env = visit.container().getEnv();
            if (env == null) {
                return;
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < env.size(); i++) {
                EnvVar variable = env.get(i);
                if (variable == null) {
                    continue;
                }
                String field = "env[" + (variable.getName() == null ? String.valueOf(i) : variable.getName()) + "]";
                if (!isEnvName(variable.getName())) {
                    visit.scope().report(NAME, field + ".name", variable.getName(),
                            "is not a valid environment variable name: letters, digits, '-', '_' and '.',"
                                    + " not starting with a digit",
                            Fix.of("use a name such as \"LOG_LEVEL\""));
                }
                if (variable.getValueFrom() != null) {
                    checkSource(set, visit.resource(), visit.scope(), field + ".valueFrom", variable.getValueFrom());
                }
            }
            for (EnvVar variable : env) {
                if (variable != null && variable.getName() != null && !names.add(variable.getName())) {
                    visit.scope().report(DUPLICATE, "env[" + variable.getName() + "]", variable.getName(),
                            "the container sets this variable more than once, and only the last entry counts",
                            Fix.of("keep one entry for " + variable.getName()));
                }
            }
        });
    }

    private static void checkSource(ResolvedSet set, Resource workload, Findings.On scope, String field,
                                    EnvVarSource source) {
        ConfigMapKeySelector configMap = source.getConfigMapKeyRef();
        SecretKeySelector secret = source.getSecretKeyRef();
        if (configMap != null) {
            Names.checkDns1123Subdomain(scope, field + ".configMapKeyRef.name", configMap.getName());
            Names.checkDataKey(scope, field + ".configMapKeyRef.key", configMap.getKey());
            checkKeyDefined(set, workload, scope, field + ".configMapKeyRef.key", configMap);
        } else if (secret != null) {
            Names.checkDns1123Subdomain(scope, field + ".secretKeyRef.name", secret.getName());
            Names.checkDataKey(scope, field + ".secretKeyRef.key", secret.getKey());
        } else if (source.getFieldRef() != null && !PodFields.forEnv(source.getFieldRef().getFieldPath())) {
            scope.report(FIELD_PATH, field + ".fieldRef.fieldPath", source.getFieldRef().getFieldPath(),
                    "is not a pod field an environment variable can read",
                    Fix.of("use one of " + PodFields.envChoices()));
        }
    }

    /** Only a ConfigMap of the set is known: one made elsewhere may have any key. */
    private static void checkKeyDefined(ResolvedSet set, Resource workload, Findings.On scope, String field,
                                        ConfigMapKeySelector ref) {
        if (ref.getName() == null || ref.getKey() == null || Boolean.TRUE.equals(ref.getOptional())) {
            return;
        }
        set.find("ConfigMap", workload.namespace(), ref.getName())
                .filter(found -> found.object() instanceof ConfigMap)
                .ifPresent(found -> {
                    ConfigMap configMap = (ConfigMap) found.object();
                    Set<String> keys = new TreeSet<>();
                    if (configMap.getData() != null) {
                        keys.addAll(configMap.getData().keySet());
                    }
                    if (configMap.getBinaryData() != null) {
                        keys.addAll(configMap.getBinaryData().keySet());
                    }
                    if (!keys.contains(ref.getKey())) {
                        scope.report(UNKNOWN_CONFIGMAP_KEY, field, ref.getKey(), "ConfigMap/" + ref.getName()
                                        + (scope.dslTerms() ? " of this application" : " among the manifests")
                                        + " has no such key; it has " + keys,
                                Fix.of("add .entry(\"" + ref.getKey() + "\", ...) to the ConfigMap, or read a key it"
                                        + " has", "add the key " + ref.getKey() + " to the data of ConfigMap/"
                                        + ref.getName() + ", or read a key it has"));
                    }
                });
    }
}
