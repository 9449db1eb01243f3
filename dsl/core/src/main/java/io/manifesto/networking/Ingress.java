package io.manifesto.networking;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.tls.IssuerRef;
import io.manifesto.tls.Tls;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PortRef;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An Ingress (networking.k8s.io/v1): routes by host and path to workloads' named ports, TLS sections, and the
 * cert-manager annotation when a TLS section's certificate comes from an issuer. Immutable: every method returns a
 * new value.
 *
 * <pre>{@code
 * ingress("shop").ingressClass("nginx")
 *     .route("shop.example.com", "/", web.port("http"))
 *     .tls(Tls.issuedBy(letsEncrypt, "shop-tls", "shop.example.com"))
 * }</pre>
 */
public final class Ingress implements SingleObjectComponent {

    /** Rule id: a backend whose workload the application does not contain. */
    public static final String BACKEND_WORKLOAD_RULE = "ingress.backend-workload";
    /** Rule id: a backend whose workload renders no Service. */
    public static final String BACKEND_SERVICE_RULE = "ingress.backend-service";
    /** Rule id: TLS sections asking different issuers, or cert-manager next to an existing secret. */
    public static final String TLS_ISSUER_RULE = "ingress.tls-issuer";
    /**
     * Rule id: a hand-written cert-manager issuer annotation ({@code cert-manager.io/issuer} or
     * {@code cert-manager.io/cluster-issuer}) that asks another issuer than the TLS sections, or that stands without a
     * {@link Tls#issuedBy(IssuerRef, String, String...)} section, as does {@code kubernetes.io/tls-acme: "true"} (which
     * asks cert-manager's default issuer); and any {@code cert-manager.io/issuer-kind} or
     * {@code cert-manager.io/issuer-group}, which change the issuer asked: {@code tlsIssuedBy(...)} writes the
     * annotation, and only its sections are checked as cert-manager sees them.
     */
    public static final String ISSUER_ANNOTATION_RULE = "ingress.issuer-annotation";
    /** Rule id: a TLS section from a Certificate that the application does not contain. */
    public static final String TLS_CERTIFICATE_RULE = "ingress.tls-certificate";


    private final String name;
    private final String ingressClass;
    private final List<IngressPath> paths;
    private final PortRef defaultBackend;
    private final Map<String, String> annotations;
    private final List<Tls> tls;
    private final Nulls missing;

    private Ingress(String name, String ingressClass, List<IngressPath> paths, PortRef defaultBackend,
                    Map<String, String> annotations, List<Tls> tls, Nulls missing) {
        this.name = Objects.requireNonNullElse(name, "");
        this.ingressClass = ingressClass;
        this.paths = List.copyOf(paths);
        this.defaultBackend = defaultBackend;
        this.annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
        this.tls = List.copyOf(tls);
        this.missing = missing;
    }

    /** An Ingress named {@code name} ({@code metadata.name}), without routes. */
    public static Ingress named(String name) {
        return new Ingress(name, null, List.of(), null, Map.of(), List.of(),
                Nulls.ofName(name, "ingress(...)"));
    }

    /**
     * {@code spec.ingressClassName}: the controller that serves it, e.g. {@code nginx}, or
     * {@code webapprouting.kubernetes.azure.com} for AKS app routing.
     */
    public Ingress ingressClass(String className) {
        return new Ingress(name, className == null ? ingressClass : className, paths, defaultBackend, annotations, tls,
                missing.remember(className, "spec.ingressClassName", "ingressClass(...)"));
    }

    /** Routes {@code host} requests under {@code path} ({@code pathType: Prefix}) to {@code backend}. */
    public Ingress route(String host, String path, PortRef backend) {
        return route(host, path, PathType.PREFIX, backend);
    }

    /**
     * Routes {@code host} requests matching {@code path} by {@code type} to {@code backend}: an entry of
     * {@code spec.rules[host].http.paths[]}. Routes of one host share one rule, in the order added. A {@code null}
     * host is reported, never taken for "every host": that is {@link #routeAnyHost(String, PathType, PortRef)}.
     */
    public Ingress route(String host, String path, PathType type, PortRef backend) {
        if (host == null) {
            return new Ingress(name, ingressClass, paths, defaultBackend, annotations, tls,
                    missing.with(new MissingValue("spec.rules", "route(...)")));
        }
        return withPath(new IngressPath(host, path, type, backend));
    }

    /** Routes requests for any host under {@code path} ({@code pathType: Prefix}) to {@code backend}. */
    public Ingress routeAnyHost(String path, PortRef backend) {
        return routeAnyHost(path, PathType.PREFIX, backend);
    }

    /**
     * Routes requests for any host matching {@code path} by {@code type} to {@code backend}: an entry of
     * {@code spec.rules[].http.paths[]} in a rule without {@code host}, e.g. for a cluster reached by its IP address.
     */
    public Ingress routeAnyHost(String path, PathType type, PortRef backend) {
        return withPath(new IngressPath(null, path, type, backend));
    }

    private Ingress withPath(IngressPath path) {
        List<IngressPath> copy = new ArrayList<>(paths);
        copy.add(path);
        return new Ingress(name, ingressClass, copy, defaultBackend, annotations, tls, missing);
    }

    /** {@code spec.defaultBackend}: where requests that match no rule go. */
    public Ingress defaultBackend(PortRef backend) {
        return new Ingress(name, ingressClass, paths, backend == null ? defaultBackend : backend, annotations, tls,
                missing.remember(backend, "spec.defaultBackend", "defaultBackend(...)"));
    }

    /** An annotation for the controller ({@code metadata.annotations}). */
    public Ingress annotation(String key, String value) {
        if (key == null || value == null) {
            return new Ingress(name, ingressClass, paths, defaultBackend, annotations, tls,
                    missing.with(new MissingValue("metadata.annotations", "annotation(...)")));
        }
        return new Ingress(name, ingressClass, paths, defaultBackend, Nulls.put(annotations, key, value), tls,
                missing);
    }

    /** A TLS section: {@code spec.tls[]}, plus the cert-manager annotation when cert-manager issues it. */
    public Ingress tls(Tls section) {
        return new Ingress(name, ingressClass, paths, defaultBackend, annotations, Nulls.append(tls, section),
                missing.remember(section, "spec.tls", "tls(...)"));
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** {@code spec.ingressClassName}, if set. */
    public Optional<String> ingressClass() {
        return Optional.ofNullable(ingressClass);
    }

    /** The routes, in the order added. */
    public List<IngressPath> paths() {
        return paths;
    }

    /** The TLS sections. */
    public List<Tls> tls() {
        return tls;
    }

    /** {@code Ingress/<name>}. */
    public ResourceId id() {
        return new ResourceId("Ingress", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Labels.checkComponentName(scope, name);
        missing.report(scope);
        annotations.forEach((key, value) -> Names.checkLabelKey(scope, "metadata.annotations", key));
        Annotations.checkSize(scope, "metadata.annotations", renderedAnnotations());
        int ruleIndex = 0;
        for (Map.Entry<String, List<IngressPath>> rule : rules().entrySet()) {
            Problems.Scope ruleScope = scope.field("spec.rules[" + ruleIndex++ + "]");
            for (int i = 0; i < rule.getValue().size(); i++) {
                checkPath(model, ruleScope.field("http.paths[" + i + "]"), rule.getValue().get(i));
            }
        }
        if (defaultBackend != null) {
            checkBackend(model, scope, "spec.defaultBackend.service", defaultBackend);
        }
        new IngressTlsChecks(this, annotations).check(model, scope);
        // the rest is checked on the rendered objects (io.manifesto.networking.rules.IngressRules)
    }

    private void checkPath(Model model, Problems.Scope scope, IngressPath path) {
        // route(...) with a null host is reported when called; only routeAnyHost(...) makes a path without host.
        String method = path.host() == null ? "routeAnyHost(...)" : "route(...)";
        if (path.type() == null) {
            new MissingValue("pathType", method).report(scope);
        }
        if (path.path() == null) {
            new MissingValue("path", method).report(scope);
        }
        if (path.backend() == null) {
            new MissingValue("backend.service", method).report(scope);
        } else {
            checkBackend(model, scope, "backend.service", path.backend());
        }
    }

    private static void checkBackend(Model model, Problems.Scope scope, String field, PortRef backend) {
        if (model.component(new ResourceId("Service", backend.service()), io.manifesto.workload.Service.class)
                .isPresent()) {
            return; // a Service value: its workload, and the port and its protocol, are checked on their own
        }
        Optional<Workload<?>> found = model.component(backend.workload(), Workload.class).map(w -> (Workload<?>) w);
        if (found.isEmpty()) {
            scope.error(BACKEND_WORKLOAD_RULE, field + ".name", backend.service(),
                    "the backend is " + backend.workload() + ", which the application does not contain",
                    "add " + backend.workload() + " to the application");
            return;
        }
        Workload<?> workload = found.get();
        if (!backend.service().equals(workload.name())) {
            scope.error(BACKEND_SERVICE_RULE, field + ".name", backend.service(),
                    "the backend is Service/" + backend.service() + " over " + backend.workload()
                            + ", which the application does not contain",
                    "add Service/" + backend.service() + " to the application");
            return;
        }
        if (!workload.rendersService()) {
            scope.error(BACKEND_SERVICE_RULE, field + ".name", backend.service(),
                    "the backend is " + backend.workload() + ", which renders no Service",
                    "give " + backend.workload() + " a container port and keep its Service");
            return;
        }
        // the port and its protocol are checked on the rendered Ingress and Service (IngressRules)
    }

    /** The routes grouped by host, in the order each host first appears. */
    private Map<String, List<IngressPath>> rules() {
        Map<String, List<IngressPath>> rules = new LinkedHashMap<>();
        paths.forEach(p -> rules.computeIfAbsent(p.host(), h -> new ArrayList<>()).add(p));
        return rules;
    }

    /** The annotations as rendered: the user's, plus the cert-manager issuer annotation of the TLS sections. */
    private Map<String, String> renderedAnnotations() {
        Map<String, String> rendered = new TreeMap<>(annotations);
        tls.stream().map(Tls::issuerRef).flatMap(Optional::stream).findFirst()
                .ifPresent(ref -> rendered.put(ref.kind().annotation(), ref.name()));
        return rendered;
    }

    /**
     * Renders the Ingress. A TLS section given a {@code null} cannot be rendered as the user meant it, and is reported
     * as {@code input.null} already: rendering refuses it, so the rules over the objects do not report its gaps again.
     */
    @Override
    public List<HasMetadata> render(Model model) {
        if (tls.stream().anyMatch(section -> !section.missingValues().isEmpty())) {
            throw new IllegalStateException(id() + " has a TLS section given a null, reported as input.null");
        }
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName(name);
        metadata.setLabels(model.objectLabels(name, Optional.empty()));
        metadata.setAnnotations(renderedAnnotations());
        IngressSpec spec = new IngressSpec();
        spec.setIngressClassName(ingressClass);
        spec.setDefaultBackend(defaultBackend == null ? null : backend(defaultBackend));
        spec.setRules(rules().entrySet().stream().map(rule -> {
            IngressRule rendered = new IngressRule();
            rendered.setHost(rule.getKey());
            rendered.setHttp(new HTTPIngressRuleValue(rule.getValue().stream().map(path -> {
                HTTPIngressPath httpPath = new HTTPIngressPath();
                httpPath.setPath(path.path());
                httpPath.setPathType(path.type() == null ? null : path.type().value());
                httpPath.setBackend(backend(path.backend()));
                return httpPath;
            }).toList()));
            return rendered;
        }).toList());
        spec.setTls(tls.stream().map(section -> {
            IngressTLS rendered = new IngressTLS();
            rendered.setHosts(section.hosts());
            rendered.setSecretName(section.secretName());
            return rendered;
        }).toList());
        io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress =
                new io.fabric8.kubernetes.api.model.networking.v1.Ingress();
        ingress.setMetadata(metadata);
        ingress.setSpec(spec);
        return List.of(ingress);
    }

    private static IngressBackend backend(PortRef ref) {
        if (ref == null) {
            return null; // reported as input.null
        }
        ServiceBackendPort port = new ServiceBackendPort();
        port.setName(ref.portName());
        IngressServiceBackend service = new IngressServiceBackend();
        service.setName(ref.service());
        service.setPort(port);
        IngressBackend backend = new IngressBackend();
        backend.setService(service);
        return backend;
    }
}
