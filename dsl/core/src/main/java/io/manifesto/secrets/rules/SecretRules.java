package io.manifesto.secrets.rules;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.secrets.SecretType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Secrets and what reads them: values kept out of git, the keys a typed Secret must hold, and references (env keys,
 * volume items, image pull secrets) that match the Secrets the application has or declares.
 */
public final class SecretRules implements RuleSet {

    /** A Secret whose values are in the manifests. */
    public static final RuleInfo IN_MANIFESTS = RuleInfo.warning("secret.in-manifests",
            "a Secret's values are supplied at deploy time, not written in the manifests",
            "Secret data is only base64, not encrypted: manifests in git give the value to everyone who can read"
                    + " the repository, forever");
    /** A typed Secret without the keys its type requires. */
    public static final RuleInfo SHAPE = RuleInfo.error("secret.shape",
            "a kubernetes.io/tls Secret holds tls.crt and tls.key; a dockerconfigjson one holds .dockerconfigjson",
            "the API server rejects a typed Secret without the keys of its type");
    /** A reference to a key a known Secret does not hold. */
    public static final RuleInfo UNKNOWN_KEY = RuleInfo.error("secret.unknown-key",
            "a reference reads a key its Secret holds",
            "a pod reading a missing key of a Secret does not start (CreateContainerConfigError), unless the"
                    + " reference is optional");
    /** An image pull secret that holds no registry credentials. */
    public static final RuleInfo PULL_TYPE = RuleInfo.error("secret.pull-type",
            "imagePullSecrets name kubernetes.io/dockerconfigjson Secrets",
            "the kubelet reads registry credentials only from dockerconfigjson (or the legacy dockercfg) Secrets,"
                    + " so the pull fails with ImagePullBackOff");

    private static final Set<String> PULL_TYPES = Set.of("kubernetes.io/dockerconfigjson", "kubernetes.io/dockercfg");

    @Override
    public List<RuleInfo> rules() {
        return List.of(IN_MANIFESTS, SHAPE, UNKNOWN_KEY, PULL_TYPE);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Secret")) {
            if (resource.object() instanceof Secret secret) {
                checkSecret(findings.on(resource), resource, secret);
            }
        }
        for (Resource workload : set.workloads()) {
            PodTemplate pods = set.pods(workload).orElseThrow();
            Findings.On spec = findings.on(workload).field(pods.specPath());
            checkPullSecrets(set, workload, spec, pods.spec().getImagePullSecrets());
            checkVolumes(set, workload, spec, pods.spec().getVolumes());
            List<Container> containers = new ArrayList<>();
            Optional.ofNullable(pods.spec().getContainers()).ifPresent(containers::addAll);
            Optional.ofNullable(pods.spec().getInitContainers()).ifPresent(containers::addAll);
            for (Container container : containers) {
                if (container != null && container.getEnv() != null) {
                    String list = pods.spec().getInitContainers() != null
                            && pods.spec().getInitContainers().contains(container) ? "initContainers" : "containers";
                    checkEnv(set, workload, spec.field(list + "[" + container.getName() + "]"), container.getEnv());
                }
            }
        }
    }

    private static void checkSecret(Findings.On scope, Resource resource, Secret secret) {
        Set<String> keys = keys(secret);
        if (!resource.origin().isDeclared() && !keys.isEmpty()) {
            scope.report(IN_MANIFESTS, secret.getStringData() != null && !secret.getStringData().isEmpty()
                            ? "stringData" : "data", String.join(", ", keys),
                    "the values of these keys are in the manifests, and so in git",
                    Fix.of("declare the Secret with secret(\"" + resource.name() + "\", keys...) and supply the"
                                    + " values at deploy time, or suppress this warning with the reason",
                            "create the Secret at deploy time (kubectl create secret, External Secrets, the Secrets"
                                    + " Store CSI driver) and keep it out of git, or suppress this warning with the"
                                    + " reason"));
        }
        for (SecretType type : SecretType.values()) {
            if (type.value().equals(secret.getType())) {
                List<String> absent = type.requiredKeys().stream().filter(key -> !keys.contains(key)).toList();
                if (!absent.isEmpty()) {
                    scope.report(SHAPE, "data", String.join(", ", keys), "a " + type.value() + " Secret needs "
                                    + absent + " and has none of " + (absent.size() == 1 ? "it" : "them"),
                            Fix.of("add " + String.join(" and ", absent)));
                }
            }
        }
    }

    private static void checkEnv(ResolvedSet set, Resource workload, Findings.On container, List<EnvVar> env) {
        for (EnvVar variable : env) {
            if (variable == null || variable.getValueFrom() == null) {
                continue;
            }
            SecretKeySelector ref = variable.getValueFrom().getSecretKeyRef();
            if (ref != null && !Boolean.TRUE.equals(ref.getOptional())) {
                checkKey(set, workload, container, "env[" + variable.getName() + "].valueFrom.secretKeyRef.key",
                        ref.getName(), ref.getKey());
            }
        }
    }

    private static void checkVolumes(ResolvedSet set, Resource workload, Findings.On spec, List<Volume> volumes) {
        if (volumes == null) {
            return;
        }
        for (Volume volume : volumes) {
            if (volume == null || volume.getSecret() == null || volume.getSecret().getItems() == null
                    || Boolean.TRUE.equals(volume.getSecret().getOptional())) {
                continue;
            }
            for (KeyToPath item : volume.getSecret().getItems()) {
                if (item != null) {
                    checkKey(set, workload, spec, "volumes[" + volume.getName() + "].secret.items[" + item.getKey()
                            + "].key", volume.getSecret().getSecretName(), item.getKey());
                }
            }
        }
    }

    private static void checkKey(ResolvedSet set, Resource workload, Findings.On scope, String field, String name,
                                 String key) {
        set.find("Secret", workload.namespace(), name).map(Resource::object)
                .filter(Secret.class::isInstance).map(Secret.class::cast)
                .filter(secret -> key != null && !keys(secret).contains(key))
                .ifPresent(secret -> scope.report(UNKNOWN_KEY, field, key,
                        "Secret/" + name + " has no such key; it has " + keys(secret),
                        Fix.of("read a key it has, or add " + key + " to the Secret's keys")));
    }

    private static void checkPullSecrets(ResolvedSet set, Resource workload, Findings.On spec,
                                         List<LocalObjectReference> references) {
        if (references == null) {
            return;
        }
        for (LocalObjectReference reference : references) {
            if (reference == null || reference.getName() == null) {
                continue;
            }
            set.find("Secret", workload.namespace(), reference.getName()).map(Resource::object)
                    .filter(Secret.class::isInstance).map(Secret.class::cast)
                    .filter(secret -> !PULL_TYPES.contains(secret.getType()))
                    .ifPresent(secret -> spec.report(PULL_TYPE, "imagePullSecrets[" + reference.getName() + "].name",
                            reference.getName(), "Secret/" + reference.getName() + " is of type "
                                    + (secret.getType() == null ? "Opaque" : secret.getType())
                                    + ", which holds no registry credentials the kubelet reads",
                            Fix.of("declare it with registrySecret(\"" + reference.getName() + "\")",
                                    "make it a kubernetes.io/dockerconfigjson Secret (kubectl create secret"
                                            + " docker-registry)")));
        }
    }

    private static Set<String> keys(Secret secret) {
        Set<String> keys = new TreeSet<>();
        Optional.ofNullable(secret.getData()).ifPresent(data -> keys.addAll(data.keySet()));
        Optional.ofNullable(secret.getStringData()).ifPresent(data -> keys.addAll(data.keySet()));
        return keys;
    }
}
