package io.manifesto.networking;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.IssuerRef;
import io.manifesto.tls.Tls;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.Protocol;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static io.manifesto.tls.TlsFixtures.build;
import static io.manifesto.tls.TlsFixtures.letsEncrypt;
import static io.manifesto.tls.TlsFixtures.problems;
import static io.manifesto.tls.TlsFixtures.web;
import static org.assertj.core.api.Assertions.assertThat;

class IngressTest {

    private final Deployment web = web();

    /** Ingress/shop of class nginx, routing shop.example.com to the web app: the start of most cases here. */
    private io.manifesto.networking.Ingress shopIngress() {
        return ingress("shop").ingressClass("nginx").route("shop.example.com", "/", web.port("http"));
    }

    @Test
    void rendersRoutesToTheWorkloadsNamedPortAndTheClusterIssuerAnnotation() {
        Issuer letsEncrypt = letsEncrypt();
        Ingress ingress = (Ingress) build(web, letsEncrypt, ingress("shop").ingressClass("nginx")
                .route("shop.example.com", "/", web.port("http"))
                .route("shop.example.com", "/healthz", PathType.EXACT, web.port("http"))
                .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com")))
                .resources().stream().filter(Ingress.class::isInstance).findFirst().orElseThrow();

        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt-prod");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).hasSize(1);
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths())
                .extracting(p -> p.getPath() + " " + p.getPathType() + " " + p.getBackend().getService().getName()
                        + ":" + p.getBackend().getService().getPort().getName())
                .containsExactly("/ Prefix web:http", "/healthz Exact web:http");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("shop.example.com");
    }

    @Test
    void rendersTheNamespacedIssuerAnnotationAndTheDefaultBackend() {
        Ingress ingress = (Ingress) build(web, ingress("shop").ingressClass("nginx").defaultBackend(web.port("http"))
                .route("shop.example.com", "/", web.port("http"))
                .tls(Tls.issuedBy(IssuerRef.issuer("shop-ca"), "shop-tls", "shop.example.com")))
                .resources().stream().filter(Ingress.class::isInstance).findFirst().orElseThrow();

        assertThat(ingress.getMetadata().getAnnotations()).containsEntry("cert-manager.io/issuer", "shop-ca");
        assertThat(ingress.getSpec().getDefaultBackend().getService().getName()).isEqualTo("web");
    }

    @Test
    void rejectsTlsHostThatNoRuleServes() {
        assertThat(problems(web, shopIngress()
                .tls(tlsFromSecret("shop-tls", "www.example.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].hosts[0] = \"www.example.com\": no rule of this ingress serves the TLS"
                        + " host. Fix: add a route for \"www.example.com\", or remove it from the TLS section."
                        + " [ingress.tls-host-not-routed]");
    }

    @Test
    void rejectsTlsSectionWithoutHosts() {
        assertThat(problems(web, shopIngress()
                .tls(tlsFromSecret("shop-tls")))).containsExactly(
                "error Ingress/shop spec.tls[0].hosts = \"<none>\": a TLS section must list its hosts: they select the"
                        + " certificate, and cert-manager takes the certificate's names from them. Fix: list the hosts"
                        + " the secret's certificate covers, e.g. Tls.fromSecret(\"shop-tls\", \"shop.example.com\")."
                        + " [ingress.tls-hosts]");
    }

    @Test
    void rejectsWildcardTlsHostOnAnIssuerWithoutDns01() {
        assertThat(problems(web, letsEncrypt(), shopIngress()
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "*.example.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].hosts[0] = \"*.example.com\": a wildcard name needs a DNS01 solver, and"
                        + " ClusterIssuer/letsencrypt-prod has none that applies to it: ACME validates wildcards only"
                        + " through DNS records. Fix: add .solver(Solver.dns01(AzureDns.of(...))) to"
                        + " ClusterIssuer/letsencrypt-prod, or list the names without a wildcard."
                        + " [tls.wildcard-needs-dns01]");
    }

    @Test
    void reportsIpHostBadWildcardRelativePathAndUnknownPortTogether() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx").route("10.0.0.1", "/", web.port("http"))
                .route("a.*.example.com", "api", PathType.EXACT, web.port("grpc")))).containsExactly(
                "error Ingress/shop spec.rules[0].host = \"10.0.0.1\": is an IP address, and a host must be a DNS name."
                        + " Fix: use the DNS name that points at the address, e.g. \"shop.example.com\". [host.ip]",
                "error Ingress/shop spec.rules[1].host = \"a.*.example.com\": has a wildcard that is not a single"
                        + " leading \"*.\". Fix: use one leading wildcard label, e.g. \"*.example.com\"."
                        + " [host.wildcard]",
                "error Ingress/shop spec.rules[1].http.paths[0].path = \"api\": a path of type Exact must start with"
                        + " '/'. Fix: write \"/api\". [ingress.path]",
                "error Ingress/shop spec.rules[1].http.paths[0].backend.service.port.name = \"grpc\": Service/web of"
                        + " Deployment/web has no port named \"grpc\"; it has [http]. Fix: use a named port of"
                        + " Deployment/web's containers. [ingress.backend-port]");
    }

    @Test
    void rejectsImplementationSpecificPathWithoutSlash() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route("shop.example.com", "api(/|$)(.*)", PathType.IMPLEMENTATION_SPECIFIC, web.port("http"))))
                .containsExactly("error Ingress/shop spec.rules[0].http.paths[0].path = \"api(/|$)(.*)\": a path of"
                        + " type ImplementationSpecific must start with '/' when it is set. Fix: write"
                        + " \"/api(/|$)(.*)\". [ingress.path]");
    }

    @Test
    void acceptsAbsoluteOrEmptyImplementationSpecificPaths() {
        assertThat(build(web, ingress("shop").ingressClass("nginx")
                .route("shop.example.com", "/api(/|$)(.*)", PathType.IMPLEMENTATION_SPECIFIC, web.port("http"))
                .route("api.example.com", "", PathType.IMPLEMENTATION_SPECIFIC, web.port("http"))
                .route("www.example.com", "/a//b", PathType.IMPLEMENTATION_SPECIFIC, web.port("http")))
                .report().warnings()).isEmpty();
    }

    @Test
    void rejectsPrefixAndExactPathsThatAreNotNormalised() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route("shop.example.com", "/a//b", web.port("http"))
                .route("shop.example.com", "/a/./b/../c", PathType.EXACT, web.port("http"))
                .route("shop.example.com", "/a%2fb%2F", web.port("http"))
                .route("shop.example.com", "/a/b/..", web.port("http"))
                .route("shop.example.com", "/a/.", PathType.EXACT, web.port("http"))
                .route("shop.example.com", "", web.port("http")))).containsExactly(
                notNormalised(0, "Prefix", "/a//b", "contain \"//\"", "/a/b"),
                notNormalised(1, "Exact", "/a/./b/../c", "contain \"/./\" or \"/../\"", "/a/c"),
                notNormalised(2, "Prefix", "/a%2fb%2F", "contain \"%2f\" or \"%2F\"", "/a/b/"),
                notNormalised(3, "Prefix", "/a/b/..", "end with \"/..\"", "/a"),
                notNormalised(4, "Exact", "/a/.", "end with \"/.\"", "/a"),
                "error Ingress/shop spec.rules[0].http.paths[5].path = \"\": a path of type Prefix must start with"
                        + " '/'. Fix: write \"/\". [ingress.path]");
    }

    private static String notNormalised(int index, String type, String path, String fault, String fix) {
        return "error Ingress/shop spec.rules[0].http.paths[" + index + "].path = \"" + path + "\": a path of type "
                + type + " must not " + fault + ": the API server refuses \"//\", \"/./\", \"/../\", \"%2F\" and a"
                + " trailing \"/.\" or \"/..\" in such a path. Fix: write \"" + fix + "\". [ingress.path]";
    }

    @Test
    void rejectsTwoIngressesSharingATlsSecretThatCertManagerIssues() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(problems(web, letsEncrypt,
                ingress("a").ingressClass("nginx").route("shop.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com")),
                ingress("b").ingressClass("nginx").route("shop.example.com", "/x", web.port("http"))
                        .tls(tlsFromSecret("shop-tls", "shop.example.com")),
                ingress("c").ingressClass("nginx").route("api.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(letsEncrypt, "api-tls", "api.example.com")),
                ingress("d").ingressClass("nginx").route("api.example.com", "/x", web.port("http"))
                        .tls(tlsIssuedBy(letsEncrypt, "api-tls", "api.example.com")))).containsExactly(
                sharedSecret("a", "b", "this ingress"),
                sharedSecret("b", "a", "Ingress/a"),
                sharedSecret("c", "d", "both ingresses"),
                sharedSecret("d", "c", "both ingresses"));
    }

    private static String sharedSecret(String ingress, String other, String issuedFor) {
        String secret = ingress.compareTo("c") < 0 ? "shop-tls" : "api-tls";
        return "error Ingress/" + ingress + " spec.tls[0].secretName = \"" + secret + "\": Ingress/" + other
                + " uses the same TLS secret in this namespace, and cert-manager issues it for " + issuedFor
                + " through the ingress annotation, so the certificates overwrite each other. Fix: give each ingress"
                + " its own secretName, e.g. \"" + ingress + "-tls\", or share one explicit certificate(...) through"
                + " Tls.fromCertificate(...). [ingress.tls-secret-shared]";
    }

    @Test
    void acceptsIngressesReadingOneExistingOrCertificateSecret() {
        Certificate wildcard = Certificate.named("wildcard", IssuerRef.clusterIssuer("internal-ca"))
                .dnsNames("*.example.com");
        assertThat(build(web, wildcard,
                ingress("a").ingressClass("nginx").route("shop.example.com", "/", web.port("http"))
                        .tls(tlsFromSecret("shared-tls", "shop.example.com"))
                        .tls(Tls.fromCertificate(wildcard)),
                ingress("b").ingressClass("nginx").route("api.example.com", "/", web.port("http"))
                        .tls(tlsFromSecret("shared-tls", "api.example.com"))
                        .tls(Tls.fromCertificate(wildcard))).report().warnings()).isEmpty();
    }

    @Test
    void acceptsTlsHostsServedByAWildcardRuleAHostlessRuleOrOnlyADefaultBackend() {
        assertThat(build(web,
                ingress("wildcard").ingressClass("nginx").route("*.example.com", "/", web.port("http"))
                        .tls(tlsFromSecret("wildcard-tls", "shop.example.com", "*.example.com")),
                ingress("hostless").ingressClass("nginx").routeAnyHost("/", web.port("http"))
                        .tls(tlsFromSecret("hostless-tls", "shop.example.com")),
                ingress("default").ingressClass("nginx").defaultBackend(web.port("http"))
                        .tls(tlsFromSecret("default-tls", "shop.example.com"))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsTlsHostOutsideTheWildcardRule() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx").route("*.example.com", "/", web.port("http"))
                .tls(tlsFromSecret("shop-tls", "a.b.example.com", "example.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].hosts[0] = \"a.b.example.com\": no rule of this ingress serves the TLS"
                        + " host. Fix: add a route for \"a.b.example.com\", or remove it from the TLS section."
                        + " [ingress.tls-host-not-routed]",
                "error Ingress/shop spec.tls[0].hosts[1] = \"example.com\": no rule of this ingress serves the TLS"
                        + " host. Fix: add a route for \"example.com\", or remove it from the TLS section."
                        + " [ingress.tls-host-not-routed]");
    }

    @Test
    void aNullCertificateIsReportedOnItsTlsSectionOnly() {
        assertThat(problems(web, shopIngress()
                .tls(Tls.fromCertificate(null)))).containsExactly(
                "error Ingress/shop spec.tls[0] = \"<none>\": null was passed to Tls.fromCertificate(...). Fix: pass"
                        + " a value, or leave the call out. [input.null]");
    }

    @Test
    void reportsNullHostsPassedToTheTlsConstructorInsteadOfThrowing() {
        for (List<String> hosts : Arrays.asList(null, Arrays.asList("shop.example.com", null))) {
            assertThat(problems(web, shopIngress()
                    .tls(new Tls("shop-tls", hosts, null)))).containsExactly(
                    "error Ingress/shop spec.tls[0].hosts = \"<none>\": null was passed to new Tls(...). Fix: pass a"
                            + " value, or leave the call out. [input.null]");
        }
    }

    @Test
    void rejectsNamespacedIssuerOfAnotherNamespace() {
        Issuer ca = issuer("shop-ca", selfSigned()).namespace("other");
        assertThat(problems(web, ca, shopIngress()
                .tls(tlsIssuedBy(ca, "shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations[cert-manager.io/issuer] = \"shop-ca\": Issuer/shop-ca lives in"
                        + " namespace \"other\" but Ingress/shop is in namespace \"shop\", and a namespaced Issuer only"
                        + " signs certificates of its own namespace. Fix: move Issuer/shop-ca into namespace \"shop\","
                        + " or use a ClusterIssuer. [tls.issuer-namespace]");
    }

    @Test
    void warnsWhenTheHttp01SolverUsesAnotherIngressClass() {
        assertThat(build(web, letsEncrypt(), ingress("shop").ingressClass("traefik")
                .route("shop.example.com", "/", web.port("http"))
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com"))).report().warnings())
                .extracting(Object::toString).containsExactly(
                        "warning Ingress/shop spec.ingressClassName = \"traefik\": ClusterIssuer/letsencrypt-prod"
                                + " answers HTTP01 challenges through ingress class \"nginx\" but this ingress uses"
                                + " class \"traefik\", so the challenge may be served by a controller that does not get"
                                + " the traffic. Fix: use the same ingress class in Solver.http01(...) and on the"
                                + " ingress. [ingress.http01-class-mismatch]");
    }

    @Test
    void rejectsBackendsOutsideTheApplicationOrWithoutService() {
        Deployment worker = deployment("worker").container(container("w").image("x:1"));
        assertThat(problems(worker, ingress("shop").ingressClass("nginx")
                .route("shop.example.com", "/", deployment("api").port("http"))
                .defaultBackend(worker.port("http")))).containsExactly(
                "error Ingress/shop spec.rules[0].http.paths[0].backend.service.name = \"api\": the backend is"
                        + " Deployment/api, which the application does not contain. Fix: add Deployment/api to the"
                        + " application. [ingress.backend-workload]",
                "error Ingress/shop spec.defaultBackend.service.name = \"worker\": the backend is Deployment/worker,"
                        + " which renders no Service. Fix: give Deployment/worker a container port and keep its"
                        + " Service. [ingress.backend-service]");
    }

    @Test
    void rejectsTwoIssuersOrAnExistingSecretOnAnAnnotatedIngress() {
        assertThat(problems(web, letsEncrypt(), shopIngress()
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com"))
                .tls(tlsFromSecret("other-tls", "shop.example.com"))
                .tls(Tls.issuedBy(IssuerRef.issuer("x"), "x-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations = \"[ClusterIssuer/letsencrypt-prod, Issuer/x]\": one ingress"
                        + " carries one cert-manager issuer annotation, and its TLS sections ask"
                        + " [ClusterIssuer/letsencrypt-prod, Issuer/x]. Fix: use one issuer for every TLS section, or"
                        + " split the ingress. [ingress.tls-issuer]",
                "error Ingress/shop spec.tls = \"other-tls\": cert-manager issues a certificate for every TLS section of"
                        + " an annotated ingress, so it would overwrite the existing secret \"other-tls\". Fix: put the"
                        + " TLS section of the existing secret on another ingress. [ingress.tls-issuer]");
    }

    @Test
    void rejectsIngressWithoutRoutes() {
        assertThat(problems(ingress("shop").ingressClass("nginx"))).containsExactly(
                "error Ingress/shop spec.rules = \"<none>\": an ingress needs at least one route or a default backend."
                        + " Fix: add .route(\"shop.example.com\", \"/\", web.port(\"http\")). [ingress.no-backend]");
    }

    @Test
    void rejectsTheDeprecatedClassAnnotationNextToIngressClass() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .annotation("kubernetes.io/ingress.class", "nginx")
                .route("shop.example.com", "/", web.port("http")))).containsExactly(
                "error Ingress/shop metadata.annotations[kubernetes.io/ingress.class] = \"nginx\": is the deprecated"
                        + " ingress class annotation, and the API server refuses an ingress that sets it together with"
                        + " spec.ingressClassName (\"nginx\"). Fix: remove .annotation(\"kubernetes.io/ingress.class\","
                        + " ...) and keep .ingressClass(\"nginx\"). [ingress.class-annotation]");
    }

    @Test
    void rejectsIssuerAnnotationsThatAskAnotherIssuerThanTheTlsSections() {
        assertThat(problems(web, letsEncrypt(), shopIngress()
                .annotation("cert-manager.io/cluster-issuer", "other")
                .annotation("cert-manager.io/issuer", "letsencrypt-prod")
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com")))).containsExactly(
                issuerAnnotation("issuer", "Issuer/letsencrypt-prod"),
                issuerAnnotation("cluster-issuer", "ClusterIssuer/other"));
    }

    private static String issuerAnnotation(String annotation, String asked) {
        String value = asked.substring(asked.indexOf('/') + 1);
        return "error Ingress/shop metadata.annotations[cert-manager.io/" + annotation + "] = \"" + value
                + "\": asks " + asked + ", but the TLS sections of this ingress ask ClusterIssuer/letsencrypt-prod,"
                + " and tlsIssuedBy(...) writes the issuer annotation itself: one ingress has one issuer. Fix: remove"
                + " .annotation(\"cert-manager.io/" + annotation + "\", ...) and choose the issuer in"
                + " tlsIssuedBy(...). [ingress.issuer-annotation]";
    }

    @Test
    void acceptsAnIssuerAnnotationThatRepeatsTheTlsIssuer() {
        var app = build(web, letsEncrypt(), shopIngress()
                .annotation("cert-manager.io/cluster-issuer", "letsencrypt-prod")
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com")));
        Ingress ingress = (Ingress) app.resources().stream().filter(Ingress.class::isInstance).findFirst()
                .orElseThrow();

        assertThat(app.report().warnings()).isEmpty();
        assertThat(ingress.getMetadata().getAnnotations())
                .containsExactly(java.util.Map.entry("cert-manager.io/cluster-issuer", "letsencrypt-prod"));
    }

    @Test
    void rejectsAnAnnotationIssuedTlsSectionWritingAnExplicitCertificatesSecret() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(problems(web, letsEncrypt, certificate("c", letsEncrypt).secretName("c-tls")
                        .dnsNames("shop.example.com"),
                shopIngress()
                        .tls(tlsIssuedBy(letsEncrypt, "c-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].secretName = \"c-tls\": Certificate/c writes the same secret in this"
                        + " namespace, and cert-manager creates a second Certificate for this TLS section through the"
                        + " ingress annotation, so the two certificates overwrite each other. Fix: take the secret from"
                        + " Certificate/c with Tls.fromCertificate(...) instead of tlsIssuedBy(...)."
                        + " [ingress.tls-secret-certificate]");
    }

    @Test
    void rejectsTlsFromACertificateTheApplicationDoesNotContain() {
        Certificate wildcard = Certificate.named("wildcard", IssuerRef.clusterIssuer("internal-ca"))
                .dnsNames("*.example.com");
        Certificate other = Certificate.named("other", IssuerRef.clusterIssuer("internal-ca"))
                .dnsNames("*.example.com");
        assertThat(problems(web, other.secretName("other-tls"),
                shopIngress()
                        .tls(Tls.fromCertificate(wildcard))
                        .tls(Tls.fromCertificate(other)))).containsExactly(
                "error Ingress/shop spec.tls[0].secretName = \"wildcard\": the secret comes from Certificate/wildcard,"
                        + " which the application does not contain, so nothing creates the secret. Fix: add"
                        + " Certificate/wildcard to the application. [ingress.tls-certificate]",
                "error Ingress/shop spec.tls[1].secretName = \"other\": the secret comes from Certificate/other, but"
                        + " the application's Certificate/other writes the secret \"other-tls\", so nothing creates"
                        + " this one. Fix: pass the certificate the application contains to Tls.fromCertificate(...)."
                        + " [ingress.tls-certificate]");
    }

    @Test
    void rejectsUrlsAsHosts() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route("https://Shop.example.com:8443/", "/", web.port("http"))
                .tls(tlsFromSecret("shop-tls", "shop.example.com/api")))).containsExactly(
                "error Ingress/shop spec.rules[0].host = \"https://Shop.example.com:8443/\": is a URL, not a host name."
                        + " Fix: write only the host, e.g. \"shop.example.com\". [host.url]",
                "error Ingress/shop spec.tls[0].hosts[0] = \"shop.example.com/api\": is a URL, not a host name. Fix:"
                        + " write only the host, e.g. \"shop.example.com\". [host.url]");
    }

    @Test
    void rejectsTwoTlsSectionsWithOneSecretOnAnAnnotatedIngress() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(problems(web, letsEncrypt, shopIngress()
                .route("api.example.com", "/", web.port("http"))
                .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com"))
                .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "api.example.com")))).containsExactly(
                "error Ingress/shop spec.tls[1].secretName = \"shop-tls\": spec.tls[0] has the same secretName, and"
                        + " cert-manager creates one Certificate per TLS section, named after its secret, so it refuses"
                        + " the ingress and issues no certificate for it. Fix: list every host of \"shop-tls\" in one"
                        + " TLS section, or give each section its own secretName. [ingress.tls-secret-duplicate]");
    }

    @Test
    void acceptsTwoTlsSectionsWithOneExistingSecret() {
        assertThat(build(web, shopIngress()
                .route("api.example.com", "/", web.port("http"))
                .tls(tlsFromSecret("shop-tls", "shop.example.com"))
                .tls(tlsFromSecret("shop-tls", "api.example.com"))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsAHandWrittenIssuerAnnotationWithoutTlsIssuedBy() {
        assertThat(problems(web, letsEncrypt(), ingress("shop").ingressClass("nginx")
                .annotation("cert-manager.io/cluster-issuer", "letsencrypt-prod")
                .annotation("cert-manager.io/issuer", "shop-ca")
                .route("*.example.com", "/", web.port("http"))
                .tls(tlsFromSecret("existing-tls", "*.example.com")))).containsExactly(
                handWritten("issuer", "IssuerRef.issuer(\"shop-ca\")", "shop-ca"),
                handWritten("cluster-issuer", "IssuerRef.clusterIssuer(\"letsencrypt-prod\")", "letsencrypt-prod"));
    }

    private static String handWritten(String annotation, String ref, String value) {
        return "error Ingress/shop metadata.annotations[cert-manager.io/" + annotation + "] = \"" + value + "\": asks"
                + " cert-manager to issue a certificate for every TLS section of this ingress, but no TLS section comes"
                + " from tlsIssuedBy(...), so the build cannot check that request, and cert-manager would overwrite the"
                + " secrets the sections read. Fix: remove .annotation(\"cert-manager.io/" + annotation + "\", ...) and"
                + " write each TLS section as Tls.issuedBy(" + ref + ", secretName, hosts...), which writes the"
                + " annotation. [ingress.issuer-annotation]";
    }

    @Test
    void rejectsTlsAcmeOnAnIngressWithoutTlsIssuedBy() {
        assertThat(problems(web, shopIngress()
                .annotation("kubernetes.io/tls-acme", "true")
                .tls(tlsFromSecret("shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations[kubernetes.io/tls-acme] = \"true\": asks cert-manager to"
                        + " issue a certificate from its default issuer for every TLS section of this ingress, but no"
                        + " TLS section comes from tlsIssuedBy(...), so the build cannot check that request, and"
                        + " cert-manager would overwrite the secrets the sections read. Fix: remove"
                        + " .annotation(\"kubernetes.io/tls-acme\", ...) and write each TLS section as"
                        + " Tls.issuedBy(IssuerRef.clusterIssuer(name), secretName, hosts...) with the issuer to ask,"
                        + " which writes the annotation. [ingress.issuer-annotation]");
    }

    @Test
    void acceptsTlsAcmeThatCertManagerReadsAsFalseOrThatRepeatsTlsIssuedBy() {
        assertThat(build(web, shopIngress()
                .annotation("kubernetes.io/tls-acme", "false")
                .tls(tlsFromSecret("shop-tls", "shop.example.com"))).report().warnings()).isEmpty();
        assertThat(build(web, letsEncrypt(), shopIngress()
                .annotation("kubernetes.io/tls-acme", "true")
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com"))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsAHandWrittenIssuerKind() {
        Issuer namespaced = issuer("ns-le", letsEncryptProduction().email("ops@contoso.com").solver(http01("nginx")));
        assertThat(problems(web, namespaced, shopIngress()
                .annotation("cert-manager.io/issuer-kind", "ClusterIssuer")
                .tls(tlsIssuedBy(namespaced, "shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations[cert-manager.io/issuer-kind] = \"ClusterIssuer\": sets the"
                        + " kind of the issuer cert-manager asks for this ingress, which tlsIssuedBy(...) already"
                        + " chooses: next to cert-manager.io/issuer cert-manager would ask another issuer than the one"
                        + " the build checked, and next to cert-manager.io/cluster-issuer it refuses the ingress. Fix:"
                        + " remove .annotation(\"cert-manager.io/issuer-kind\", ...) and choose the kind in"
                        + " tlsIssuedBy(...): an issuer(...) or a clusterIssuer(...), or IssuerRef.issuer(...) or"
                        + " IssuerRef.clusterIssuer(...). [ingress.issuer-annotation]");
    }

    @Test
    void rejectsAHandWrittenIssuerGroup() {
        assertThat(problems(web, letsEncrypt(), shopIngress()
                .annotation("cert-manager.io/issuer-group", "awspca.cert-manager.io")
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations[cert-manager.io/issuer-group] = \"awspca.cert-manager.io\":"
                        + " sets the API group of the issuer cert-manager asks for this ingress, which"
                        + " tlsIssuedBy(...) keeps to cert-manager.io issuers: next to cert-manager.io/issuer"
                        + " cert-manager would ask another issuer than the one the build checked, and next to"
                        + " cert-manager.io/cluster-issuer it refuses the ingress. Fix: remove"
                        + " .annotation(\"cert-manager.io/issuer-group\", ...); to ask an issuer of another API group,"
                        + " write its annotations with application(..).customize(...). [ingress.issuer-annotation]");
    }

    @Test
    void rejectsABackendOnAUdpPort() {
        Deployment dns = deployment("dns").container(container("dns").image("registry.example.com/dns:1.0")
                .port("dns", 5353, Protocol.UDP));
        assertThat(problems(dns, ingress("shop").ingressClass("nginx")
                .route("dns.example.com", "/", dns.port("dns")))).containsExactly(
                "error Ingress/shop spec.rules[0].http.paths[0].backend.service.port.name = \"dns\": Service/dns of"
                        + " Deployment/dns carries the port \"dns\" over UDP, and an ingress proxies HTTP over TCP, so"
                        + " the controller finds no endpoint for this backend and answers 503. Fix: route to a TCP port"
                        + " of Deployment/dns, and reach the UDP port through its Service. [ingress.backend-protocol]");
    }

    @Test
    void rejectsAnIssuerReferenceWhoseNameIsEmptyOrInvalid() {
        for (String name : new String[] {null, "Lets Encrypt"}) {
            assertThat(problems(web, shopIngress()
                    .tls(Tls.issuedBy(IssuerRef.clusterIssuer(name), "shop-tls", "shop.example.com"))))
                    .containsExactly("error Ingress/shop metadata.annotations[cert-manager.io/cluster-issuer] = \""
                            + (name == null ? "" : name) + "\": must be a DNS-1123 subdomain: at most 253 characters of"
                            + " lower-case letters, digits, '-' and '.', starting and ending with a letter or digit."
                            + " Fix: use a name such as \"" + (name == null ? "my-app" : "lets-encrypt") + "\"."
                            + " [name.dns1123-subdomain]");
        }
    }

    /** The issuer annotation that tlsIssuedBy(...) adds counts too: here it takes the total over 256 KiB. */
    @Test
    void rejectsAnnotationsOverTheSizeLimitOnceRendered() {
        String key = "nginx.ingress.kubernetes.io/configuration-snippet";
        assertThat(problems(web, letsEncrypt(), shopIngress()
                .annotation(key, "x".repeat(256 * 1024 - key.length()))
                .tls(tlsIssuedBy(letsEncrypt(), "shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations = \"262190 bytes\": the keys and values of the annotations"
                        + " take more than the 262144 bytes (256 KiB) Kubernetes allows on one object. Fix: keep large"
                        + " data in a ConfigMap or Secret, and annotate only a reference to it. [annotations.size]");
        assertThat(build(web, shopIngress()
                .annotation(key, "x".repeat(256 * 1024 - key.length()))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsAnIngressClassThatIsNotADnsSubdomain() {
        assertThat(problems(web, ingress("shop").ingressClass("Nginx Public")
                .route("shop.example.com", "/", web.port("http")))).containsExactly(
                "error Ingress/shop spec.ingressClassName = \"Nginx Public\": must be a DNS-1123 subdomain: at most 253"
                        + " characters of lower-case letters, digits, '-' and '.', starting and ending with a letter or"
                        + " digit. Fix: use a name such as \"nginx-public\". [name.dns1123-subdomain]");
    }

    @Test
    void rejectsAnAnnotationIssuedTlsSectionNamedLikeAnExplicitCertificate() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(problems(web, letsEncrypt, certificate("shop-tls", letsEncrypt).secretName("other-secret")
                        .dnsNames("shop.example.com"),
                shopIngress()
                        .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].secretName = \"shop-tls\": cert-manager names the Certificate it"
                        + " creates for this TLS section after the secret, but Certificate/shop-tls of the application"
                        + " has that name and writes \"other-secret\", and cert-manager refuses to update a"
                        + " Certificate it does not own, so nothing writes \"shop-tls\". Fix: rename"
                        + " Certificate/shop-tls, or give this TLS section another secretName."
                        + " [ingress.tls-secret-certificate]");
    }

    @Test
    void warnsAboutTheHttp01ClassOnceForAllTlsSections() {
        Issuer letsEncrypt = letsEncrypt();
        assertThat(build(web, letsEncrypt, ingress("shop").ingressClass("traefik")
                .route("shop.example.com", "/", web.port("http"))
                .route("api.example.com", "/", web.port("http"))
                .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com"))
                .tls(tlsIssuedBy(letsEncrypt, "api-tls", "api.example.com"))).report().warnings())
                .extracting(Object::toString).containsExactly(
                        "warning Ingress/shop spec.ingressClassName = \"traefik\": ClusterIssuer/letsencrypt-prod"
                                + " answers HTTP01 challenges through ingress class \"nginx\" but this ingress uses"
                                + " class \"traefik\", so the challenge may be served by a controller that does not get"
                                + " the traffic. Fix: use the same ingress class in Solver.http01(...) and on the"
                                + " ingress. [ingress.http01-class-mismatch]");
    }

    @Test
    void doesNotWarnAboutAnHttp01SolverSelectedForOtherNames() {
        Issuer mixed = clusterIssuer("mixed", letsEncryptProduction().email("ops@contoso.com")
                .solver(dns01(azureDns("sub", "rg")).forDnsZones("example.com"))
                .solver(http01("nginx").forDnsZones("other.org")));
        assertThat(build(web, mixed, ingress("shop").ingressClass("traefik")
                .route("shop.example.com", "/", web.port("http"))
                .tls(tlsIssuedBy(mixed, "shop-tls", "shop.example.com"))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsATlsHostThatNoSolverOfTheIssuerValidates() {
        Issuer zoned = clusterIssuer("zoned", letsEncryptProduction().email("ops@contoso.com")
                .solver(dns01(azureDns("sub", "rg")).forDnsZones("contoso.com")));
        assertThat(problems(web, zoned, ingress("shop").ingressClass("nginx")
                .route("shop.fabrikam.com", "/", web.port("http"))
                .tls(tlsIssuedBy(zoned, "shop-tls", "shop.fabrikam.com")))).containsExactly(
                "error Ingress/shop spec.tls[0].hosts[0] = \"shop.fabrikam.com\": no solver of ClusterIssuer/zoned"
                        + " applies to this name: solvers[0] (DNS01) selects dnsZones [contoso.com], and cert-manager"
                        + " fails the order when it can pick no solver (a selector matches a name that is one of its"
                        + " dnsNames and lies in one of its dnsZones, each where set). Fix: add a solver for it to"
                        + " ClusterIssuer/zoned, e.g. .solver(Solver.dns01(AzureDns.of(...))"
                        + ".forDnsNames(\"shop.fabrikam.com\")), or widen a solver's selector. [tls.no-solver]");
    }

    /** cert-manager picks the solver whose selector matches over one without selector, whatever their order. */
    @Test
    void judgesTheHttp01ClassByTheSolverCertManagerPicks() {
        Issuer two = clusterIssuer("two", letsEncryptProduction().email("ops@contoso.com")
                .solver(http01("nginx"))
                .solver(http01("traefik").forDnsZones("internal.contoso.com")));

        assertThat(build(web, two, ingress("shop").ingressClass("traefik")
                .route("app.internal.contoso.com", "/", web.port("http"))
                .tls(tlsIssuedBy(two, "app-tls", "app.internal.contoso.com"))).report().warnings()).isEmpty();
        assertThat(build(web, two, ingress("shop").ingressClass("nginx")
                .route("app.internal.contoso.com", "/", web.port("http"))
                .tls(tlsIssuedBy(two, "app-tls", "app.internal.contoso.com"))).report().warnings())
                .extracting(Object::toString).containsExactly(
                        "warning Ingress/shop spec.ingressClassName = \"nginx\": ClusterIssuer/two answers HTTP01"
                                + " challenges through ingress class \"traefik\" but this ingress uses class"
                                + " \"nginx\", so the challenge may be served by a controller that does not get the"
                                + " traffic. Fix: use the same ingress class in Solver.http01(...) and on the ingress."
                                + " [ingress.http01-class-mismatch]");
    }

    @Test
    void rejectsAHostWithAPortAndAnIpAsTlsHost() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route("shop.example.com:8443", "/", web.port("http"))
                .routeAnyHost("/", web.port("http"))
                .tls(tlsFromSecret("shop-tls", "10.0.0.1", "fe80::1")))).containsExactly(
                "error Ingress/shop spec.rules[0].host = \"shop.example.com:8443\": has a port, and a host is only the"
                        + " DNS name: the ingress controller decides the ports. Fix: write only the host, e.g."
                        + " \"shop.example.com\". [host.port]",
                "error Ingress/shop spec.tls[0].hosts[0] = \"10.0.0.1\": is an IP address, and a host must be a DNS"
                        + " name. Fix: use the DNS name that points at the address, e.g. \"shop.example.com\"."
                        + " [host.ip]",
                "error Ingress/shop spec.tls[0].hosts[1] = \"fe80::1\": is an IP address, and a host must be a DNS"
                        + " name. Fix: use the DNS name that points at the address, e.g. \"shop.example.com\"."
                        + " [host.ip]");
    }

    @Test
    void rejectsAHostThatIsNotADnsName() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route("Shop_Example.com", "/", web.port("http")))).containsExactly(
                "error Ingress/shop spec.rules[0].host = \"Shop_Example.com\": is not a DNS name: lower-case letters,"
                        + " digits, '-' and '.', at most 253 characters. Fix: use a host such as"
                        + " \"shop-example.com\". [host.name]");
    }

    /** The fix never offers the invalid host back, and an internationalised name gets its punycode. */
    @Test
    void suggestsAValidHostForEmptyLabelsDashedLabelsAndInternationalisedNames() {
        String[][] cases = {{"shop..contoso.com", "shop.contoso.com"}, {"shop-.contoso.com", "shop.contoso.com"},
                {"bücher.de", "xn--bcher-kva.de"}, {"a:b:c", "a-b-c"}, {"*.Shop..contoso.com", "*.shop.contoso.com"},
                {"-.-", "shop.example.com"}};
        for (String[] c : cases) {
            assertThat(problems(web, ingress("shop").ingressClass("nginx").route(c[0], "/", web.port("http"))))
                    .containsExactly("error Ingress/shop spec.rules[0].host = \"" + c[0] + "\": is not a DNS name:"
                            + " lower-case letters, digits, '-' and '.', at most 253 characters. Fix: use a host such"
                            + " as \"" + c[1] + "\". [host.name]");
        }
    }

    @Test
    void rejectsANullBackendAndAPortTheServiceDoesNotExpose() {
        Deployment api = deployment("api").container(container("api").image("registry.example.com/api:1.0")
                .port("http", 8080).port("metrics", 9090)).servicePort("http", 80);
        assertThat(problems(api, ingress("shop").ingressClass("nginx").route("shop.example.com", "/", null)
                .route("shop.example.com", "/metrics", api.port("metrics")))).containsExactly(
                "error Ingress/shop spec.rules[0].http.paths[0].backend.service = \"<none>\": null was passed to"
                        + " route(...). Fix: pass a value, or leave the call out. [input.null]",
                "error Ingress/shop spec.rules[0].http.paths[1].backend.service.port.name = \"metrics\": Service/api"
                        + " of Deployment/api has no port named \"metrics\"; it has [http]. Fix: use a named port of"
                        + " Deployment/api's containers that its Service exposes. [ingress.backend-port]");
    }

    @Test
    void rejectsAnIssuerPinnedToANamespaceThatTheApplicationDoesNotHave() {
        Issuer ca = issuer("ca", selfSigned()).namespace("default");
        assertThat(problemsOf(application("shop").add(web, ca, shopIngress()
                .tls(tlsIssuedBy(ca, "shop-tls", "shop.example.com"))))).containsExactly(
                "error Ingress/shop metadata.annotations[cert-manager.io/issuer] = \"ca\": Issuer/ca lives in namespace"
                        + " \"default\" but Ingress/shop has no namespace, so it lands in the one kubectl applies to,"
                        + " which may be another, and a namespaced Issuer only signs certificates of its own namespace."
                        + " Fix: give the application .namespace(\"default\"), or leave the namespace of Issuer/ca out"
                        + " so that both land together. [tls.issuer-namespace]");
    }

    @Test
    void rejectsANullHostInsteadOfRoutingEveryHost() {
        assertThat(problems(web, ingress("shop").ingressClass("nginx")
                .route(null, "/", web.port("http"))
                .route("shop.example.com", "/", web.port("http")))).containsExactly(
                "error Ingress/shop spec.rules = \"<none>\": null was passed to route(...). Fix: pass a value, or leave"
                        + " the call out. [input.null]");
    }

    @Test
    void rendersARuleWithoutHostForRouteAnyHost() {
        Ingress ingress = (Ingress) build(web, ingress("shop").ingressClass("nginx")
                .routeAnyHost("/", web.port("http"))).resources().stream().filter(Ingress.class::isInstance)
                .findFirst().orElseThrow();

        assertThat(ingress.getSpec().getRules()).hasSize(1);
        assertThat(ingress.getSpec().getRules().get(0).getHost()).isNull();
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getPath()).isEqualTo("/");
    }

    @Test
    void reportsEveryNullPassedToTheIngress() {
        assertThat(problems(web, ingress("shop").ingressClass(null).ingressClass("nginx")
                .route("shop.example.com", null, null, web.port("http"))
                .routeAnyHost("/", null)
                .defaultBackend(null)
                .annotation(null, "x")
                .annotation("example.com/owner", null))).containsExactly(
                nullPassed("spec.ingressClassName", "ingressClass(...)"),
                nullPassed("spec.defaultBackend", "defaultBackend(...)"),
                nullPassed("metadata.annotations", "annotation(...)"),
                nullPassed("metadata.annotations", "annotation(...)"),
                nullPassed("spec.rules[0].http.paths[0].pathType", "route(...)"),
                nullPassed("spec.rules[0].http.paths[0].path", "route(...)"),
                nullPassed("spec.rules[1].http.paths[0].backend.service", "routeAnyHost(...)"));
    }

    @TestFactory
    Stream<DynamicTest> aNullToAnyIngressMethodIsReportedAsInputNull() {
        return Arrays.stream(io.manifesto.networking.Ingress.class.getMethods())
                .filter(m -> m.getDeclaringClass() == io.manifesto.networking.Ingress.class)
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0)
                .filter(m -> !m.getName().equals("validate") && !m.getName().equals("render"))
                .sorted(Comparator.comparing(Method::toString))
                .map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
                    Object changed = method.invoke(shopIngress(), new Object[method.getParameterCount()]);
                    assertThat(problems(web, (io.manifesto.networking.Ingress) changed))
                            .anyMatch(problem -> problem.endsWith("[input.null]"));
                }));
    }

    private static String nullPassed(String field, String method) {
        return "error Ingress/shop " + field + " = \"<none>\": null was passed to " + method + ". Fix: pass a value,"
                + " or leave the call out. [input.null]";
    }

    @Test
    void warnsAboutAnIngressWithoutClass() {
        assertThat(build(web, ingress("shop").route("shop.example.com", "/", web.port("http"))).report().warnings())
                .extracting(Object::toString).containsExactly(
                        "warning Ingress/shop spec.ingressClassName = \"<none>\": an ingress without a class is served"
                                + " only by the cluster's default IngressClass (annotated"
                                + " ingressclass.kubernetes.io/is-default-class: \"true\"), and without one no"
                                + " controller serves it. Fix: name the controller's class, e.g. .ingressClass(\"nginx\")"
                                + " or .ingressClass(\"webapprouting.kubernetes.azure.com\") for AKS app routing, or,"
                                + " when the cluster has a default IngressClass, .suppress(\"ingress.no-class\", reason)"
                                + " on the application. [ingress.no-class]");
    }

    @Test
    void acceptsTheDeprecatedClassAnnotationAsTheIngressClass() {
        assertThat(build(web, ingress("shop").annotation("kubernetes.io/ingress.class", "nginx")
                .route("shop.example.com", "/", web.port("http"))).report().warnings()).isEmpty();
    }

    @Test
    void rejectsAnIssuerObjectTheApplicationDoesNotContain() {
        Issuer letsEncrypt = letsEncrypt();
        Issuer ca = issuer("shop-ca", caIssuer("shop-ca-key-pair"));
        assertThat(problems(web, shopIngress()
                .tls(tlsIssuedBy(letsEncrypt, "shop-tls", "shop.example.com")),
                ingress("internal").ingressClass("nginx")
                        .route("internal.example.com", "/", web.port("http"))
                        .tls(tlsIssuedBy(ca, "internal-tls", "internal.example.com")))).containsExactly(
                "error Ingress/shop metadata.annotations[cert-manager.io/cluster-issuer] = \"letsencrypt-prod\": the"
                        + " certificate comes from ClusterIssuer/letsencrypt-prod, which the application does not"
                        + " contain, so nothing creates the issuer and cert-manager issues no certificate. Fix: add"
                        + " ClusterIssuer/letsencrypt-prod to the application, or refer to an issuer that already exists"
                        + " in the cluster with IssuerRef.clusterIssuer(\"letsencrypt-prod\"). [tls.issuer-missing]",
                "error Ingress/internal metadata.annotations[cert-manager.io/issuer] = \"shop-ca\": the certificate"
                        + " comes from Issuer/shop-ca, which the application does not contain, so nothing creates the"
                        + " issuer and cert-manager issues no certificate. Fix: add Issuer/shop-ca to the application,"
                        + " or refer to an issuer that already exists in the cluster with IssuerRef.issuer(\"shop-ca\")."
                        + " [tls.issuer-missing]");
    }

    @Test
    void acceptsAnIssuerOfTheClusterByReference() {
        assertThat(build(web, shopIngress()
                .tls(Tls.issuedBy(IssuerRef.clusterIssuer("letsencrypt-prod"), "shop-tls", "shop.example.com")))
                .report().warnings()).isEmpty();
    }
}
