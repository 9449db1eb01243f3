package io.manifesto.environment;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The catalog entries of the environment rules: values of an {@link Environment} written wrong. */
public final class EnvironmentDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Environment.NAMESPACE_RULE, "an environment's namespace is a DNS label",
                        "a Namespace name is a DNS-1123 label of at most 63 characters"),
                RuleInfo.error(Environment.HOST_RULE, "an environment's hosts are DNS names, and asked for by key",
                        "an Ingress rule's host is a DNS name without scheme, port or IP address"),
                RuleInfo.error(Environment.VALUE_RULE, "image tags and feature names are well formed",
                        "an image tag is at most 128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'"),
                RuleInfo.error(ReplicaBounds.RULE, "replica bounds are 1 <= min <= max",
                        "an HPA needs minReplicas >= 1 and maxReplicas >= minReplicas"));
    }
}
