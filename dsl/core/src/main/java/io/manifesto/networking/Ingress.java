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
import io.manifesto.tls.Certificate;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.IssuerKind;
import io.manifesto.tls.IssuerRef;
import io.manifesto.tls.IssuerReferences;
import io.manifesto.tls.Solver;
import io.manifesto.tls.Tls;
import io.manifesto.validate.Annotations;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.ContainerPort;
import io.manifesto.workload.PortRef;
import io.manifesto.workload.Protocol;
import io.manifesto.workload.ServicePort;
import io.manifesto.workload.Workload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Rule id: a path the API server refuses: one that is set but does not start with {@code /} (any type), an empty
     * Exact or Prefix path, or an Exact or Prefix path that is not normalised ({@code //}, {@code /./},
     * {@code /../}, {@code %2F}, a trailing {@code /.} or {@code /..}).
     */
    public static final String PATH_RULE = "ingress.path";
    /** Rule id: an ingress without routes and without a default backend. */
    public static final String NO_BACKEND_RULE = "ingress.no-backend";
    /** Rule id: a backend whose workload the application does not contain. */
    public static final String BACKEND_WORKLOAD_RULE = "ingress.backend-workload";
    /** Rule id: a backend whose workload renders no Service. */
    public static final String BACKEND_SERVICE_RULE = "ingress.backend-service";
    /** Rule id: a backend port that the workload's Service does not expose. */
    public static final String BACKEND_PORT_RULE = "ingress.backend-port";
    /** Rule id: a backend port that is not TCP: an ingress proxies HTTP, and finds no endpoint for it. */
    public static final String BACKEND_PROTOCOL_RULE = "ingress.backend-protocol";
    /** Rule id: a TLS section without hosts. */
    public static final String TLS_HOSTS_RULE = "ingress.tls-hosts";
    /** Rule id: a TLS host that no rule of the ingress serves. */
    public static final String TLS_HOST_ROUTED_RULE = "ingress.tls-host-not-routed";
    /** Rule id: two ingresses of one namespace with the same TLS secret, issued through the annotation. */
    public static final String TLS_SECRET_SHARED_RULE = "ingress.tls-secret-shared";
    /** Rule id: TLS sections asking different issuers, or cert-manager next to an existing secret. */
    public static final String TLS_ISSUER_RULE = "ingress.tls-issuer";
    /** Rule id: the deprecated annotation {@code kubernetes.io/ingress.class} next to {@code spec.ingressClassName}. */
    public static final String CLASS_ANNOTATION_RULE = "ingress.class-annotation";
    /**
     * Rule id: a hand-written cert-manager issuer annotation ({@code cert-manager.io/issuer} or
     * {@code cert-manager.io/cluster-issuer}) that asks another issuer than the TLS sections, or that stands without a
     * {@link Tls#issuedBy(IssuerRef, String, String...)} section, as does {@code kubernetes.io/tls-acme: "true"} (which
     * asks cert-manager's default issuer); and any {@code cert-manager.io/issuer-kind} or
     * {@code cert-manager.io/issuer-group}, which change the issuer asked: {@code tlsIssuedBy(...)} writes the
     * annotation, and only its sections are checked as cert-manager sees them.
     */
    public static final String ISSUER_ANNOTATION_RULE = "ingress.issuer-annotation";
    /** Rule id: two TLS sections of an ingress that cert-manager issues with one secretName. */
    public static final String TLS_SECRET_DUPLICATE_RULE = "ingress.tls-secret-duplicate";
    /**
     * Rule id: an annotation-issued TLS section whose secret an explicit Certificate of the application writes, or
     * whose secretName is the name of such a Certificate (cert-manager names its own Certificate after the secret).
     */
    public static final String TLS_SECRET_CERTIFICATE_RULE = "ingress.tls-secret-certificate";
    /** Rule id: a TLS section from a Certificate that the application does not contain. */
    public static final String TLS_CERTIFICATE_RULE = "ingress.tls-certificate";
    /** Rule id (warning): the issuer's HTTP01 solver uses another ingress class than the ingress. */
    public static final String HTTP01_CLASS_RULE = "ingress.http01-class-mismatch";
    /**
     * Rule id (warning): an ingress without {@code spec.ingressClassName} (nor the deprecated class annotation), which
     * only a default IngressClass of the cluster serves. Suppress it for a cluster that has one.
     */
    public static final String NO_CLASS_RULE = "ingress.no-class";

    /** What the API server refuses inside an Exact or Prefix path, and at its end. */
    private static final List<String> INVALID_PATH_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_PATH_SUFFIXES = List.of("/..", "/.");

    /** The annotation that named the ingress class before {@code spec.ingressClassName}. */
    private static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    /** The annotation that asks cert-manager's default issuer (its default {@code --auto-certificate-annotations}). */
    private static final String TLS_ACME_ANNOTATION = "kubernetes.io/tls-acme";
    /** The values Go's {@code strconv.ParseBool} reads as true, which is how cert-manager reads the annotation. */
    private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "true", "True", "TRUE");

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
        return new Ingress(name, null, List.of(), null, Map.of(), List.of(), Nulls.NONE);
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
        Names.checkDns1123Subdomain(scope, "metadata.name", name);
        Labels.checkNameLabel(scope, name);
        missing.report(scope);
        annotations.forEach((key, value) -> Names.checkLabelKey(scope, "metadata.annotations", key));
        Annotations.checkSize(scope, "metadata.annotations", renderedAnnotations());
        if (ingressClass != null) {
            Names.checkDns1123Subdomain(scope, "spec.ingressClassName", ingressClass);
        }
        checkClassAnnotation(scope);
        warnWithoutClass(scope);
        if (paths.isEmpty() && defaultBackend == null) {
            scope.error(NO_BACKEND_RULE, "spec.rules", null, "an ingress needs at least one route or a default backend",
                    "add .route(\"shop.example.com\", \"/\", web.port(\"http\"))");
        }
        List<String> hosts = new ArrayList<>(rules().keySet());
        int ruleIndex = 0;
        for (Map.Entry<String, List<IngressPath>> rule : rules().entrySet()) {
            Problems.Scope ruleScope = scope.field("spec.rules[" + ruleIndex++ + "]");
            if (rule.getKey() != null) {
                Hosts.check(ruleScope, "host", rule.getKey());
            }
            for (int i = 0; i < rule.getValue().size(); i++) {
                checkPath(model, ruleScope.field("http.paths[" + i + "]"), rule.getValue().get(i));
            }
        }
        if (defaultBackend != null) {
            checkBackend(model, scope, "spec.defaultBackend.service", defaultBackend);
        }
        Map<Issuer, List<String>> hostsByIssuer = new LinkedHashMap<>();
        for (int i = 0; i < tls.size(); i++) {
            List<String> sectionHosts = tls.get(i).hosts();
            checkTls(model, scope, i, hosts).ifPresent(issuer ->
                    hostsByIssuer.computeIfAbsent(issuer, key -> new ArrayList<>()).addAll(sectionHosts));
        }
        checkIssuers(scope);
        if (ingressClass != null) {
            hostsByIssuer.forEach((issuer, issuedHosts) -> warnHttp01Class(scope, issuer, issuedHosts));
        }
        checkSharedSecrets(model, scope);
    }

    private void checkClassAnnotation(Problems.Scope scope) {
        if (ingressClass != null && annotations.containsKey(CLASS_ANNOTATION)) {
            scope.error(CLASS_ANNOTATION_RULE, "metadata.annotations[" + CLASS_ANNOTATION + "]",
                    annotations.get(CLASS_ANNOTATION),
                    "is the deprecated ingress class annotation, and the API server refuses an ingress that sets it"
                            + " together with spec.ingressClassName (\"" + ingressClass + "\")",
                    "remove .annotation(\"" + CLASS_ANNOTATION + "\", ...) and keep .ingressClass(\"" + ingressClass
                            + "\")");
        }
    }

    /**
     * Warns when no class names the controller: only a default IngressClass serves such an ingress, and AKS app
     * routing and the ingress-nginx chart do not make theirs the default.
     */
    private void warnWithoutClass(Problems.Scope scope) {
        if (ingressClass == null && !annotations.containsKey(CLASS_ANNOTATION)) {
            scope.warning(NO_CLASS_RULE, "spec.ingressClassName", null,
                    "an ingress without a class is served only by the cluster's default IngressClass (annotated"
                            + " ingressclass.kubernetes.io/is-default-class: \"true\"), and without one no controller"
                            + " serves it",
                    "name the controller's class, e.g. .ingressClass(\"nginx\") or"
                            + " .ingressClass(\"webapprouting.kubernetes.azure.com\") for AKS app routing, or, when the"
                            + " cluster has a default IngressClass, .suppress(\"" + NO_CLASS_RULE + "\", reason) on the"
                            + " application");
        }
    }

    private void checkPath(Model model, Problems.Scope scope, IngressPath path) {
        // route(...) with a null host is reported when called; only routeAnyHost(...) makes a path without host.
        String method = path.host() == null ? "routeAnyHost(...)" : "route(...)";
        if (path.type() == null) {
            new MissingValue("pathType", method).report(scope);
        }
        if (path.path() == null) {
            new MissingValue("path", method).report(scope);
        } else if (path.type() != null) {
            checkPathValue(scope, path.type(), path.path());
        }
        if (path.backend() == null) {
            new MissingValue("backend.service", method).report(scope);
        } else {
            checkBackend(model, scope, "backend.service", path.backend());
        }
    }

    private static void checkPathValue(Problems.Scope scope, PathType type, String path) {
        if ((type.checksElements() || !path.isEmpty()) && !path.startsWith("/")) {
            scope.error(PATH_RULE, "path", path,
                    "a path of type " + type.value() + " must start with '/'"
                            + (type.checksElements() ? "" : " when it is set"),
                    "write \"/" + path + "\"");
        } else if (type.checksElements()) {
            checkPathElements(scope, type, path);
        }
    }

    /** The API server matches Prefix and Exact paths element by element, so it accepts only normalised ones. */
    private static void checkPathElements(Problems.Scope scope, PathType type, String path) {
        List<String> faults = new ArrayList<>();
        List<String> sequences = INVALID_PATH_SEQUENCES.stream().filter(path::contains).map(s -> "\"" + s + "\"")
                .toList();
        if (!sequences.isEmpty()) {
            faults.add("contain " + String.join(" or ", sequences));
        }
        INVALID_PATH_SUFFIXES.stream().filter(path::endsWith).findFirst()
                .ifPresent(suffix -> faults.add("end with \"" + suffix + "\""));
        if (!faults.isEmpty()) {
            scope.error(PATH_RULE, "path", path,
                    "a path of type " + type.value() + " must not " + String.join(" nor ", faults)
                            + ": the API server refuses \"//\", \"/./\", \"/../\", \"%2F\" and a trailing \"/.\" or"
                            + " \"/..\" in such a path",
                    "write \"" + normalised(path) + "\"");
        }
    }

    /** {@code path} with its {@code .} and {@code ..} elements resolved and empty elements and encoded slashes gone. */
    private static String normalised(String path) {
        String decoded = path.replaceAll("%2[fF]", "/");
        Deque<String> elements = new ArrayDeque<>();
        for (String element : decoded.split("/")) {
            if (element.equals("..")) {
                elements.pollLast();
            } else if (!element.isEmpty() && !element.equals(".")) {
                elements.addLast(element);
            }
        }
        boolean trailingSlash = decoded.endsWith("/") && !elements.isEmpty();
        return "/" + String.join("/", elements) + (trailingSlash ? "/" : "");
    }

    private static void checkBackend(Model model, Problems.Scope scope, String field, PortRef backend) {
        Optional<Workload<?>> found = model.component(backend.workload(), Workload.class).map(w -> (Workload<?>) w);
        if (found.isEmpty()) {
            scope.error(BACKEND_WORKLOAD_RULE, field + ".name", backend.service(),
                    "the backend is " + backend.workload() + ", which the application does not contain",
                    "add " + backend.workload() + " to the application");
            return;
        }
        Workload<?> workload = found.get();
        if (!workload.rendersService()) {
            scope.error(BACKEND_SERVICE_RULE, field + ".name", backend.service(),
                    "the backend is " + backend.workload() + ", which renders no Service",
                    "give " + backend.workload() + " a container port and keep its Service");
            return;
        }
        String port = backend.portName();
        List<String> declared = workload.containers().stream().flatMap(c -> c.ports().stream())
                .map(ContainerPort::name).toList();
        List<ServicePort> exposed = workload.exposure().ports();
        // Without explicit ports the Service exposes every container port, under the port's name.
        List<String> servicePorts = exposed.isEmpty() ? declared
                : exposed.stream().map(ServicePort::portName).toList();
        boolean hiddenByService = !servicePorts.contains(port) && !exposed.isEmpty();
        if (!declared.contains(port) || hiddenByService) {
            scope.error(BACKEND_PORT_RULE, field + ".port.name", port,
                    "Service/" + backend.service() + " of " + backend.workload() + " has no port named \"" + port
                            + "\"; it has " + servicePorts,
                    "use a named port of " + backend.workload() + "'s containers"
                            + (hiddenByService ? " that its Service exposes" : ""));
            return;
        }
        // ingress controllers take only the TCP endpoints of a backend (ingress-nginx asks for ProtocolTCP)
        workload.containerPort(port).filter(p -> p.protocol() != Protocol.TCP).ifPresent(p ->
                scope.error(BACKEND_PROTOCOL_RULE, field + ".port.name", port,
                        "Service/" + backend.service() + " of " + backend.workload() + " carries the port \""
                                + port + "\" over " + p.protocol() + ", and an ingress proxies HTTP over TCP,"
                                + " so the controller finds no endpoint for this backend and answers 503",
                        "route to a TCP port of " + backend.workload() + ", and reach the " + p.protocol()
                                + " port through its Service"));
    }

    /** Checks one TLS section, and returns the application's issuer that the section asks, if any. */
    private Optional<Issuer> checkTls(Model model, Problems.Scope ingressScope, int index, List<String> hosts) {
        Tls section = tls.get(index);
        Problems.Scope scope = ingressScope.field("spec.tls[" + index + "]");
        section.missingValues().forEach(missing -> missing.report(scope));
        if (section.secretName().isEmpty() && section.hosts().isEmpty() && !section.missingValues().isEmpty()) {
            return Optional.empty();
        }
        Names.checkDns1123Subdomain(scope, "secretName", section.secretName());
        // null hosts are reported as input.null already
        if (section.hosts().isEmpty() && section.missingValues().stream().noneMatch(m -> m.field().equals("hosts"))) {
            scope.error(TLS_HOSTS_RULE, "hosts", null,
                    "a TLS section must list its hosts: they select the certificate, and cert-manager takes the"
                            + " certificate's names from them",
                    "list the hosts the secret's certificate covers, e.g. Tls.fromSecret(\"shop-tls\","
                            + " \"shop.example.com\")");
        }
        for (int i = 0; i < section.hosts().size(); i++) {
            String host = section.hosts().get(i);
            if (Hosts.check(scope, "hosts[" + i + "]", host) && !servesEveryHost() && hosts.stream()
                    .noneMatch(ruleHost -> Hosts.covers(host, ruleHost) || Hosts.covers(ruleHost, host))) {
                scope.error(TLS_HOST_ROUTED_RULE, "hosts[" + i + "]", host,
                        "no rule of this ingress serves the TLS host",
                        "add a route for \"" + host + "\", or remove it from the TLS section");
            }
        }
        section.certificateId().ifPresent(id -> checkCertificate(model, scope, section, id));
        section.issuerRef().ifPresent(ref -> checkCertificateSecret(model, scope, section));
        return section.issuerRef().flatMap(ref -> IssuerReferences.check(model, ingressScope, ref,
                section.issuerOfApplication(), "metadata.annotations[" + ref.kind().annotation() + "]",
                model.namespace(), section.hosts(), "spec.tls[" + index + "].hosts"));
    }

    /** A TLS section from {@link Tls#fromCertificate(Certificate)} needs that Certificate to write its secret. */
    private static void checkCertificate(Model model, Problems.Scope scope, Tls section, ResourceId id) {
        Optional<Certificate> certificate = model.component(id, Certificate.class);
        if (certificate.isEmpty()) {
            scope.error(TLS_CERTIFICATE_RULE, "secretName", section.secretName(),
                    "the secret comes from " + id + ", which the application does not contain, so nothing creates"
                            + " the secret",
                    "add " + id + " to the application");
        } else if (!certificate.get().secretName().equals(section.secretName())) {
            scope.error(TLS_CERTIFICATE_RULE, "secretName", section.secretName(),
                    "the secret comes from " + id + ", but the application's " + id + " writes the secret \""
                            + certificate.get().secretName() + "\", so nothing creates this one",
                    "pass the certificate the application contains to Tls.fromCertificate(...)");
        }
    }

    /**
     * cert-manager's ingress-shim creates a Certificate named after the secret of an annotation-issued TLS section; an
     * explicit Certificate writing the same secret would fight it, and one of that name is not the shim's to update.
     */
    private static void checkCertificateSecret(Model model, Problems.Scope scope, Tls section) {
        for (Certificate certificate : model.components(Certificate.class)) {
            if (certificate.secretName().equals(section.secretName())) {
                scope.error(TLS_SECRET_CERTIFICATE_RULE, "secretName", section.secretName(),
                        certificate.id() + " writes the same secret in this namespace, and cert-manager creates a"
                                + " second Certificate for this TLS section through the ingress annotation, so the two"
                                + " certificates overwrite each other",
                        "take the secret from " + certificate.id() + " with Tls.fromCertificate(...) instead of"
                                + " tlsIssuedBy(...)");
            } else if (certificate.name().equals(section.secretName())) {
                scope.error(TLS_SECRET_CERTIFICATE_RULE, "secretName", section.secretName(),
                        "cert-manager names the Certificate it creates for this TLS section after the secret, but "
                                + certificate.id() + " of the application has that name and writes \""
                                + certificate.secretName() + "\", and cert-manager refuses to update a Certificate it"
                                + " does not own, so nothing writes \"" + section.secretName() + "\"",
                        "rename " + certificate.id() + ", or give this TLS section another secretName");
            }
        }
    }

    /** {@code true} when a rule without host, or a default backend as the only backend, serves any host. */
    private boolean servesEveryHost() {
        return paths.stream().anyMatch(path -> path.host() == null || path.host().isEmpty())
                || (paths.isEmpty() && defaultBackend != null);
    }

    /**
     * Warns once per solver class when the HTTP01 solver of {@code issuer} that cert-manager picks for a
     * (non-wildcard) host of {@code hosts} answers through another ingress class than this ingress's.
     */
    private void warnHttp01Class(Problems.Scope scope, Issuer issuer, List<String> hosts) {
        issuer.acme().stream().flatMap(acme -> hosts.stream().filter(host -> !Hosts.isWildcard(host))
                        .map(acme::solverFor).flatMap(Optional::stream))
                .map(Solver::http01IngressClass).flatMap(Optional::stream)
                .filter(solverClass -> !solverClass.equals(ingressClass)).distinct()
                .forEach(solverClass -> scope.warning(HTTP01_CLASS_RULE, "spec.ingressClassName", ingressClass,
                        issuer.ref() + " answers HTTP01 challenges through ingress class \"" + solverClass
                                + "\" but this ingress uses class \"" + ingressClass + "\", so the challenge may be"
                                + " served by a controller that does not get the traffic",
                        "use the same ingress class in Solver.http01(...) and on the ingress"));
    }

    private void checkIssuers(Problems.Scope scope) {
        List<IssuerRef> issuers = tls.stream().map(Tls::issuerRef).flatMap(Optional::stream).distinct().toList();
        // the shim asks the issuer of this name; an empty one fails ("failed to determine issuer name")
        issuers.forEach(ref -> Names.checkDns1123Subdomain(scope, "metadata.annotations[" + ref.kind().annotation()
                + "]", ref.name()));
        if (issuers.size() > 1) {
            scope.error(TLS_ISSUER_RULE, "metadata.annotations", issuers,
                    "one ingress carries one cert-manager issuer annotation, and its TLS sections ask " + issuers,
                    "use one issuer for every TLS section, or split the ingress");
        }
        if (!issuers.isEmpty()) {
            tls.stream().filter(t -> t.issuerRef().isEmpty()).forEach(existing ->
                    scope.error(TLS_ISSUER_RULE, "spec.tls", existing.secretName(),
                            "cert-manager issues a certificate for every TLS section of an annotated ingress, so it"
                                    + " would overwrite the existing secret \"" + existing.secretName() + "\"",
                            "put the TLS section of the existing secret on another ingress"));
            checkDuplicateSecrets(scope);
        }
        Object asked = issuers.size() == 1 ? issuers.get(0) : issuers;
        for (IssuerKind kind : IssuerKind.values()) {
            String value = annotations.get(kind.annotation());
            if (value == null) {
                continue;
            }
            IssuerRef written = new IssuerRef(kind, value);
            if (issuers.isEmpty()) {
                // Not read as tlsIssuedBy(...): tlsFromSecret(...) promises a secret that exists, and cert-manager
                // would overwrite it; one spelling of the request keeps every check on it.
                scope.error(ISSUER_ANNOTATION_RULE, "metadata.annotations[" + kind.annotation() + "]", value,
                        "asks cert-manager to issue a certificate for every TLS section of this ingress, but no TLS"
                                + " section comes from tlsIssuedBy(...), so the build cannot check that request, and"
                                + " cert-manager would overwrite the secrets the sections read",
                        "remove .annotation(\"" + kind.annotation() + "\", ...) and write each TLS section as"
                                + " Tls.issuedBy(IssuerRef." + kind.factory() + "(\"" + value + "\"), secretName,"
                                + " hosts...), which writes the annotation");
            } else if (!issuers.contains(written)) {
                scope.error(ISSUER_ANNOTATION_RULE, "metadata.annotations[" + kind.annotation() + "]", value,
                        "asks " + written + ", but the TLS sections of this ingress ask " + asked
                                + ", and tlsIssuedBy(...) writes the issuer annotation itself: one ingress has one"
                                + " issuer",
                        "remove .annotation(\"" + kind.annotation() + "\", ...) and choose the issuer in"
                                + " tlsIssuedBy(...)");
            }
        }
        checkShimAnnotations(scope, !issuers.isEmpty());
    }

    /**
     * The other ingress-shim annotations: {@code kubernetes.io/tls-acme} asks the default issuer, which no build can
     * check, and the kind and group overrides make cert-manager ask another issuer than the TLS sections name (or
     * refuse the ingress, next to {@code cert-manager.io/cluster-issuer}).
     */
    private void checkShimAnnotations(Problems.Scope scope, boolean issued) {
        String acme = annotations.get(TLS_ACME_ANNOTATION);
        if (!issued && acme != null && GO_TRUE.contains(acme)) {
            scope.error(ISSUER_ANNOTATION_RULE, "metadata.annotations[" + TLS_ACME_ANNOTATION + "]", acme,
                    "asks cert-manager to issue a certificate from its default issuer for every TLS section of this"
                            + " ingress, but no TLS section comes from tlsIssuedBy(...), so the build cannot check that"
                            + " request, and cert-manager would overwrite the secrets the sections read",
                    "remove .annotation(\"" + TLS_ACME_ANNOTATION + "\", ...) and write each TLS section as"
                            + " Tls.issuedBy(IssuerRef.clusterIssuer(name), secretName, hosts...) with the issuer to"
                            + " ask, which writes the annotation");
        }
        checkIssuerOverride(scope, "cert-manager.io/issuer-group", "API group", "keeps to cert-manager.io issuers",
                "; to ask an issuer of another API group, write its annotations with application(..).customize(...)");
        checkIssuerOverride(scope, "cert-manager.io/issuer-kind", "kind", "already chooses",
                " and choose the kind in tlsIssuedBy(...): an issuer(...) or a clusterIssuer(...), or"
                        + " IssuerRef.issuer(...) or IssuerRef.clusterIssuer(...)");
    }

    private void checkIssuerOverride(Problems.Scope scope, String key, String what, String dsl, String fix) {
        String value = annotations.get(key);
        if (value != null) {
            scope.error(ISSUER_ANNOTATION_RULE, "metadata.annotations[" + key + "]", value,
                    "sets the " + what + " of the issuer cert-manager asks for this ingress, which tlsIssuedBy(...) "
                            + dsl + ": next to cert-manager.io/issuer cert-manager would ask another issuer than the"
                            + " one the build checked, and next to cert-manager.io/cluster-issuer it refuses the"
                            + " ingress",
                    "remove .annotation(\"" + key + "\", ...)" + fix);
        }
    }

    /** cert-manager makes one Certificate per TLS section, named after its secret, so a repeated secret is refused. */
    private void checkDuplicateSecrets(Problems.Scope scope) {
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < tls.size(); i++) {
            String secret = tls.get(i).secretName();
            Integer first = firstUse.putIfAbsent(secret, i);
            if (!secret.isEmpty() && first != null) {
                scope.error(TLS_SECRET_DUPLICATE_RULE, "spec.tls[" + i + "].secretName", secret,
                        "spec.tls[" + first + "] has the same secretName, and cert-manager creates one Certificate per"
                                + " TLS section, named after its secret, so it refuses the ingress and issues no"
                                + " certificate for it",
                        "list every host of \"" + secret + "\" in one TLS section, or give each section its own"
                                + " secretName");
            }
        }
    }

    /**
     * Two ingresses may read one existing secret (a wildcard certificate, from a secret or from an explicit
     * Certificate); they conflict only when cert-manager issues the secret for one of them through the annotation.
     */
    private void checkSharedSecrets(Model model, Problems.Scope scope) {
        for (Ingress other : model.components(Ingress.class)) {
            if (other == this || other.name.equals(name)) {
                continue;
            }
            for (int i = 0; i < tls.size(); i++) {
                Tls section = tls.get(i);
                Optional<Tls> shared = other.tls.stream()
                        .filter(t -> t.secretName().equals(section.secretName()))
                        .filter(t -> t.issuerRef().isPresent() || section.issuerRef().isPresent())
                        .findFirst();
                if (shared.isPresent()) {
                    String issuedFor = section.issuerRef().isEmpty() ? "Ingress/" + other.name
                            : shared.get().issuerRef().isEmpty() ? "this ingress" : "both ingresses";
                    scope.error(TLS_SECRET_SHARED_RULE, "spec.tls[" + i + "].secretName", section.secretName(),
                            "Ingress/" + other.name + " uses the same TLS secret in this namespace, and cert-manager"
                                    + " issues it for " + issuedFor + " through the ingress annotation, so the"
                                    + " certificates overwrite each other",
                            "give each ingress its own secretName, e.g. \"" + name + "-tls\", or share one"
                                    + " explicit certificate(...) through Tls.fromCertificate(...)");
                }
            }
        }
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

    @Override
    public List<HasMetadata> render(Model model) {
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
                httpPath.setPathType(path.type().value());
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
