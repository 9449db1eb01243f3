package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.manifesto.environment.Environment;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every mistake in a space is an error naming the space, the field, the value, the fix and the rule. */
class SpaceErrorsTest {

    private static final Space ALICE = Space.named("alice").parent(TwoServices.DEV).runs("web");

    private static List<String> errors(Space... spaces) {
        return errors(new TwoServices(), spaces);
    }

    private static List<String> errors(TwoServices definition, Space... spaces) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> Spaces.of(definition, spaces).render());
        assertThat(e).as("render() throws").isNotNull();
        return e.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void rejectsANameThatMakesNoHostLabel() {
        assertThat(errors(Space.named("Alice_1").parent(TwoServices.DEV).runs("web"))).containsExactly(
                "error Space/Alice_1 name = \"Alice_1\": a space name must make a namespace and a host label: a"
                        + " DNS-1123 label, at most 63 characters of [a-z0-9-] with alphanumeric ends. Fix: use a name"
                        + " such as \"alice-1\". [space.invalid-name]");
    }

    @Test
    void rejectsANameWhoseNamespaceIsTooLong() {
        String long60 = "a".repeat(60);
        assertThat(errors(Space.named(long60).parent(TwoServices.DEV).runs("web"))).containsExactly(
                "error Space/" + long60 + " namespace = \"shop-dev-" + long60 + "\": the space's namespace <parent"
                        + " namespace>-<space> is not a DNS-1123 label of at most 63 characters. Fix: shorten the space's"
                        + " name, or give the space a namespace with namespace(\"...\"). [space.invalid-name]");
    }

    @Test
    void rejectsTwoSpacesWithOneName() {
        assertThat(errors(ALICE, Space.named("alice").parent(TwoServices.DEV).runs("orders"))).containsExactly(
                "error Space/alice name = \"alice\": two spaces are named alice. Fix: give each developer's"
                        + " space its own name. [space.duplicate]");
    }

    @Test
    void rejectsAServiceTheApplicationDoesNotHave() {
        assertThat(errors(Space.named("alice").parent(TwoServices.DEV).runs("web", "payments"))).containsExactly(
                "error Space/alice runs = \"payments\": the application has no service of this name. Fix: run"
                        + " one of [orders, web], the workloads of the parent's manifests. [space.unknown-service]");
    }

    @Test
    void rejectsAPrefixedHostLongerThan253Characters() {
        String host = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(58)
                + ".example.com";
        Environment dev = TwoServices.DEV.host("web", host);

        assertThat(errors(new TwoServices(dev), Space.named("alice").parent(dev).runs("web"))).containsExactly(
                "error Space/alice hosts = \"alice.s." + host + "\": the prefixed host is 261 characters; a DNS"
                        + " name has at most 253. Fix: shorten the space's name or the parent's host."
                        + " [space.host-too-long]");
    }

    @Test
    void rejectsAPrefixedHostWithALabelLongerThan63Characters() {
        String label = "x".repeat(64);
        var ingress = new IngressBuilder().withNewMetadata().withName("web").endMetadata()
                .withNewSpec().addNewRule().withHost(label + ".example.com").withNewHttp().addNewPath()
                .withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName("web")
                .withNewPort().withNumber(80).endPort().endService().endBackend().endPath().endHttp().endRule()
                .endSpec().build();
        var service = new ServiceBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                .withSelector(Map.of("app", "web")).addNewPort().withName("http").withPort(80).endPort().endSpec()
                .build();
        var web = new DeploymentBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata().endTemplate()
                .endSpec().build();

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Spaces.render(
                Space.named("alice").parent(TwoServices.DEV).runs("web"), "shop", "shop-dev",
                List.of(web, service, ingress)));

        assertThat(e.errors()).map(Problem::toString).containsExactly(
                "error Space/alice hosts = \"alice.s." + label + ".example.com\": the label " + label + " is 64"
                        + " characters; a DNS label has at most 63. Fix: shorten the space's name or the parent's"
                        + " host. [space.host-too-long]");
    }

    @Test
    void rejectsAParentThatIsNotAnEnvironmentOfTheDefinition() {
        assertThat(errors(Space.named("alice").parent(Environment.named("qa")).runs("web"))).containsExactly(
                "error Space/alice parent = \"qa\": the parent is not an environment of the definition. Fix:"
                        + " use one of [dev, prod], or add it to environments(). [space.unknown-parent]");
    }

    @Test
    void rejectsAPortChangeOnAServiceThatFallsBack() {
        assertThat(errors(ALICE.port("orders", "http", 9090))).containsExactly(
                "error Space/alice port(orders, http) = \"9090\": Service/orders falls back to the parent"
                        + " through an ExternalName Service, which cannot remap ports: its clients would call 9090 on the"
                        + " parent's orders. Fix: run orders in the space (runs(\"orders\")), or remove the port change."
                        + " [space.fallback-port]");
    }

    @Test
    void rejectsASecondCanaryOnOneHostAndPath() {
        Space bob = Space.named("bob").parent(TwoServices.DEV).runs("web").routeByHeader(HeaderRouting.nginxCanary());

        assertThat(errors(ALICE.routeByHeader(HeaderRouting.nginxCanary()), bob)).containsExactly(
                "error Space/bob routeByHeader = \"dev.shop.example.com/\": ingress-nginx serves one canary"
                        + " Ingress per host and path, and space alice already routes dev.shop.example.com/ by a canary."
                        + " Fix: route this space with HeaderRouting.gatewayApi(...), whose header matches any number of"
                        + " spaces can share, or route only one space by an nginx canary. [space.canary-conflict]");
    }

    @Test
    void rejectsAWildcardThroughAnHttp01Issuer() {
        var http01 = io.manifesto.Manifesto.clusterIssuer("letsencrypt-prod",
                io.manifesto.Manifesto.letsEncryptProduction().email("team@contoso.com")
                        .solver(io.manifesto.Manifesto.http01("nginx")));

        assertThat(errors(ALICE.tls(SpaceTls.wildcard(http01)))).containsExactly(
                "error Space/alice tls = \"ClusterIssuer/letsencrypt-prod\": a wildcard certificate *.s.<host>"
                        + " for every space needs a ClusterIssuer with a DNS01 solver: HTTP01 cannot prove a wildcard,"
                        + " and a namespaced Issuer serves one namespace. Fix: use clusterIssuer(\"...\","
                        + " letsEncryptProduction().solver(dns01(...))), or SpaceTls.perHost(). [space.wildcard-issuer]");
    }

    @Test
    void reportsEveryMistakeOfEverySpaceAtOnce() {
        assertThat(errors(Space.named("alice").parent(TwoServices.DEV).runs("payments"),
                Space.named("bob").parent(Environment.named("qa")), Space.named(null))).containsExactly(
                "error Space/alice runs = \"payments\": the application has no service of this name. Fix: run one"
                        + " of [orders, web], the workloads of the parent's manifests. [space.unknown-service]",
                "error Space/bob parent = \"qa\": the parent is not an environment of the definition. Fix: use one"
                        + " of [dev, prod], or add it to environments(). [space.unknown-parent]",
                "error Space/ name = \"<none>\": null was passed to Space.named(...). Fix: pass a value, or leave"
                        + " the call out. [input.null]",
                "error Space/ parent = \"<none>\": a space needs a parent environment. Fix: add .parent(...) with"
                        + " one of [dev, prod]. [space.unknown-parent]");
    }
}
