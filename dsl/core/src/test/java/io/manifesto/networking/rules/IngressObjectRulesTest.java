package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.manifesto.lint.Lint;
import io.manifesto.rules.RuleCatalog;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The ingress rules over objects read from YAML: the same rules as the DSL's, with fixes in manifest terms. */
class IngressObjectRulesTest {

    /** Deployment/web with the TCP port http and the UDP port dns, and Service/web exposing both. */
    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: registry.example.com/web:1.0.0
                      ports:
                        - {name: http, containerPort: 8080}
                        - {name: metrics, containerPort: 9090}
                        - {name: dns, containerPort: 5353, protocol: UDP}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports:
                - {name: http, port: 80, targetPort: http}
                - {name: dns, port: 53, targetPort: dns, protocol: UDP}
            ---
            """;

    private static List<String> lint(String ingress) {
        return Lint.yaml("k8s/shop.yaml", WEB + ingress).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsAnIngressRoutingToATcpPortOfItsService() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
                          - {path: /api, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
                  tls:
                    - {secretName: shop-tls, hosts: [shop.example.com]}
                """)).isEmpty();
    }

    @Test
    void rejectsPathsTheApiServerRefuses() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - {path: api, pathType: Exact, backend: {service: {name: web, port: {name: http}}}}
                          - {path: /a/./b//c, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
                """)).containsExactly(
                "k8s/shop.yaml:35: error Ingress/shop spec.rules[0].http.paths[0].path = \"api\": a path of type Exact"
                        + " must start with '/'. Fix: write \"/api\". [ingress.path]",
                "k8s/shop.yaml:36: error Ingress/shop spec.rules[0].http.paths[1].path = \"/a/./b//c\": a path of"
                        + " type Prefix must not contain \"//\" or \"/./\": the API server refuses \"//\", \"/./\","
                        + " \"/../\", \"%2F\" and a trailing \"/.\" or \"/..\" in such a path. Fix: write"
                        + " \"/a/b/c\". [ingress.path]");
    }

    @Test
    void rejectsAnIngressWithoutRoutesAndWarnsOfOneWithoutClass() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec: {}
                """)).containsExactly(
                "k8s/shop.yaml:29: error Ingress/shop spec.rules = \"<none>\": an ingress needs at least one route or a"
                        + " default backend. Fix: add a rule with spec.rules[].http.paths[], or a spec.defaultBackend."
                        + " [ingress.no-backend]",
                "k8s/shop.yaml:29: warning Ingress/shop spec.ingressClassName = \"<none>\": an ingress without a class"
                        + " is served only by the cluster's default IngressClass (annotated"
                        + " ingressclass.kubernetes.io/is-default-class: \"true\"), and without one no controller"
                        + " serves it. Fix: set spec.ingressClassName to the controller's class, e.g. nginx, or"
                        + " webapprouting.kubernetes.azure.com for AKS app routing, or, when the cluster has a default"
                        + " IngressClass, annotate the ingress with manifesto.io/suppress.ingress.no-class: <reason>."
                        + " [ingress.no-class]");
    }

    @Test
    void rejectsTheClassAnnotationNextToTheClassName() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                  namespace: shop
                  annotations: {kubernetes.io/ingress.class: nginx}
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: web, port: {name: http}}}
                """)).containsExactly(
                "k8s/shop.yaml:31: error Ingress/shop metadata.annotations[kubernetes.io/ingress.class] = \"nginx\": is"
                        + " the deprecated ingress class annotation, and the API server refuses an ingress that sets"
                        + " it together with spec.ingressClassName (\"nginx\"). Fix: remove the annotation"
                        + " kubernetes.io/ingress.class and keep spec.ingressClassName: nginx."
                        + " [ingress.class-annotation]");
    }

    @Test
    void rejectsBackendPortsTheServiceDoesNotExposeOrThatAreNotTcp() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  defaultBackend: {service: {name: web, port: {number: 8080}}}
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - {path: /metrics, pathType: Prefix, backend: {service: {name: web, port: {name: metrics}}}}
                          - {path: /dns, pathType: Prefix, backend: {service: {name: web, port: {name: dns}}}}
                          - {path: /elsewhere, pathType: Prefix, backend: {service: {name: other, port: {name: x}}}}
                """)).containsExactly(
                "k8s/shop.yaml:31: error Ingress/shop spec.defaultBackend.service.port.number = \"8080\": Service/web of"
                        + " Deployment/web has no port 8080; it has [80, 53]. Fix: use a port number that Service/web"
                        + " exposes. [ingress.backend-port]",
                "k8s/shop.yaml:36: error Ingress/shop spec.rules[0].http.paths[0].backend.service.port.name ="
                        + " \"metrics\": Service/web of Deployment/web has no port named \"metrics\"; it has [http,"
                        + " dns]. Fix: use a port name that Service/web exposes, or add \"metrics\" to its ports."
                        + " [ingress.backend-port]",
                "k8s/shop.yaml:37: error Ingress/shop spec.rules[0].http.paths[1].backend.service.port.name = \"dns\":"
                        + " Service/web of Deployment/web carries the port \"dns\" over UDP, and an ingress proxies"
                        + " HTTP over TCP, so the controller finds no endpoint for this backend and answers 503. Fix:"
                        + " route to a TCP port of Deployment/web, and reach the UDP port through its Service."
                        + " [ingress.backend-protocol]");
    }

    @Test
    void rejectsTlsSectionsWithoutHostsOrWithHostsNoRuleServes() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: "*.example.com"
                      http:
                        paths:
                          - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
                  tls:
                    - {secretName: Shop_TLS}
                    - {secretName: shop-tls, hosts: [a.b.example.com, 10.0.0.1, shop.example.com]}
                """)).containsExactly(
                "k8s/shop.yaml:37: error Ingress/shop spec.tls[0].secretName = \"Shop_TLS\": must be a DNS-1123"
                        + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting and"
                        + " ending with a letter or digit. Fix: use a name such as \"shop-tls\"."
                        + " [name.dns1123-subdomain]",
                "k8s/shop.yaml:37: error Ingress/shop spec.tls[0].hosts = \"<none>\": a TLS section must list its hosts:"
                        + " they select the certificate, and cert-manager takes the certificate's names from them."
                        + " Fix: list the hosts the secret's certificate covers in hosts. [ingress.tls-hosts]",
                "k8s/shop.yaml:38: error Ingress/shop spec.tls[1].hosts[0] = \"a.b.example.com\": no rule of this"
                        + " ingress serves the TLS host. Fix: add a route for \"a.b.example.com\", or remove it from"
                        + " the TLS section. [ingress.tls-host-not-routed]",
                "k8s/shop.yaml:38: error Ingress/shop spec.tls[1].hosts[1] = \"10.0.0.1\": is an IP address, and a host"
                        + " must be a DNS name. Fix: use the DNS name that points at the address, e.g."
                        + " \"shop.example.com\". [host.ip]");
    }

    @Test
    void rejectsRuleHostsThatAreUrlsOrHaveAPort() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: https://shop.example.com/
                      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}]}
                    - host: shop.example.com:8443
                      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}]}
                """)).containsExactly(
                "k8s/shop.yaml:32: error Ingress/shop spec.rules[0].host = \"https://shop.example.com/\": is a URL, not"
                        + " a host name. Fix: write only the host, e.g. \"shop.example.com\". [host.url]",
                "k8s/shop.yaml:34: error Ingress/shop spec.rules[1].host = \"shop.example.com:8443\": has a port, and a"
                        + " host is only the DNS name: the ingress controller decides the ports. Fix: write only the"
                        + " host, e.g. \"shop.example.com\". [host.port]");
    }

    @Test
    void skipsWhatYamlLeavesOutInsteadOfThrowing() {
        assertThat(lint("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  ingressClassName: nginx
                  rules:
                    - null
                    - host: shop.example.com
                      http: {paths: [null, {path: /}, {pathType: Prefix, backend: {}}, {backend: {service: {name: web}}}]}
                  tls: [null, {hosts: [null, shop.example.com]}]
                """)).containsExactly(
                "k8s/shop.yaml:34: error Ingress/shop spec.rules[1].http.paths[1].backend = \"<none>\": is required by"
                        + " the Ingress schema, so the API server rejects the object without it. Fix: set"
                        + " spec.rules[1].http.paths[1].backend. [lint.required-field]",
                "k8s/shop.yaml:34: error Ingress/shop spec.rules[1].http.paths[1].pathType = \"<none>\": is required by"
                        + " the Ingress schema, so the API server rejects the object without it. Fix: set"
                        + " spec.rules[1].http.paths[1].pathType. [lint.required-field]",
                "k8s/shop.yaml:34: error Ingress/shop spec.rules[1].http.paths[3].pathType = \"<none>\": is required by"
                        + " the Ingress schema, so the API server rejects the object without it. Fix: set"
                        + " spec.rules[1].http.paths[3].pathType. [lint.required-field]");
    }

    @Test
    void holdsARawIngressOnADslWorkloadAndACustomizedDslIngressToTheSameRules() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0.0")
                .port("http", 8080));
        Ingress raw = new IngressBuilder().withNewMetadata().withName("raw").endMetadata()
                .withNewSpec().withIngressClassName("nginx").withNewDefaultBackend().withNewService()
                .withName("web").withNewPort().withName("https").endPort().endService().endDefaultBackend()
                .endSpec().build();
        assertThat(problemsOf(application("shop").add(web).add(raw))).containsExactly(
                "error Ingress/raw spec.defaultBackend.service.port.name = \"https\": Service/web of Deployment/web"
                        + " has no port named \"https\"; it has [http]. Fix: use a port name that Service/web exposes."
                        + " [ingress.backend-port]");
        var app = application("shop").add(web, ingress("shop").ingressClass("nginx")
                        .route("shop.example.com", "/", web.port("http")))
                .customize(Ingress.class, "shop", i -> i.getSpec().getRules().get(0).getHttp().getPaths().get(0)
                        .setPath("shop"));
        assertThat(problemsOf(app)).containsExactly(
                "error Ingress/shop spec.rules[0].http.paths[0].path = \"shop\": a path of type Prefix must start"
                        + " with '/'. Fix: write \"/shop\". [ingress.path]");
    }

    @Test
    void listsTheIngressAndTlsRulesInTheCatalogWithWhereTheyAreChecked() {
        RuleCatalog catalog = RuleCatalog.standard();
        assertThat(List.of("ingress.path", "ingress.backend-port", "host.ip", "host.name", "host.wildcard",
                "host.zone-wildcard", "acme.server", "acme.email", "acme.email-format", "acme.email-placeholder",
                "issuer.ca-secret-not-ca", "certificate.key-size", "tls.no-solver", "tls.wildcard-needs-dns01",
                "tls.outside-hosted-zone", "ingress.http01-class-mismatch", "certificate.duration-minimum",
                "certificate.renew-before-minimum", "certificate.renew-before", "certificate.acme-duration",
                "certificate.acme-common-name")).allSatisfy(id ->
                assertThat(catalog.find(id)).hasValueSatisfying(entry -> assertThat(entry.onObjects()).isTrue()));
        assertThat(List.of("ingress.backend-workload", "ingress.tls-issuer", "tls.issuer-missing",
                "certificate.duration-format")).allSatisfy(id ->
                assertThat(catalog.find(id)).hasValueSatisfying(entry -> assertThat(entry.onObjects()).isFalse()));
    }
}
