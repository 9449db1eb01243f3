package io.manifesto.testing;

import static io.manifesto.testing.ManifestAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class WorkloadAssertTest {

    private final List<HasMetadata> manifests = Fixtures.manifests();

    private WorkloadAssert shop() {
        return assertThat(manifests).deployment("shop");
    }

    private static WorkloadAssert withTolerations(Toleration... tolerations) {
        Deployment deployment = new DeploymentBuilder(Fixtures.deployment())
                .editSpec().editTemplate().editSpec().withTolerations(tolerations).endSpec().endTemplate().endSpec()
                .build();
        return new WorkloadAssert(deployment);
    }

    private static Toleration toleration(String key, String operator, String value, String effect) {
        return new TolerationBuilder().withKey(key).withOperator(operator).withValue(value).withEffect(effect).build();
    }

    @Test
    void checksReplicasOfAStatefulSet() {
        assertThat(manifests).statefulSet("db").hasReplicas(3);
    }

    @Test
    void wrongReplicasFail() {
        assertThatThrownBy(() -> assertThat(manifests).statefulSet("db").hasReplicas(2))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting StatefulSet/db to have replicas\n  2\nbut it had\n  3");
    }

    @Test
    void unsetReplicasFailHasReplicas() {
        assertThatThrownBy(() -> shop().hasReplicas(2))
                .hasMessage("\nExpecting Deployment/shop to have replicas\n  2\nbut spec.replicas was not set");
    }

    @Test
    void checksThatReplicasAreLeftOut() {
        shop().hasNoReplicas();
    }

    @Test
    void setReplicasFailHasNoReplicas() {
        assertThatThrownBy(() -> assertThat(manifests).statefulSet("db").hasNoReplicas())
                .hasMessage("\nExpecting StatefulSet/db to leave spec.replicas out\n  (not set)\nbut it had\n  3");
    }

    @Test
    void aMissingContainerFailsListingTheContainers() {
        assertThatThrownBy(() -> shop().container("sidecar"))
                .hasMessage("\nExpecting Deployment/shop to have a container named\n  \"sidecar\"\n"
                        + "but its containers were\n  [web]");
    }

    @Test
    void checksMetadataLabels() {
        shop().hasLabel("app.kubernetes.io/name", "shop");
    }

    @Test
    void aDifferentLabelValueFails() {
        assertThatThrownBy(() -> shop().hasLabel("app.kubernetes.io/name", "cart"))
                .hasMessage("\nExpecting Deployment/shop to have the label\n"
                        + "  \"app.kubernetes.io/name\"=\"cart\"\n"
                        + "but it had\n"
                        + "  \"app.kubernetes.io/name\"=\"shop\"");
    }

    @Test
    void checksPodAnnotations() {
        shop().hasPodAnnotation("cluster-autoscaler.kubernetes.io/safe-to-evict", "true");
    }

    @Test
    void aMissingPodAnnotationFailsListingThePresentOnes() {
        assertThatThrownBy(() -> shop().hasPodAnnotation("prometheus.io/scrape", "true"))
                .hasMessage("\nExpecting Deployment/shop to have the pod annotation\n"
                        + "  \"prometheus.io/scrape\"=\"true\"\n"
                        + "but it had no pod annotation \"prometheus.io/scrape\"; it had\n"
                        + "  {cluster-autoscaler.kubernetes.io/safe-to-evict=true}");
    }

    @Test
    void checksTheNodeSelector() {
        shop().hasNodeSelector("type", "virtual-kubelet");
    }

    @Test
    void aDifferentNodeSelectorFails() {
        assertThatThrownBy(() -> shop().hasNodeSelector("type", "agent"))
                .hasMessageContaining("\"type\"=\"agent\"\nbut it had\n  \"type\"=\"virtual-kubelet\"");
    }

    @Test
    void existsToleratesAnyValueOfTheKeyForEveryEffect() {
        shop().toleratesTaint("virtual-kubelet.io/provider", "azure", "NoSchedule")
                .toleratesTaint("virtual-kubelet.io/provider", "other", "NoExecute");
    }

    @Test
    void anEmptyKeyWithExistsToleratesEverything() {
        withTolerations(toleration(null, "Exists", null, null)).toleratesTaint("any", "thing", "NoExecute");
    }

    @Test
    void equalComparesValuesAndAMissingOperatorMeansEqual() {
        withTolerations(toleration("dedicated", null, "gpu", "NoSchedule"))
                .toleratesTaint("dedicated", "gpu", "NoSchedule")
                .doesNotTolerateTaint("dedicated", "cpu", "NoSchedule");
        withTolerations(toleration("dedicated", "Equal", "gpu", null))
                .toleratesTaint("dedicated", "gpu", "PreferNoSchedule");
    }

    @Test
    void aTolerationForAnotherEffectOrKeyDoesNotMatch() {
        withTolerations(toleration("dedicated", "Exists", null, "NoSchedule"))
                .doesNotTolerateTaint("dedicated", "gpu", "NoExecute")
                .doesNotTolerateTaint("spot", "true", "NoSchedule");
    }

    @Test
    void anUntoleratedTaintFailsListingTheTolerations() {
        assertThatThrownBy(() -> withTolerations(toleration("dedicated", "Equal", "gpu", "NoSchedule"))
                .toleratesTaint("dedicated", "cpu", "NoSchedule"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("\nExpecting Deployment/shop to tolerate the taint\n"
                        + "  dedicated=cpu:NoSchedule\n"
                        + "but its tolerations were\n"
                        + "  {key: \"dedicated\", operator: Equal, value: \"gpu\", effect: NoSchedule}");
    }

    @Test
    void aToleratedTaintFailsDoesNotTolerate() {
        assertThatThrownBy(() -> shop().doesNotTolerateTaint("virtual-kubelet.io/provider", "azure", "NoSchedule"))
                .hasMessage("\nExpecting Deployment/shop not to tolerate the taint\n"
                        + "  virtual-kubelet.io/provider=azure:NoSchedule\n"
                        + "but it was tolerated by\n"
                        + "  {key: \"virtual-kubelet.io/provider\", operator: Exists, effect: (all)}");
    }

    @Test
    void checksTheSelectorExactly() {
        shop().selectsOn(Fixtures.SELECTOR);
    }

    @Test
    void aSelectorWithMoreLabelsFails() {
        Map<String, String> withVersion = Map.of("app.kubernetes.io/name", "shop", "version", "1.4.2");

        assertThatThrownBy(() -> shop().selectsOn(withVersion))
                .hasMessage("\nExpecting Deployment/shop to select pods on\n"
                        + "  {app.kubernetes.io/name=shop, version=1.4.2}\n"
                        + "but it had\n"
                        + "  {app.kubernetes.io/name=shop}");
    }

    @Test
    void checksRunAsNonRoot() {
        shop().runsAsNonRoot();
    }

    @Test
    void aPodWithoutSecurityContextFailsRunAsNonRoot() {
        assertThatThrownBy(() -> assertThat(manifests).statefulSet("db").runsAsNonRoot())
                .hasMessage("\nExpecting StatefulSet/db to set the pod's securityContext.runAsNonRoot to\n"
                        + "  true\nbut it was not set");
    }

    @Test
    void checksTheServiceAccount() {
        shop().hasServiceAccount("shop");
    }

    @Test
    void aDifferentServiceAccountFails() {
        assertThatThrownBy(() -> shop().hasServiceAccount("default"))
                .hasMessage("\nExpecting Deployment/shop to run as the service account\n"
                        + "  \"default\"\nbut it had\n  \"shop\"");
    }
}
