package io.manifesto.networkpolicy;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class AllowedTrafficTest {

    private static final Deployment WEB = deployment("web")
            .container(container("web").image("shop/web:1.0.0").port("http", 8080));
    private static final Deployment ORDERS = deployment("orders")
            .container(container("orders").image("shop/orders:1.0.0").port("http", 8080));

    @Test
    void rendersDenyAllAndTheCallsTheApplicationAllows() {
        var app = application("shop").namespace("shop").add(WEB, ORDERS, denyAllIngress(),
                allow(WEB).toCall(ORDERS.port("http")),
                allowNamespace("ingress-nginx").toCall(WEB.port("http"))).build();
        String yaml = app.toYaml();
        assertThat(yaml).contains("""
                  name: orders-from-web
                  namespace: shop
                spec:
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app.kubernetes.io/instance: shop
                          app.kubernetes.io/name: web
                    ports:
                    - port: http
                      protocol: TCP
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/instance: shop
                      app.kubernetes.io/name: orders
                  policyTypes:
                  - Ingress
                """);
        assertThat(yaml).contains("""
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: ingress-nginx
                """);
        assertThat(yaml).contains("""
                  name: deny-all-ingress
                  namespace: shop
                spec:
                  podSelector: {}
                  policyTypes:
                  - Ingress
                """);
        assertThat(app.report().warnings()).isEmpty();
    }

    @Test
    void rejectsAnIntentOnAPortOrAWorkloadTheApplicationLacks() {
        assertThat(problemsOf(application("shop").add(WEB, allow(WEB).toCall(ORDERS.port("http")),
                allow(ORDERS).toCall(WEB.port("grpc"))))).containsExactly(
                "error NetworkPolicy/orders-from-web spec.podSelector = \"{app.kubernetes.io/instance=shop,"
                        + " app.kubernetes.io/name=orders}\": no pod of the manifests carries these labels. Fix: add"
                        + " the workload it calls to the application. [networkpolicy.selects-nothing]",
                "error NetworkPolicy/web-from-orders spec.ingress[0].from[0].podSelector ="
                        + " \"{app.kubernetes.io/instance=shop, app.kubernetes.io/name=orders}\": no pod of the"
                        + " manifests carries these labels, so no caller is admitted. Fix: add the calling workload to"
                        + " the application. [networkpolicy.selects-nothing]",
                "error NetworkPolicy/web-from-orders spec.ingress[0].ports[0].port = \"grpc\": no container of the"
                        + " selected pods has a port of this name. Fix: name a port its containers have."
                        + " [networkpolicy.named-port]");
    }

    @Test
    void checksYamlPoliciesAgainstThePodsOfTheManifests() {
        var report = Lint.yaml("policy.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: orders, labels: {app: orders}}
                spec:
                  containers: [{name: orders, image: "shop/orders:1.0.0", ports: [{name: http, containerPort: 80}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: orders-from-web}
                spec:
                  podSelector: {matchLabels: {app: orders}}
                  ingress:
                    - from: [{podSelector: {matchLabels: {app: web}}}]
                      ports: [{port: htp}]
                """);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "policy.yaml:13: warning NetworkPolicy/orders-from-web spec.ingress[0].from[0].podSelector ="
                        + " \"{app=web}\": no pod of the manifests carries these labels, so no caller is admitted. Fix:"
                        + " select the labels of the calling pods' template. [networkpolicy.selects-nothing]",
                "policy.yaml:14: error NetworkPolicy/orders-from-web spec.ingress[0].ports[0].port = \"htp\": no"
                        + " container of the selected pods has a port of this name. Fix: name a container port of the"
                        + " selected pods, or use its number. [networkpolicy.named-port]");
    }
}
