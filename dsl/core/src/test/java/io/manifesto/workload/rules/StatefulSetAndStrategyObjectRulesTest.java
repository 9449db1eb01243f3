package io.manifesto.workload.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim templates and rolling updates of manifests the DSL did not make. */
class StatefulSetAndStrategyObjectRulesTest {

    @Test
    void rejectsClaimTemplatesWithoutStorageOrWithTheNameOfAVolume() {
        assertThat(PodYaml.problems("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  template:
                    spec:
                      volumes: [{name: data, emptyDir: {}}]
                      containers: [{name: db, image: "postgres:16.4"}]
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec: {resources: {requests: {storage: 10GB}}}
                  - metadata: {name: logs}
                    spec: {storageClassName: Premium_SSD}
                """)).containsExactly(
                // a claim template is named by its metadata.name, which the file positions do not know: its list line
                "pod.yaml:10: error StatefulSet/db spec.volumeClaimTemplates[data].metadata.name = \"data\": a volume"
                        + " or another claim template of the pod has this name. Fix: rename one of them."
                        + " [volume.duplicate-name]",
                "pod.yaml:10: error StatefulSet/db spec.volumeClaimTemplates[data].spec.resources.requests.storage ="
                        + " \"10GB\": a claim needs a storage size: a positive Kubernetes quantity. Fix: write it like"
                        + " \"10Gi\". [volume-claim.storage]",
                "pod.yaml:10: error StatefulSet/db spec.volumeClaimTemplates[logs].spec.resources.requests.storage ="
                        + " \"<none>\": a claim needs a storage size: a positive Kubernetes quantity. Fix: write it"
                        + " like \"10Gi\". [volume-claim.storage]",
                "pod.yaml:10: error StatefulSet/db spec.volumeClaimTemplates[logs].spec.storageClassName ="
                        + " \"Premium_SSD\": must be a DNS-1123 subdomain: at most 253 characters of lower-case"
                        + " letters, digits, '-' and '.', starting and ending with a letter or digit. Fix: use a name"
                        + " such as \"premium-ssd\". [name.dns1123-subdomain]");
    }

    @Test
    void rejectsARollingUpdateThatCannotProgressOrIsOutOfRange() {
        assertThat(PodYaml.problems("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 0, maxUnavailable: "0%"}}
                  template:
                    spec: {containers: [{name: web, image: "web:1.0.0"}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  strategy: {rollingUpdate: {maxSurge: many, maxUnavailable: "150%"}}
                  template:
                    spec: {containers: [{name: api, image: "api:1.0.0"}]}
                """)).containsExactly(
                "pod.yaml:5: error Deployment/web spec.strategy.rollingUpdate.maxSurge = \"0\": maxSurge and"
                        + " maxUnavailable are both 0, so a rollout can never progress. Fix: let one of them be above"
                        + " 0, e.g. maxSurge 1. [deployment.strategy]",
                "pod.yaml:13: error Deployment/api spec.strategy.rollingUpdate.maxSurge = \"many\": is neither a"
                        + " count nor a percentage. Fix: write a count such as 1, or a percentage such as \"25%\"."
                        + " [deployment.strategy]",
                "pod.yaml:13: error Deployment/api spec.strategy.rollingUpdate.maxUnavailable = \"150%\": is out of"
                        + " range. Fix: use a count of 0 or more, or a percentage from 0% to 100%."
                        + " [deployment.strategy]");
    }
}
