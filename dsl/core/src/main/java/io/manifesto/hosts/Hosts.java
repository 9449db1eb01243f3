package io.manifesto.hosts;

import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.IpAddresses;
import io.manifesto.validate.Names;
import io.manifesto.validate.FieldReporter;

import java.net.IDN;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of host names in ingress rules, TLS sections and certificates: never a URL or an IP address, a wildcard
 * only as a single leading {@code *.}, otherwise a DNS-1123 subdomain.
 */
public final class Hosts {

    /** Rule id: a host that is a URL ({@code https://shop.example.com/}): it has a scheme or a path. */
    public static final String URL_RULE = "host.url";
    /** Rule id: a host with a port ({@code shop.example.com:8443}). */
    public static final String PORT_RULE = "host.port";
    /** Rule id: a host that is an IP address. */
    public static final String IP_RULE = "host.ip";
    /** Rule id: a {@code *} anywhere but a single leading {@code *.}. */
    public static final String WILDCARD_RULE = "host.wildcard";
    /** Rule id: a host that is not a DNS-1123 subdomain. */
    public static final String NAME_RULE = "host.name";
    /** Rule id: a DNS zone written as a wildcard ({@code *.example.com}); a zone is a domain name. */
    public static final String ZONE_WILDCARD_RULE = "host.zone-wildcard";

    /**
     * The host rules, for the catalog: every rule set that checks hosts with {@link #check} or {@link #checkZone}
     * lists them.
     */
    public static final List<RuleInfo> RULES = List.of(
            RuleInfo.error(URL_RULE, "a host is a DNS name, not a URL",
                    "Kubernetes and cert-manager compare hosts as DNS names; a scheme or a path matches no request"),
            RuleInfo.error(PORT_RULE, "a host has no port",
                    "the API server refuses a host with a port: the ingress controller decides the ports"),
            RuleInfo.error(IP_RULE, "a host is a DNS name, not an IP address",
                    "the API server refuses an IP address as an ingress host, and ACME CAs issue no certificate"
                            + " for one"),
            RuleInfo.error(WILDCARD_RULE, "a wildcard is a single leading \"*.\"",
                    "Kubernetes and ACME accept a wildcard only as the whole first label"),
            RuleInfo.error(NAME_RULE, "a host is a DNS-1123 subdomain",
                    "the API server and cert-manager refuse any other name"),
            RuleInfo.error(ZONE_WILDCARD_RULE, "a DNS zone is a domain name, not a wildcard",
                    "a zone already covers every name below it; cert-manager matches no name against \"*.\""));

    /** The example a fix offers when nothing valid can be made from the value. */
    private static final String GENERIC_HOST = "shop.example.com";

    /** A name and a port: one colon (an IPv6 address has at least two). */
    private static final Pattern WITH_PORT = Pattern.compile("([^:\\[\\]]+):[^:]*");

    /** What {@link #check} reports about a host: the rule, what is wrong and the fix. */
    private record HostProblem(String rule, String message, String fix) {
    }

    private Hosts() {
    }

    /** {@code true} when {@code host} is a wildcard host, {@code *.example.com}. */
    public static boolean isWildcard(String host) {
        return host != null && host.startsWith("*.");
    }

    /** {@code true} when {@code pattern} (a host or a wildcard host) covers {@code host}. */
    public static boolean covers(String pattern, String host) {
        if (pattern == null || host == null) {
            return false;
        }
        if (pattern.equals(host)) {
            return true;
        }
        if (isWildcard(pattern) && !isWildcard(host)) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return false;
    }

    /** {@code host} without the {@code *.} of a wildcard host: {@code example.com} for {@code *.example.com}. */
    public static String withoutWildcard(String host) {
        return isWildcard(host) ? host.substring(2) : host;
    }

    /**
     * {@code true} when {@code host} (a wildcard host without its {@code *.}) is the DNS zone {@code zone} or a name
     * below it.
     */
    public static boolean inZone(String host, String zone) {
        if (host == null || zone == null) {
            return false;
        }
        String name = withoutWildcard(host);
        return name.equals(zone) || name.endsWith("." + zone);
    }

    /**
     * Checks one host; reports at most one problem, the most specific.
     *
     * @return {@code true} when the host is valid, so that callers can skip checks that would only repeat the problem
     */
    public static boolean check(FieldReporter scope, String field, String host) {
        Optional<HostProblem> problem = firstProblem(host);
        problem.ifPresent(found -> scope.error(found.rule(), field, host, found.message(), found.fix()));
        return problem.isEmpty();
    }

    /**
     * {@code true} when {@link #check} accepts {@code host}, so that a later rule can skip a host that check already
     * reports.
     */
    public static boolean isValid(String host) {
        return firstProblem(host).isEmpty();
    }

    /** The problem {@link #check} reports for {@code host}, the most specific one, or empty for a valid host. */
    private static Optional<HostProblem> firstProblem(String host) {
        String value = host == null ? "" : host;
        if (value.contains("/")) {
            return Optional.of(new HostProblem(URL_RULE, "is a URL, not a host name",
                    "write only the host, e.g. \"" + suggest(hostOfUrl(value), value) + "\""));
        }
        Matcher withPort = WITH_PORT.matcher(value);
        if (withPort.matches() && !IpAddresses.looksLikeIpv4(withPort.group(1))) {
            return Optional.of(new HostProblem(PORT_RULE, "has a port, and a host is only the DNS name: the ingress"
                    + " controller decides the ports",
                    "write only the host, e.g. \"" + suggest(withPort.group(1), value) + "\""));
        }
        if (IpAddresses.looksLikeIpv4(value) || IpAddresses.isIpAddress(value.replaceAll("^\\[(.*)]$", "$1"))) {
            return Optional.of(new HostProblem(IP_RULE, "is an IP address, and a host must be a DNS name",
                    "use the DNS name that points at the address, e.g. \"shop.example.com\""));
        }
        String rest = withoutWildcard(value);
        if (rest.contains("*")) {
            return Optional.of(new HostProblem(WILDCARD_RULE, "has a wildcard that is not a single leading \"*.\"",
                    "use one leading wildcard label, e.g. \"*.example.com\""));
        }
        if (!Names.isDns1123Subdomain(rest)) {
            return Optional.of(new HostProblem(NAME_RULE,
                    "is not a DNS name: lower-case letters, digits, '-' and '.', at most 253 characters",
                    "use a host such as \"" + suggest(value, value) + "\""));
        }
        return Optional.empty();
    }

    /**
     * Checks a DNS zone ({@code selector.dnsZones}, {@code hostedZoneName}): a host that is not a wildcard.
     *
     * @return {@code true} when the zone is valid
     */
    public static boolean checkZone(FieldReporter scope, String field, String zone) {
        if (isWildcard(zone)) {
            scope.error(ZONE_WILDCARD_RULE, field, zone,
                    "is a wildcard, and a DNS zone is a domain name: it already covers every name below it",
                    "write the zone, e.g. \"" + suggest(withoutWildcard(zone), zone) + "\"");
            return false;
        }
        return check(scope, field, zone);
    }

    /** The host of a URL such as {@code https://user@shop.example.com:8443/path}: {@code shop.example.com}. */
    private static String hostOfUrl(String url) {
        String rest = url.contains("://") ? url.substring(url.indexOf("://") + 3) : url;
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.indexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        return host.isEmpty() ? GENERIC_HOST : host;
    }

    /**
     * A valid host made from {@code host}, keeping a leading {@code *.}: an internationalised name as its punycode
     * ({@code xn--bcher-kva.de}), otherwise {@link Names#suggestSubdomain(String)}; never what the user {@code written}
     * nor an address, for which the generic example stands.
     */
    private static String suggest(String host, String written) {
        String prefix = isWildcard(host) ? "*." : "";
        return Names.suggestSubdomain(ascii(host.substring(prefix.length())))
                .filter(name -> !IpAddresses.looksLikeIpv4(name)).map(prefix::concat)
                .filter(suggestion -> !suggestion.equals(written))
                .orElse(prefix.isEmpty() ? GENERIC_HOST : "*.example.com");
    }

    /** {@code host} in punycode when it is a valid internationalised name; {@code host} itself otherwise. */
    private static String ascii(String host) {
        if (host.chars().allMatch(c -> c < 128)) {
            return host;
        }
        try {
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }
}
