package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.manifesto.tls.Issuer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A space's entry points, from one of the parent's Ingresses: the same Ingress on the prefixed hosts
 * {@code <space>.s.<host>} with TLS for them, and optionally header routing on the parent's own hosts.
 */
final class EntryPoints {

    static final String CLUSTER_ISSUER = "cert-manager.io/cluster-issuer";
    static final String ISSUER = "cert-manager.io/issuer";
    static final String CANARY = "nginx.ingress.kubernetes.io/canary";
    static final String CANARY_BY_HEADER = "nginx.ingress.kubernetes.io/canary-by-header";
    static final String CANARY_BY_HEADER_VALUE = "nginx.ingress.kubernetes.io/canary-by-header-value";

    /** One path of one host that a canary Ingress takes over: ingress-nginx serves one canary per key. */
    record CanaryKey(String host, String path) {
        @Override
        public String toString() {
            return host + path;
        }
    }

    /**
     * What one parent Ingress becomes in the space.
     *
     * @param objects   the prefixed Ingress, then the routing object if any
     * @param hosts     the hosts the prefixed Ingress asks certificates for
     * @param canaries  the host and paths a canary Ingress takes over
     * @param entries   the names of the space's own Services it routes to
     */
    record Result(List<HasMetadata> objects, List<String> hosts, List<CanaryKey> canaries, Set<String> entries) {
    }

    private EntryPoints() {
    }

    /** The prefix a space puts before each host: {@code <space>.s.}. */
    static String prefixed(String space, String host) {
        return host.startsWith("*.") ? "*.s." + host.substring(2) : space + ".s." + host;
    }

    static Result of(Ingress parent, Space space, Map<String, Service> own) {
        Ingress prefixed = new IngressBuilder(parent).build();
        Set<String> entries = new LinkedHashSet<>();
        List<IngressRule> rules = new ArrayList<>();
        for (IngressRule rule : parent.getSpec().getRules()) {
            if (rule.getHost() == null) {
                continue; // a catch-all rule is the parent's: two of them would fight over every host
            }
            IngressRule copy = new io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder(rule)
                    .withHost(prefixed(space.name(), rule.getHost())).build();
            rules.add(copy);
            paths(rule).stream().map(p -> serviceOf(p.getBackend())).flatMap(Optional::stream)
                    .filter(own::containsKey).forEach(entries::add);
        }
        prefixed.getSpec().setRules(rules);
        List<String> hosts = tls(prefixed, space);
        List<HasMetadata> objects = new ArrayList<>(List.of(prefixed));
        List<CanaryKey> canaries = new ArrayList<>();
        space.routing().ifPresent(routing -> {
            if (routing instanceof HeaderRouting.GatewayApi gateway) {
                route(parent, space, own, gateway).ifPresent(objects::add);
            } else {
                canary(parent, space, own, canaries).ifPresent(objects::add);
            }
        });
        return new Result(objects, hosts, canaries, entries);
    }

    /** Rewrites the TLS sections for the prefixed hosts; returns the names certificates are asked for. */
    private static List<String> tls(Ingress ingress, Space space) {
        Map<String, String> annotations = new TreeMap<>(ingress.getMetadata().getAnnotations() == null ? Map.of()
                : ingress.getMetadata().getAnnotations());
        Optional<Issuer> wildcard = space.tls().wildcardIssuer();
        Set<String> names = new LinkedHashSet<>();
        List<IngressTLS> sections = new ArrayList<>();
        for (IngressTLS section : ingress.getSpec().getTls()) {
            List<String> hosts = section.getHosts().stream().map(h -> wildcard.isPresent()
                    ? "*.s." + (h.startsWith("*.") ? h.substring(2) : h) : prefixed(space.name(), h))
                    .distinct().toList();
            names.addAll(hosts);
            sections.add(new IngressTLSBuilder(section).withHosts(hosts).build());
        }
        ingress.getSpec().setTls(sections);
        if (wildcard.isPresent() && !sections.isEmpty()) {
            annotations.remove(ISSUER);
            annotations.put(CLUSTER_ISSUER, wildcard.get().name());
        }
        ingress.getMetadata().setAnnotations(annotations);
        boolean issued = annotations.containsKey(ISSUER) || annotations.containsKey(CLUSTER_ISSUER);
        return issued ? List.copyOf(names) : List.of();
    }

    /** An HTTPRoute on the parent's hosts whose rules match the space's header. */
    private static Optional<HasMetadata> route(Ingress parent, Space space, Map<String, Service> own,
                                               HeaderRouting.GatewayApi gateway) {
        Set<String> hostnames = new LinkedHashSet<>();
        List<HTTPRouteRule> rules = new ArrayList<>();
        for (IngressRule rule : parent.getSpec().getRules()) {
            for (HTTPIngressPath path : paths(rule)) {
                Optional<Service> service = serviceOf(path.getBackend()).map(own::get);
                Optional<Integer> port = service.flatMap(s -> portOf(s, path.getBackend()));
                if (rule.getHost() == null || port.isEmpty()) {
                    continue;
                }
                hostnames.add(rule.getHost());
                rules.add(new HTTPRouteRuleBuilder()
                        .addNewMatch()
                        .withNewPath().withType("Exact".equals(path.getPathType()) ? "Exact" : "PathPrefix")
                        .withValue(path.getPath() == null ? "/" : path.getPath()).endPath()
                        .addNewHeader().withType("Exact").withName(HeaderRouting.HEADER).withValue(space.name())
                        .endHeader()
                        .endMatch()
                        .withBackendRefs(new HTTPBackendRefBuilder().withName(service.get().getMetadata().getName())
                                .withPort(port.get()).build())
                        .build());
            }
        }
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HTTPRouteBuilder()
                .withMetadata(new ObjectMetaBuilder().withName(parent.getMetadata().getName())
                        .withLabels(parent.getMetadata().getLabels()).build())
                .withNewSpec()
                .addNewParentRef().withName(gateway.gateway()).withNamespace(gateway.gatewayNamespace())
                .endParentRef()
                .withHostnames(List.copyOf(hostnames))
                .withRules(rules)
                .endSpec()
                .build());
    }

    /** An ingress-nginx canary Ingress on the parent's hosts and the paths to the space's own Services. */
    private static Optional<HasMetadata> canary(Ingress parent, Space space, Map<String, Service> own,
                                                List<CanaryKey> canaries) {
        List<IngressRule> rules = new ArrayList<>();
        for (IngressRule rule : parent.getSpec().getRules()) {
            List<HTTPIngressPath> paths = paths(rule).stream()
                    .filter(p -> serviceOf(p.getBackend()).filter(own::containsKey).isPresent()).toList();
            if (rule.getHost() == null || paths.isEmpty()) {
                continue;
            }
            paths.forEach(p -> canaries.add(new CanaryKey(rule.getHost(), p.getPath() == null ? "/" : p.getPath())));
            rules.add(new io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder(rule)
                    .editHttp().withPaths(paths).endHttp().build());
        }
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> annotations = new TreeMap<>(Map.of(CANARY, "true",
                CANARY_BY_HEADER, HeaderRouting.HEADER, CANARY_BY_HEADER_VALUE, space.name()));
        return Optional.of(new IngressBuilder()
                .withMetadata(new ObjectMetaBuilder().withName(parent.getMetadata().getName() + "-canary")
                        .withLabels(parent.getMetadata().getLabels()).withAnnotations(annotations).build())
                .withNewSpec()
                .withIngressClassName(parent.getSpec().getIngressClassName())
                .withRules(rules)
                .endSpec()
                .build());
    }

    static List<HTTPIngressPath> paths(IngressRule rule) {
        return rule.getHttp() == null ? List.of() : rule.getHttp().getPaths();
    }

    static Optional<String> serviceOf(IngressBackend backend) {
        return Optional.ofNullable(backend).map(IngressBackend::getService).map(s -> s.getName());
    }

    private static Optional<Integer> portOf(Service service, IngressBackend backend) {
        var port = backend.getService().getPort();
        if (port == null || service.getSpec() == null) {
            return Optional.empty();
        }
        return service.getSpec().getPorts().stream()
                .filter(p -> port.getName() != null ? port.getName().equals(p.getName())
                        : port.getNumber() != null && port.getNumber().equals(p.getPort()))
                .map(ServicePort::getPort).findFirst();
    }
}
