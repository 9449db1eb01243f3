package io.manifesto.scaling.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** PriorityClasses and the safe-to-evict annotation read from YAML are held to the scaling rules. */
class PriorityAndEvictionObjectRulesTest {

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/cluster.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsAReservedNameAReservedValueAndASecondGlobalDefault() {
        assertThat(lint("""
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: system-batch}
                value: 2000000000
                globalDefault: true
                ---
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata: {name: web}
                value: 1000
                globalDefault: true
                """)).containsExactly(
                "k8s/cluster.yaml:3: error PriorityClass/system-batch metadata.name = \"system-batch\": names starting"
                        + " with \"system-\" are reserved for the system's priority classes. Fix: choose another name,"
                        + " e.g. \"batch-priority\"; to give pods one of the cluster's own classes, set their"
                        + " priorityClassName to it instead of applying a PriorityClass. [priorityclass.reserved-name]",
                "k8s/cluster.yaml:4: error PriorityClass/system-batch value = \"2000000000\": values above 1000000000"
                        + " are reserved for the system's priority classes. Fix: use a value of at most 1000000000."
                        + " [priorityclass.value]",
                "k8s/cluster.yaml:11: error PriorityClass/web globalDefault = \"true\": the files checked already have"
                        + " a global default, PriorityClass/system-batch, and the API server rejects a second"
                        + " PriorityClass with globalDefault: true. Fix: remove globalDefault: true from"
                        + " PriorityClass/web or from PriorityClass/system-batch. [priorityclass.global-default]");
    }

    @Test
    void rejectsASafeToEvictAnnotationTheAutoscalerDoesNotRead() {
        assertThat(lint("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate}
                spec:
                  template:
                    metadata:
                      annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "no"}
                    spec:
                      restartPolicy: Never
                      containers: [{name: migrate, image: "migrate:1.0.0"}]
                """)).containsExactly(
                "k8s/cluster.yaml:7: error Job/migrate"
                        + " spec.template.metadata.annotations.cluster-autoscaler.kubernetes.io/safe-to-evict ="
                        + " \"no\": the cluster autoscaler reads only \"true\" and \"false\", and ignores this"
                        + " value. Fix: write \"true\" (the autoscaler may evict these pods to remove a node) or"
                        + " \"false\" (it keeps every node they run on). [eviction.annotation-value]");
    }

    @Test
    void rejectsAHandWrittenSafeToEvictAnnotationOfTheDslInDslTerms() {
        var web = deployment("web").container(container("web").image("registry.example.com/web:1.0"))
                .podAnnotation("cluster-autoscaler.kubernetes.io/safe-to-evict", "yes");
        assertThat(problemsOf(application("shop").add(web))).containsExactly("error Deployment/web"
                + " spec.template.metadata.annotations.cluster-autoscaler.kubernetes.io/safe-to-evict = \"yes\": the"
                + " cluster autoscaler reads only \"true\" and \"false\", and ignores this value. Fix: remove the"
                + " annotation and use .with(safeToEvict()) or .with(notSafeToEvict()). [eviction.annotation-value]");
    }
}
