package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of Services in manifests the DSL did not make: several Services over one StatefulSet, the external
 * traffic policy, session affinity, and what a headless Service cannot ask.
 */
class ServiceSettingObjectRulesTest {

    private static final String POSTGRES = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers:
                  - name: db
                    image: postgres:16.4
                    ports: [{name: pg, containerPort: 5432}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec:
              clusterIP: None
              selector: {app: db}
              ports: [{name: pg, port: 5432, targetPort: pg}]
            ---
            """;

    @Test
    void acceptsAClientServiceBesideTheHeadlessOne() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  type: LoadBalancer
                  externalTrafficPolicy: Local
                  sessionAffinity: ClientIP
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                """)).isEmpty();
    }

    @Test
    void checksEveryServiceOverTheSamePods() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  selector: {app: db}
                  ports: [{name: sql, port: 5432, targetPort: sql}]
                """)).containsExactly(
                "pod.yaml:28: error Service/db-client spec.ports[sql].targetPort = \"sql\": no container of"
                        + " StatefulSet/db has a port of this name. Fix: name one of [pg], or add the port to a"
                        + " container. [service.unknown-port]");
    }

    @Test
    void rejectsAnExternalTrafficPolicyOnAClusterIpServiceOrOfAnUnknownValue() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  externalTrafficPolicy: Local
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db-public}
                spec:
                  type: LoadBalancer
                  externalTrafficPolicy: local
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                """)).containsExactly(
                "pod.yaml:27: error Service/db-client spec.externalTrafficPolicy = \"Local\": the API server accepts"
                        + " externalTrafficPolicy only on a Service reachable from outside the cluster (NodePort or"
                        + " LoadBalancer), and this one is ClusterIP. Fix: remove spec.externalTrafficPolicy, or set"
                        + " spec.type: LoadBalancer or NodePort. [service.external-traffic-policy]",
                "pod.yaml:36: error Service/db-public spec.externalTrafficPolicy = \"local\": externalTrafficPolicy"
                        + " is Cluster or Local. Fix: set Cluster or Local. [service.external-traffic-policy]");
    }

    @Test
    void acceptsAnExternalTrafficPolicyOnAClusterIpServiceWithExternalIps() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  externalIPs: [203.0.113.10]
                  externalTrafficPolicy: Cluster
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                """)).isEmpty();
    }

    @Test
    void rejectsSessionAffinityTheApiServerRefuses() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  sessionAffinity: ClientIP
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db-read}
                spec:
                  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db-sticky}
                spec:
                  sessionAffinity: Cookie
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                """)).containsExactly(
                "pod.yaml:28: error Service/db-client spec.sessionAffinityConfig.clientIP.timeoutSeconds = \"0\": the"
                        + " API server accepts a client IP affinity timeout from 1 to 86400 seconds (a day). Fix: set"
                        + " timeoutSeconds from 1 to 86400, or leave it out for the default of 10800."
                        + " [service.session-affinity]",
                "pod.yaml:36: error Service/db-read spec.sessionAffinityConfig = \"<none>\": the API server rejects a"
                        + " sessionAffinityConfig unless sessionAffinity is ClientIP. Fix: set spec.sessionAffinity:"
                        + " ClientIP, or remove spec.sessionAffinityConfig. [service.session-affinity]",
                "pod.yaml:44: error Service/db-sticky spec.sessionAffinity = \"Cookie\": sessionAffinity is None or"
                        + " ClientIP. Fix: set ClientIP, or leave it out. [service.session-affinity]");
    }

    @Test
    void rejectsAHeadlessNodePortAndAHeadlessServiceWithAffinity() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-nodes}
                spec:
                  type: NodePort
                  clusterIP: None
                  sessionAffinity: ClientIP
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                """)).containsExactly(
                "pod.yaml:28: error Service/db-nodes spec.clusterIP = \"None\": a headless Service has no cluster IP"
                        + " for a NodePort to forward to, and the API server rejects clusterIP: None on a NodePort"
                        + " Service. Fix: remove clusterIP: None, or set type: ClusterIP; for both, write two Services"
                        + " over the same pods. [service.headless-proxied]",
                "pod.yaml:29: error Service/db-nodes spec.sessionAffinity = \"ClientIP\": the Service is headless:"
                        + " kube-proxy does not proxy it (DNS returns the pods' addresses), so client IP affinity"
                        + " cannot take effect. Fix: remove spec.sessionAffinity, or set it on a Service that is not"
                        + " headless. [service.headless-proxied]");
    }

    @Test
    void checksAnIngressBackendAgainstEveryServiceOfThePods() {
        assertThat(PodYaml.problems(POSTGRES + """
                apiVersion: v1
                kind: Service
                metadata: {name: db-client}
                spec:
                  selector: {app: db}
                  ports: [{name: pg, port: 5432, targetPort: pg}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: db}
                spec:
                  ingressClassName: nginx
                  rules:
                  - host: db.example.com
                    http:
                      paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: db-client, port: {name: admin}}}
                """)).containsExactly(
                "pod.yaml:41: error Ingress/db spec.rules[0].http.paths[0].backend.service.port.name = \"admin\":"
                        + " Service/db-client of StatefulSet/db has no port named \"admin\"; it has [pg]. Fix: use a"
                        + " port name that Service/db-client exposes. [ingress.backend-port]");
    }
}
