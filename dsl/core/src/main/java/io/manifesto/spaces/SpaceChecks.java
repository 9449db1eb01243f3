package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.tls.IssuerKind;
import io.manifesto.tls.Solver;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of {@link Spaces}: on one space's values and hosts, and across the spaces of one definition. */
final class SpaceChecks {

    /** Let's Encrypt: new certificates per registered domain per week. */
    static final int CERTIFICATES_PER_DOMAIN = 50;
    /** Let's Encrypt: new certificates for the exact same set of names per week. */
    static final int CERTIFICATES_PER_NAME_SET = 5;

    private final Map<EntryPoints.CanaryKey, String> canaries = new LinkedHashMap<>();
    private final Map<String, Integer> perDomain = new HashMap<>();
    private final Map<String, Integer> perName = new HashMap<>();

    /** The space's namespace: the one given, or {@code <parent namespace>-<space>}. */
    static String namespaceOf(Space space, String parentNamespace) {
        return space.namespace().orElse(parentNamespace + "-" + space.name());
    }

    /** Checks that the name makes a host label; {@code false} when it does not. */
    static boolean checkName(Space space, Problems.Scope scope) {
        if (Names.isDns1123Label(space.name())) {
            return true;
        }
        if (space.missing().stream().anyMatch(m -> m.field().equals("name"))) {
            return false; // reported as a null
        }
        scope.error(Spaces.INVALID_NAME_RULE, "name", space.name(),
                "a space name must make a namespace and a host label: a DNS-1123 label, at most 63 characters of"
                        + " [a-z0-9-] with alphanumeric ends",
                "use a name such as \"" + Names.suggestSubdomain(space.name()).filter(Names::isDns1123Label)
                        .orElse("alice") + "\"");
        return false;
    }

    /** Checks that {@code namespace} is a DNS-1123 label; {@code false} when it is not. */
    static boolean checkNamespace(Space space, String namespace, Problems.Scope scope) {
        if (Names.isDns1123Label(namespace)) {
            return true;
        }
        boolean derived = space.namespace().isEmpty();
        scope.error(Spaces.INVALID_NAME_RULE, "namespace", namespace,
                derived ? "the space's namespace <parent namespace>-<space> is not a DNS-1123 label of at most 63"
                        + " characters" : "a namespace must be a DNS-1123 label of at most 63 characters",
                derived ? "shorten the space's name, or give the space a namespace with namespace(\"...\")"
                        : "give a namespace of [a-z0-9-] with alphanumeric ends, at most 63 characters");
        return false;
    }

    /** A wildcard certificate needs a ClusterIssuer (space namespaces are new) whose ACME solver is DNS01. */
    static void checkWildcard(Space space, Problems.Scope scope) {
        space.tls().wildcardIssuer().ifPresent(issuer -> {
            boolean dns01 = issuer.acme().map(a -> a.solvers().stream().anyMatch(Solver::isDns01)).orElse(false);
            if (issuer.kind() != IssuerKind.CLUSTER_ISSUER || !dns01) {
                scope.error(Spaces.WILDCARD_ISSUER_RULE, "tls", issuer.kind().kind() + "/" + issuer.name(),
                        "a wildcard certificate *.s.<host> for every space needs a ClusterIssuer with a DNS01 solver:"
                                + " HTTP01 cannot prove a wildcard, and a namespaced Issuer serves one namespace",
                        "use clusterIssuer(\"...\", letsEncryptProduction().solver(dns01(...))), or SpaceTls.perHost()");
            }
        });
    }

    /** Every host of the space's Ingresses within DNS limits: 253 characters, labels of 63. */
    static void checkHosts(Space space, List<HasMetadata> objects, Problems.Scope scope) {
        for (String host : Spaces.hostsOf(objects)) {
            String longLabel = Arrays.stream(host.split("\\.")).filter(l -> l.length() > 63).findFirst().orElse(null);
            if (host.length() > 253) {
                scope.error(Spaces.HOST_TOO_LONG_RULE, "hosts", host,
                        "the prefixed host is " + host.length() + " characters; a DNS name has at most 253",
                        "shorten the space's name or the parent's host");
            } else if (longLabel != null) {
                scope.error(Spaces.HOST_TOO_LONG_RULE, "hosts", host,
                        "the label " + longLabel + " is " + longLabel.length()
                                + " characters; a DNS label has at most 63",
                        "shorten the space's name or the parent's host");
            }
        }
    }

    /** One canary per host and path, and Let's Encrypt's weekly limits, over the spaces seen so far. */
    void acrossSpaces(Space space, SpaceTransform.Transformed transformed, Problems.Scope scope) {
        for (EntryPoints.CanaryKey key : transformed.canaries()) {
            String first = canaries.putIfAbsent(key, space.name());
            if (first != null && !first.equals(space.name())) {
                scope.error(Spaces.CANARY_CONFLICT_RULE, "routeByHeader", key.toString(),
                        "ingress-nginx serves one canary Ingress per host and path, and space " + first
                                + " already routes " + key + " by a canary",
                        "route this space with HeaderRouting.gatewayApi(...), whose header matches any number of"
                                + " spaces can share, or route only one space by an nginx canary");
            }
        }
        boolean warnedDomain = false;
        boolean warnedName = false;
        for (String host : transformed.certificates()) {
            int domain = perDomain.merge(registeredDomain(host), 1, Integer::sum);
            int name = perName.merge(host, 1, Integer::sum);
            if (domain == CERTIFICATES_PER_DOMAIN + 1 && !warnedDomain) {
                warnedDomain = true;
                scope.warning(Spaces.LETS_ENCRYPT_LIMIT_RULE, "tls", host, "with this space the spaces ask for "
                                + domain + " certificates under " + registeredDomain(host) + "; Let's Encrypt issues "
                                + CERTIFICATES_PER_DOMAIN + " per registered domain per week",
                        "use SpaceTls.wildcard(...) for the spaces, or spread their creation over weeks");
            }
            if (name == CERTIFICATES_PER_NAME_SET + 1 && !warnedName) {
                warnedName = true;
                scope.warning(Spaces.LETS_ENCRYPT_LIMIT_RULE, "tls", host, "with this space " + name
                                + " spaces ask for a certificate for " + host + "; Let's Encrypt issues "
                                + CERTIFICATES_PER_NAME_SET + " for the same names per week",
                        "use SpaceTls.perHost() for some spaces, or spread their creation over weeks");
            }
        }
    }

    /** The last two labels: the registered domain for the usual one-label public suffixes ({@code example.com}). */
    static String registeredDomain(String host) {
        String[] labels = host.split("\\.");
        return labels.length <= 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
