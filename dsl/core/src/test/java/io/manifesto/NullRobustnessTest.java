package io.manifesto;

import io.manifesto.core.Application;
import io.manifesto.core.Component;
import io.manifesto.networking.Ingress;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.ScalingRules;
import io.manifesto.scheduling.Placement;
import io.manifesto.tls.Acme;
import io.manifesto.tls.AzureDns;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.Solver;
import io.manifesto.tls.Tls;
import io.manifesto.validate.ValidationException;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.PodTrait;
import io.manifesto.resources.ResourceAmount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Passes {@code null} to every factory of {@link Manifesto} and to every fluent method of the DSL's values: the
 * call never throws, and the build fails with {@code input.null} naming the method; never a NullPointerException,
 * never a null accepted silently. The two lists below are the exceptions, each checked too.
 */
class NullRobustnessTest {

    private static final Deployment WEB = deployment("web").container(container("web").image("web:1.0.0")
            .port("http", 8080).requests(cpu("100m"), memory("128Mi")));
    private static final Issuer ISSUER = clusterIssuer("letsencrypt", letsEncryptStaging().email("ops@contoso.com")
            .solver(http01("nginx")));

    /** A sample value and how it is put into an application. */
    private record Case(Object sample, Function<Object, Application.Builder> embed) {
    }

    private static Application.Builder withWeb(Component... components) {
        return application("shop").add(WEB).add(components);
    }

    private static Stream<Case> cases() {
        return Stream.of(
                new Case(hpa(WEB).replicas(2, 5).cpuUtilization(70), o -> withWeb((Component) o)),
                new Case(vpa(WEB), o -> withWeb((Component) o)),
                new Case(disruptionBudget(WEB).minAvailable(count(1)), o -> withWeb((Component) o)),
                new Case(priorityClass("shop-critical", 1000), o -> withWeb((Component) o)),
                new Case(overprovisioning("headroom").replicas(1).requests(cpu("100m")),
                        o -> withWeb((Component) o)),
                new Case(ingress("shop").ingressClass("nginx").route("shop.example.com", "/", WEB.port("http")),
                        o -> withWeb((Component) o)),
                new Case(ISSUER, o -> withWeb((Component) o)),
                new Case(certificate("shop", ISSUER).dnsNames("shop.example.com"),
                        o -> withWeb(ISSUER, (Component) o)),
                new Case(nodePool("gpu"), o -> withWeb((Component) o)),
                new Case(service("web-internal", WEB), o -> withWeb((Component) o)),
                new Case(storageClass("premium", "disk.csi.azure.com"), o -> withWeb((Component) o)),
                new Case(configMap("settings"), o -> withWeb((Component) o)),
                new Case(placement(), o -> application("shop").add(WEB.placement((Placement) o))),
                new Case(container("web").image("web:1.0.0").port("http", 8080).requests(cpu("100m"), memory("128Mi")),
                        o -> application("shop").add(deployment("web").container((Container) o))),
                new Case(spreadAcrossZones(), o -> application("shop").add(WEB.with((PodTrait) o))),
                new Case(letsEncryptStaging().email("ops@contoso.com"),
                        o -> withWeb(clusterIssuer("le", (Acme) o))),
                new Case(http01("nginx"), o -> withWeb(clusterIssuer("le",
                        letsEncryptStaging().email("ops@contoso.com").solver((Solver) o)))),
                new Case(azureDns("sub", "rg"), o -> withWeb(clusterIssuer("le",
                        letsEncryptStaging().email("ops@contoso.com").solver(dns01((AzureDns) o))))),
                new Case(ScalingRules.defaults(), o -> withWeb(hpa(WEB).replicas(2, 5).cpuUtilization(70)
                        .scaleUp((ScalingRules) o))),
                new Case(ContainerPolicy.forAllContainers(), o -> withWeb(vpa(WEB).containerPolicy((ContainerPolicy) o))),
                new Case(tlsFromSecret("shop-tls", "shop.example.com"), o -> withWeb(ingress("shop")
                        .ingressClass("nginx").route("shop.example.com", "/", WEB.port("http")).tls((Tls) o))));
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyFluentMethodIsReportedNotThrown() {
        return cases().flatMap(c -> fluentMethods(c.sample().getClass()).map(method ->
                DynamicTest.dynamicTest(method.getDeclaringClass().getSimpleName() + "." + method.getName(), () -> {
                    Object changed = invokeWithNulls(method, c.sample());
                    assertReportedAsNull(() -> c.embed().apply(changed).build(), method);
                })));
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyFactoryIsReportedNotThrown() {
        return Arrays.stream(Manifesto.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0)
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(Class::isPrimitive))
                // write and diff act at once, so a null is a ValidationException there (for diff: DriftTest)
                .filter(m -> !m.getName().equals("write") && !m.getName().equals("diff"))
                .sorted(Comparator.comparing(Method::toString))
                .map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
                    Object made = invokeWithNulls(method, null);
                    if (made instanceof Component component) {
                        assertReportedAsNull(() -> withWeb(component).build(), method);
                    }
                }));
    }

    private static final String FIX = ". Fix: pass a value, or leave the call out. [input.null]";

    private static Ingress shopIngress() {
        return ingress("shop").ingressClass("nginx").route("shop.example.com", "/", WEB.port("http"));
    }

    @Test
    void aNullTlsSectionIsReportedOnSpecTls() {
        assertThat(problemsOf(withWeb(shopIngress().tls(null))))
                .containsExactly("error Ingress/shop spec.tls = \"<none>\": null was passed to tls(...)" + FIX);
    }

    @Test
    void aTlsSectionWithoutIssuerIsReportedOnItsEntry() {
        assertThat(problemsOf(withWeb(shopIngress().tls(tlsIssuedBy(null, "shop-tls", "shop.example.com")))))
                .containsExactly("error Ingress/shop spec.tls[0] = \"<none>\": null was passed to tlsIssuedBy(...)"
                        + FIX);
    }

    @Test
    void aNullHostOfATlsSectionIsReportedOnItsHosts() {
        assertThat(problemsOf(withWeb(shopIngress().tls(tlsFromSecret("shop-tls", "shop.example.com", null)))))
                .containsExactly("error Ingress/shop spec.tls[0].hosts = \"<none>\": null was passed to"
                        + " tlsFromSecret(...)" + FIX);
    }

    @Test
    void aCertificateWithoutIssuerIsReportedOnItsIssuerRef() {
        assertThat(problemsOf(withWeb(certificate("shop", null).dnsNames("shop.example.com"))))
                .containsExactly("error Certificate/shop spec.issuerRef = \"<none>\": null was passed to"
                        + " certificate(...)" + FIX);
    }

    @Test
    void nullDnsNamesAreReportedAndTheOthersKept() {
        assertThat(problemsOf(withWeb(ISSUER, certificate("shop", ISSUER).dnsNames("shop.example.com", null))))
                .containsExactly("error Certificate/shop spec.dnsNames = \"<none>\": null was passed to dnsNames(...)"
                        + FIX);
    }

    @Test
    void anIssuerWithoutTypeIsReportedOnItsSpec() {
        assertThat(problemsOf(withWeb(clusterIssuer("letsencrypt", null))))
                .containsExactly("error ClusterIssuer/letsencrypt spec = \"<none>\": null was passed to"
                        + " clusterIssuer(...)" + FIX);
    }

    @Test
    void aNullSolverIsReportedUnderTheAcmeBlock() {
        assertThat(problemsOf(withWeb(clusterIssuer("letsencrypt", letsEncryptStaging().email("ops@contoso.com")
                .solver(http01("nginx").forDnsZones((String[]) null)).solver(null)))))
                .containsExactly(
                        "error ClusterIssuer/letsencrypt spec.acme.solvers = \"<none>\": null was passed to"
                                + " solver(...)" + FIX,
                        "error ClusterIssuer/letsencrypt spec.acme.solvers[0].selector.dnsZones = \"<none>\": null"
                                + " was passed to forDnsZones(...)" + FIX);
    }

    @Test
    void nullAzureDnsSettingsAreReportedUnderTheSolverAndTheSetOnesKept() {
        assertThat(problemsOf(withWeb(clusterIssuer("letsencrypt", letsEncryptStaging().email("ops@contoso.com")
                .solver(dns01(azureDns("sub", "rg").hostedZone("contoso.com").hostedZone(null).environment(null)
                        .managedIdentity(null)))))))
                .containsExactly(
                        "error ClusterIssuer/letsencrypt spec.acme.solvers[0].dns01.azureDNS.hostedZoneName ="
                                + " \"<none>\": null was passed to hostedZone(...)" + FIX,
                        "error ClusterIssuer/letsencrypt spec.acme.solvers[0].dns01.azureDNS.environment = \"<none>\":"
                                + " null was passed to environment(...)" + FIX,
                        "error ClusterIssuer/letsencrypt spec.acme.solvers[0].dns01.azureDNS.managedIdentity ="
                                + " \"<none>\": null was passed to managedIdentity(...)" + FIX);
    }

    @Test
    void nullDurationsAndAcmeSettingsAreReportedOnTheirFields() {
        Issuer issuer = clusterIssuer("letsencrypt", letsEncryptStaging().email("ops@contoso.com").email(null)
                .accountKey(null).solver(http01("nginx")));
        assertThat(problemsOf(withWeb(issuer, certificate("shop", issuer).dnsNames("shop.example.com")
                .renewBefore("48h").duration(null).renewBefore(null)))).containsExactly(
                "error ClusterIssuer/letsencrypt spec.acme.email = \"<none>\": null was passed to email(...)" + FIX,
                "error ClusterIssuer/letsencrypt spec.acme.privateKeySecretRef.name = \"<none>\": null was passed to"
                        + " accountKey(...)" + FIX,
                "error Certificate/shop spec.duration = \"<none>\": null was passed to duration(...)" + FIX,
                "error Certificate/shop spec.renewBefore = \"<none>\": null was passed to renewBefore(...)" + FIX);
    }

    @Test
    void aNullPriorityClassIsReportedOnThePods() {
        assertThat(problemsOf(application("shop").add(WEB.with(priority(null)))))
                .containsExactly("error Deployment/web spec.template.spec.priorityClassName = \"<none>\": null was"
                        + " passed to priority(...)" + FIX);
    }

    @Test
    void nullVpaBoundsAreReportedOnTheContainerPolicy() {
        assertThat(problemsOf(withWeb(vpa(WEB).containerPolicy(ContainerPolicy.forAllContainers()
                .minAllowed((ResourceAmount[]) null)))))
                .filteredOn(problem -> problem.startsWith("error"))
                .containsExactly("error VerticalPodAutoscaler/web spec.resourcePolicy.containerPolicies[0].minAllowed"
                        + " = \"<none>\": null was passed to minAllowed(...)" + FIX);
    }

    @Test
    void nullPlaceholderRequestsAreReportedOnThePauseContainer() {
        assertThat(problemsOf(withWeb(overprovisioning("headroom").requests(cpu("100m"), null))))
                .containsExactly("error Deployment/headroom spec.template.spec.containers[pause].resources.requests"
                        + " = \"<none>\": null was passed to requests(...)" + FIX);
    }

    @Test
    void aNullScalingPolicyIsReportedUnderItsDirection() {
        assertThat(problemsOf(withWeb(hpa(WEB).replicas(2, 5).cpuUtilization(70)
                .scaleDown(ScalingRules.defaults().policy(null)))))
                .containsExactly("error HorizontalPodAutoscaler/web spec.behavior.scaleDown.policies = \"<none>\": null"
                        + " was passed to policy(...)" + FIX);
    }

    private static Stream<Method> fluentMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0)
                .filter(m -> type.isAssignableFrom(m.getReturnType()))
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(Class::isPrimitive))
                .sorted(Comparator.comparing(Method::toString));
    }

    private static Object invokeWithNulls(Method method, Object target) throws IllegalAccessException {
        try {
            return method.invoke(target, new Object[method.getParameterCount()]);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " threw " + e.getCause() + " for null arguments", e.getCause());
        }
    }

    /**
     * Methods whose {@code null} the build reports through the field's own rule instead of {@code input.null}: none
     * now. A method added here needs only some error, not one naming it.
     */
    private static final Set<String> REPORTED_BY_FIELD_RULE = Set.of();

    /**
     * Methods whose {@code null} is still accepted silently: none now. A method added here fails the test once its
     * null is reported, so that it moves out of this list.
     */
    private static final Set<String> STILL_SILENT = Set.of();

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The build must fail, and one problem must be {@code input.null} naming {@code method}. */
    private static void assertReportedAsNull(Runnable build, Method method) {
        Throwable thrown = catchThrowable(build::run);
        if (STILL_SILENT.contains(key(method))) {
            assertThat(thrown).as("null passed to " + method + " is reported now: remove it from STILL_SILENT")
                    .isNull();
            return;
        }
        assertThat(thrown).as("null passed to " + method + " was accepted silently")
                .isInstanceOf(ValidationException.class);
        if (REPORTED_BY_FIELD_RULE.contains(key(method))) {
            assertThat(((ValidationException) thrown).errors()).as("errors of a null passed to " + method)
                    .isNotEmpty();
            return;
        }
        assertThat(((ValidationException) thrown).problems())
                .as("problems of a null passed to " + method)
                .anySatisfy(problem -> {
                    assertThat(problem.ruleId()).isEqualTo("input.null");
                    assertThat(problem.message()).contains(method.getName() + "(...)");
                });
    }
}
