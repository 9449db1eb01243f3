package io.manifesto;

import io.manifesto.core.Application;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code null} name, or a {@code null} passed for a field that a rule would then find empty, is one mistake: the
 * build reports it once, as {@code input.null} naming the method, and not again as an invalid name or an empty
 * field (the exhaustive check over every factory is {@link NullRobustnessTest}).
 */
class NullNameTest {

    private static final String FIX = ". Fix: pass a value, or leave the call out. [input.null]";
    private static final Deployment WEB = deployment("web").container(container("web")
            .image("web:1.0.0").port("http", 8080).requests(cpu("100m"), memory("128Mi")));

    private static Application.Builder withWeb(io.manifesto.core.Component component) {
        return application("shop").add(WEB).add(component);
    }

    @Test
    void aNullWorkloadNameIsReportedOnceNamingTheFactory() {
        assertThat(problemsOf(application("shop").add(deployment(null).container(container("web")
                .image("web:1.0.0").requests(cpu("100m"), memory("128Mi"))))))
                .containsExactly("error Deployment/ metadata.name = \"<none>\": null was passed to deployment(...)"
                        + FIX);
    }

    @Test
    void aNullSecretNameNamesTheFactoryThatWasCalled() {
        assertThat(problemsOf(withWeb(registrySecret(null))))
                .containsExactly("error Secret/ metadata.name = \"<none>\": null was passed to registrySecret(...)"
                        + FIX);
    }

    @Test
    void aNullPlaceholderNameIsReportedOnBothObjectsThatTakeIt() {
        assertThat(problemsOf(withWeb(overprovisioning(null).requests(cpu("100m")))))
                .containsExactly(
                        "error Deployment/ metadata.name = \"<none>\": null was passed to overprovisioning(...)" + FIX,
                        "error PriorityClass/ metadata.name = \"<none>\": null was passed to overprovisioning(...)"
                                + FIX);
    }

    @Test
    void aNullCronJobScheduleIsNotReportedAgainAsAMissingSchedule() {
        assertThat(problemsOf(application("shop").add(cronJob("nightly", null).container(container("job")
                .image("job:1.0.0").requests(cpu("100m"), memory("128Mi"))))))
                .containsExactly("error CronJob/nightly spec.schedule = \"<none>\": null was passed to cronJob(...)"
                        + FIX);
    }

    @Test
    void aNullNameOfAnAutoscalerKeepsItsTargetsName() {
        assertThat(problemsOf(withWeb(hpa(WEB).replicas(2, 5).cpuUtilization(70).withName(null))))
                .containsExactly("error HorizontalPodAutoscaler/web metadata.name = \"<none>\": null was passed to"
                        + " withName(...)" + FIX);
    }

    @Test
    void aNullBudgetIsNotReportedAgainAsABudgetWithoutMinAvailable() {
        assertThat(problemsOf(withWeb(disruptionBudget(WEB).minAvailable(null))))
                .containsExactly("error PodDisruptionBudget/web spec.minAvailable = \"<none>\": null was passed to"
                        + " minAvailable(...)" + FIX);
    }

    @Test
    void aNullAverageValueIsReportedOnTheMetricsNamingTheHpaMethod() {
        assertThat(problemsOf(withWeb(hpa(WEB).replicas(2, 5).memoryAverageValue(null))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.metrics = \"<none>\": null was passed to"
                        + " memoryAverageValue(...)" + FIX);
    }

    @Test
    void anotherMistakeOnAnObjectWithANullNameIsStillReported() {
        assertThat(problemsOf(withWeb(role(null))))
                .containsExactly("error Role/ metadata.name = \"<none>\": null was passed to role(...)" + FIX,
                        "error Role/ rules = \"<none>\": the role allows nothing. Fix: add .allow(Verb.read(),"
                                + " \"configmaps\") or another permission. [rbac.empty-role]");
    }
}
