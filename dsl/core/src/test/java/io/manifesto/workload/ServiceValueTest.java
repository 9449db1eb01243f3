package io.manifesto.workload;

import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services as values of their own: any number over one workload's pods, selected by reference, with their type,
 * ports, annotations and traffic settings; and the settings of the derived Service.
 */
class ServiceValueTest {

    private static final StatefulSet DB = statefulSet("db").replicas(2)
            .container(container("pg").image("postgres:16.4").port("pg", 5432));
    private static final Deployment WEB = deployment("web")
            .container(container("web").image("web:1.0.0").port("http", 8080));

    @Test
    void rendersAClientServiceBesideTheHeadlessServiceOfAStatefulSet() {
        var yaml = application("shop").add(DB, service("db-client", DB)).build().toYaml();
        assertThat(yaml).contains("""
                  name: db
                spec:
                  clusterIP: None
                  ports:
                  - name: pg
                    port: 5432
                    protocol: TCP
                    targetPort: pg
                  selector:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/name: db
                """, """
                  name: db-client
                spec:
                  ports:
                  - name: pg
                    port: 5432
                    protocol: TCP
                    targetPort: pg
                  selector:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/name: db
                ---
                """);
    }

    @Test
    void rejectsAClusterIpTypeForTheHeadlessServiceOfAStatefulSet() {
        assertThat(problemsOf(application("shop").add(DB.service(ServiceType.CLUSTER_IP)))).containsExactly(
                "error Service/db spec.type = \"ClusterIP\": the Service of StatefulSet/db is its headless governing"
                        + " Service (clusterIP: None), which has no type and no cluster IP, so .service(CLUSTER_IP)"
                        + " cannot take effect. Fix: remove .service(CLUSTER_IP); for clients, add"
                        + " service(\"db-client\", db), a ClusterIP Service beside it. [service.headless-type]");
    }

    @Test
    void rendersAnnotationsAndTrafficSettingsOfTheDerivedService() {
        var yaml = application("shop").add(WEB.service(ServiceType.LOAD_BALANCER)
                .serviceAnnotation("service.beta.kubernetes.io/azure-load-balancer-internal", "true")
                .externalTrafficPolicy(ExternalTrafficPolicy.LOCAL)
                .sessionAffinity(SessionAffinity.clientIp(600))).build().toYaml();
        assertThat(yaml).contains("""
                metadata:
                  annotations:
                    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
                """, """
                spec:
                  externalTrafficPolicy: Local
                  ports:
                  - name: http
                    port: 8080
                    protocol: TCP
                    targetPort: http
                  selector:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/name: web
                  sessionAffinity: ClientIP
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: 600
                  type: LoadBalancer
                """);
    }

    @Test
    void rejectsAnExternalTrafficPolicyOnAClusterIpService() {
        assertThat(problemsOf(application("shop").add(WEB.externalTrafficPolicy(ExternalTrafficPolicy.LOCAL))))
                .containsExactly("error Service/web spec.externalTrafficPolicy = \"Local\": the API server accepts"
                        + " externalTrafficPolicy only on a Service reachable from outside the cluster (NodePort or"
                        + " LoadBalancer), and this one is ClusterIP. Fix: remove .externalTrafficPolicy(LOCAL), or"
                        + " make it a LoadBalancer or NodePort Service. [service.external-traffic-policy]");
    }

    @Test
    void rejectsASessionAffinityTimeoutOverADay() {
        assertThat(problemsOf(application("shop").add(WEB.sessionAffinity(SessionAffinity.clientIp(90000)))))
                .containsExactly("error Service/web spec.sessionAffinityConfig.clientIP.timeoutSeconds = \"90000\":"
                        + " the API server accepts a client IP affinity timeout from 1 to 86400 seconds (a day). Fix:"
                        + " use SessionAffinity.clientIp(seconds) with 1 to 86400 seconds, or clientIp() for"
                        + " Kubernetes' default of 10800. [service.session-affinity]");
    }

    @Test
    void rejectsAHeadlessLoadBalancer() {
        assertThat(problemsOf(application("shop").add(WEB,
                service("web-direct", WEB).headless().type(ServiceType.LOAD_BALANCER)))).containsExactly(
                "error Service/web-direct spec.clusterIP = \"None\": a headless Service has no cluster IP for a"
                        + " LoadBalancer to forward to, and the API server rejects clusterIP: None on a LoadBalancer"
                        + " Service. Fix: remove .headless(), or remove the type and add a LoadBalancer Service of its"
                        + " own over the same pods. [service.headless-proxied]");
    }

    @Test
    void rejectsSessionAffinityOnTheHeadlessServiceOfAStatefulSet() {
        assertThat(problemsOf(application("shop").add(DB.sessionAffinity(SessionAffinity.clientIp()))))
                .containsExactly("error Service/db spec.sessionAffinity = \"ClientIP\": the Service is headless:"
                        + " kube-proxy does not proxy it (DNS returns the pods' addresses), so client IP affinity"
                        + " cannot take effect. Fix: remove .sessionAffinity(...), or set it on a Service that is not"
                        + " headless. [service.headless-proxied]");
    }

    @Test
    void rejectsAServiceOverAWorkloadTheApplicationLacks() {
        assertThat(problemsOf(application("shop").add(service("web-internal", WEB)))).containsExactly(
                "error Service/web-internal spec.selector = \"web\": the Service selects the pods of Deployment/web,"
                        + " which the application does not contain. Fix: add Deployment/web to the application."
                        + " [service.workload-missing]");
    }

    @Test
    void rejectsAPortNameOrNumberNoContainerHas() {
        assertThat(problemsOf(application("shop").add(WEB, service("web-internal", WEB).expose("htp", 80))))
                .containsExactly("error Service/web-internal spec.ports[htp].targetPort = \"htp\": no container of"
                        + " Deployment/web has a port of this name. Fix: name one of [http], or add the port to a"
                        + " container. [service.unknown-port]");
        assertThat(problemsOf(application("shop").add(WEB, service("web-internal", WEB).expose(9090, 80))))
                .containsExactly("error Service/web-internal spec.ports[9090].targetPort = \"9090\": no container of"
                        + " Deployment/web has port 9090. Fix: expose one of [8080], or add the port to a container."
                        + " [service.unknown-port]");
    }

    @Test
    void exposesAContainerPortByNumberUnderItsName() {
        var yaml = application("shop").add(WEB, service("web-internal", WEB).expose(8080, 80)).build().toYaml();
        assertThat(yaml).contains("""
                  name: web-internal
                spec:
                  ports:
                  - name: http
                    port: 80
                    protocol: TCP
                    targetPort: 8080
                """);
    }

    @Test
    void rejectsAHeadlessServiceValueThatRemapsAPort() {
        assertThat(problemsOf(application("shop").add(DB, service("db-peers", DB).headless().expose("pg", 80))))
                .containsExactly("error Service/db-peers spec.ports[pg].port = \"80\": the Service over StatefulSet/db"
                        + " is headless and does not remap ports: clients connect to the pods on 5432, not on 80."
                        + " Fix: use .expose(\"pg\", 5432), or add a separate ClusterIP Service for clients that"
                        + " connect on 80. [service.headless-port]");
    }

    @Test
    void rejectsAServiceValueOverAWorkloadWithoutPorts() {
        var worker = deployment("worker").container(container("w").image("w:1.0.0"));
        assertThat(problemsOf(application("shop").add(worker, service("worker-svc", worker)))).containsExactly(
                "error Service/worker-svc spec.ports = \"<none>\": no container of Deployment/worker has a port. Fix:"
                        + " add .port(\"http\", 8080) to a container, or make the Service .headless()."
                        + " [service.no-ports]");
    }

    @Test
    void routesAnIngressToAServiceValue() {
        var internal = service("web-internal", WEB).type(ServiceType.LOAD_BALANCER).expose("http", 80);
        var route = ingress("web").ingressClass("nginx").route("shop.example.com", "/", internal.port("http"));
        assertThat(application("shop").add(WEB.withoutService(), internal, route).build().toYaml()).contains("""
                      - backend:
                          service:
                            name: web-internal
                            port:
                              name: http
                """);
        var wrongPort = ingress("web").ingressClass("nginx")
                .route("shop.example.com", "/", internal.port("metrics"));
        assertThat(problemsOf(application("shop").add(WEB, internal, wrongPort))).containsExactly(
                "error Ingress/web spec.rules[0].http.paths[0].backend.service.port.name = \"metrics\":"
                        + " Service/web-internal of Deployment/web has no port named \"metrics\"; it has [http]. Fix:"
                        + " use a named port of Deployment/web's containers. [ingress.backend-port]");
        assertThat(problemsOf(application("shop").add(WEB, route))).containsExactly(
                "error Ingress/web spec.rules[0].http.paths[0].backend.service.name = \"web-internal\": the backend"
                        + " is Service/web-internal over Deployment/web, which the application does not contain. Fix:"
                        + " add Service/web-internal to the application. [ingress.backend-service]");
    }

    @Test
    void reportsNullsHandedToAServiceValue() {
        assertThat(problemsOf(application("shop").add(service("x", null).type(null)))).containsExactly(
                "error Service/x spec.selector = \"<none>\": null was passed to service(...). Fix: pass a value, or"
                        + " leave the call out. [input.null]",
                "error Service/x spec.type = \"<none>\": null was passed to type(...). Fix: pass a value, or leave"
                        + " the call out. [input.null]");
    }

    @Test
    void reportsNullsHandedToTheSettingsOfTheDerivedService() {
        assertThat(problemsOf(application("shop").add(WEB.serviceAnnotation(null, "true")
                .externalTrafficPolicy(null).sessionAffinity(null)))).containsExactly(
                "error Deployment/web metadata.annotations = \"<none>\": null was passed to serviceAnnotation(...)."
                        + " Fix: pass a value, or leave the call out. [input.null]",
                "error Deployment/web spec.externalTrafficPolicy = \"<none>\": null was passed to"
                        + " externalTrafficPolicy(...). Fix: pass a value, or leave the call out. [input.null]",
                "error Deployment/web spec.sessionAffinity = \"<none>\": null was passed to sessionAffinity(...)."
                        + " Fix: pass a value, or leave the call out. [input.null]");
    }
}
