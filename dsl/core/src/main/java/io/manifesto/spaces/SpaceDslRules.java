package io.manifesto.spaces;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The catalog entries of the space rules: they check a {@link Space} against its definition and the other spaces. */
public final class SpaceDslRules implements DslRules {

    @Override
    public List<RuleInfo> rules() {
        return List.of(
                RuleInfo.error(Spaces.INVALID_NAME_RULE, "a space's name makes a host label and its namespace a DNS"
                        + " label", "the name prefixes every host (<space>.s.<host>) and names the namespace, both"
                        + " DNS-1123 labels of at most 63 characters"),
                RuleInfo.error(Spaces.DUPLICATE_RULE, "each space has its own name",
                        "two spaces of one name would render into one namespace and one set of hosts"),
                RuleInfo.error(Spaces.UNKNOWN_SERVICE_RULE, "a space runs services the application has",
                        "a service the parent does not render cannot run in the space, nor fall back"),
                RuleInfo.error(Spaces.HOST_TOO_LONG_RULE, "prefixed hosts stay within DNS limits",
                        "a DNS name has at most 253 characters and each label at most 63"),
                RuleInfo.error(Spaces.UNKNOWN_PARENT_RULE, "a space's parent is an environment of the definition",
                        "the space is rendered from its parent's objects and falls back to its namespace"),
                RuleInfo.error(Spaces.FALLBACK_PORT_RULE, "a service that falls back keeps its ports",
                        "an ExternalName Service is a DNS CNAME: no selector, no port remapping"),
                RuleInfo.error(Spaces.CANARY_CONFLICT_RULE, "one nginx canary per host and path",
                        "ingress-nginx serves at most one canary Ingress per host and path"),
                RuleInfo.error(Spaces.WILDCARD_ISSUER_RULE, "a wildcard certificate comes from a DNS01 ClusterIssuer",
                        "ACME proves a wildcard only through DNS01; a namespaced Issuer serves its own namespace"),
                RuleInfo.warning(Spaces.LETS_ENCRYPT_LIMIT_RULE, "the spaces stay within Let's Encrypt's weekly"
                        + " limits", "Let's Encrypt issues 50 new certificates per registered domain and 5 per"
                        + " exact set of names a week"),
                RuleInfo.warning(Spaces.EAST_WEST_RULE, "a space routed by header runs entry points",
                        "manifests route the header only at the entry; passing it on between services and routing"
                                + " east-west needs the application or a mesh"),
                RuleInfo.warning(Spaces.MISSING_REFERENCE_RULE, "what the space's services read comes along",
                        "a pod reads ConfigMaps and Secrets of its own namespace only"));
    }
}
