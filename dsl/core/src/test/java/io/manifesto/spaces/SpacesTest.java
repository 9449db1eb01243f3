package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.render.ManifestReader;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What a space renders from its parent, and the warnings that need a person's judgement. */
class SpacesTest {

    private static final Space ALICE = Space.named("alice").parent(TwoServices.DEV).runs("web");

    private static SpaceRendering render(Space space) {
        return Spaces.of(new TwoServices(), space).render().get(0);
    }

    private static String yaml(Space space) {
        return render(space).application().toYaml();
    }

    private static List<String> kinds(SpaceRendering space) {
        return space.application().resources().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .toList();
    }

    @Test
    void routesTheHeaderThroughAGatewayApiHttpRoute() {
        String yaml = yaml(ALICE.routeByHeader(HeaderRouting.gatewayApi("shared", "gateway-system")));

        assertThat(yaml).contains("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: web
                    app.kubernetes.io/part-of: shop
                    manifesto.io/space: alice
                    manifesto.io/space-parent: dev
                  name: web
                  namespace: shop-dev-alice
                spec:
                  hostnames:
                  - dev.shop.example.com
                  parentRefs:
                  - name: shared
                    namespace: gateway-system
                  rules:
                  - backendRefs:
                    - name: web
                      port: 8080
                    matches:
                    - headers:
                      - name: kubernetes-route-as
                        type: Exact
                        value: alice
                      path:
                        type: PathPrefix
                        value: /
                """);
    }

    @Test
    void letsManySpacesShareAHostAndPathThroughGatewayApi() {
        var gateway = HeaderRouting.gatewayApi("shared", "gateway-system");

        assertThat(Spaces.of(new TwoServices(), ALICE.routeByHeader(gateway),
                Space.named("bob").parent(TwoServices.DEV).runs("web").routeByHeader(gateway)).render()).hasSize(2);
    }

    @Test
    void asksForAWildcardThroughADns01ClusterIssuer() {
        var dns = clusterIssuer("letsencrypt-dns", letsEncryptProduction().email("team@contoso.com")
                .solver(dns01(azureDns("00000000-0000-0000-0000-000000000000", "dns"))));

        String yaml = yaml(ALICE.tls(SpaceTls.wildcard(dns)));

        assertThat(yaml).contains("    cert-manager.io/cluster-issuer: letsencrypt-dns\n")
                .contains("  - host: alice.s.dev.shop.example.com\n")
                .contains("  tls:\n  - hosts:\n    - '*.s.dev.shop.example.com'\n    secretName: web-tls\n");
    }

    @Test
    void pinsAutoscalersAndDropsBudgetsByDefault() {
        SpaceRendering alice = render(ALICE);

        assertThat(alice.application().toYaml()).contains("  maxReplicas: 1\n").contains("  minReplicas: 1\n");
        assertThat(kinds(alice)).doesNotContain("PodDisruptionBudget/web");
        assertThat(alice.application().toYaml()).contains("manifesto.io/space-dropped: \"ClusterIssuer/letsencrypt-prod,"
                + " ConfigMap/orders-config, Deployment/orders, PodDisruptionBudget/web\"");
    }

    @Test
    void removesAutoscalersAndKeepsBudgetsWhenTheSpaceSaysSo() {
        SpaceRendering alice = render(ALICE.autoscalers(Autoscalers.REMOVED).keepDisruptionBudgets());

        assertThat(kinds(alice)).contains("PodDisruptionBudget/web").doesNotContain("HorizontalPodAutoscaler/web");
        assertThat(alice.application().toYaml()).contains("spec:\n  replicas: 1\n");
    }

    @Test
    void servesItsOwnServiceOnTheChangedPort() {
        String yaml = yaml(ALICE.port("web", "http", 9090));

        assertThat(yaml).contains("  - name: http\n    port: 9090\n    protocol: TCP\n    targetPort: http\n");
    }

    @Test
    void bringsAlongTheConfigMapsOfItsServicesAndReportsTheSecretsTheManifestsDoNotHold() {
        SpaceRendering bob = render(Space.named("bob").parent(TwoServices.DEV).runs("orders"));

        assertThat(kinds(bob)).contains("ConfigMap/orders-config");
        assertThat(bob.report().warnings()).map(Problem::toString).containsExactly(
                "warning Space/bob namespace = \"Secret/orders-db\": the services the space runs read"
                        + " Secret/orders-db, which the manifests do not hold: it exists in shop-dev only. Fix: copy"
                        + " it: kubectl get secret orders-db -n shop-dev -o yaml | sed 's/namespace: shop-dev$/"
                        + "namespace: shop-dev-bob/' | kubectl apply -f -, or add it to the definition."
                        + " [space.missing-reference]");
    }

    @Test
    void warnsWhenASpaceRoutedByHeaderRunsAServiceThatIsNoEntryPoint() {
        SpaceRendering carol = render(Space.named("carol").parent(TwoServices.DEV).runs("orders")
                .routeByHeader(HeaderRouting.nginxCanary()).suppress(Spaces.MISSING_REFERENCE_RULE, "copied"));

        assertThat(carol.report().warnings()).map(Problem::toString).containsExactly(
                "warning Space/carol runs = \"orders\": orders is not an entry point: routing by header reaches it"
                        + " only from a caller in this space, and only the application or a mesh passes the header"
                        + " on from service to service. Fix: also run its callers in the space, or propagate"
                        + " kubernetes-route-as and route east-west with a run-time component (mirrord,"
                        + " Telepresence, a mesh). [space.east-west]");
    }

    @Test
    void warnsWhenTheSpacesWouldExceedLetsEncryptsWeeklyCertificatesPerDomain() {
        Space[] spaces = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> Space.named("dev" + i).parent(TwoServices.DEV).runs("web")).toArray(Space[]::new);

        List<SpaceRendering> rendered = Spaces.of(new TwoServices(), spaces).render();

        assertThat(rendered.subList(0, 50)).allSatisfy(s -> assertThat(s.report().warnings()).isEmpty());
        assertThat(rendered.get(50).report().warnings()).map(Problem::toString).containsExactly(
                "warning Space/dev51 tls = \"dev51.s.dev.shop.example.com\": with this space the spaces ask for 51"
                        + " certificates under example.com; Let's Encrypt issues 50 per registered domain per week."
                        + " Fix: use SpaceTls.wildcard(...) for the spaces, or spread their creation over weeks."
                        + " [space.lets-encrypt-limit]");
    }

    @Test
    void transformsRawObjectsAsItTransformsTheDefinition() {
        var dev = new TwoServices().application(TwoServices.DEV);
        List<HasMetadata> parsed = new ArrayList<>(ManifestReader.read(dev.toYaml()));

        SpaceRendering fromYaml = Spaces.render(ALICE, "shop", "shop-dev", parsed);

        assertThat(fromYaml.application().toYaml()).isEqualTo(yaml(ALICE));
    }

    @Test
    void dropsOverprovisioningPlaceholdersUnlessKept() {
        var dev = new TwoServices().application(TwoServices.DEV);
        List<HasMetadata> objects = new ArrayList<>(dev.resources());
        var headroom = io.manifesto.Manifesto.application("shop").namespace("shop-dev")
                .add(deployment("web").container(container("web").image("example.com/web:1.0.0")
                        .requests(cpu("100m"), memory("64Mi"))))
                .add(overprovisioning("headroom").roomFor(deployment("web").container(container("web")
                        .image("example.com/web:1.0.0").requests(cpu("100m"), memory("64Mi"))), 1))
                .build().resources().stream().filter(o -> o.getMetadata().getName().equals("headroom")).toList();
        objects.addAll(headroom);

        var dropped = Spaces.render(ALICE, "shop", "shop-dev", objects);
        var kept = Spaces.render(ALICE.keepOverprovisioning(), "shop", "shop-dev", objects);

        assertThat(kinds(dropped)).doesNotContain("Deployment/headroom");
        assertThat(dropped.application().toYaml()).contains("Deployment/headroom");
        assertThat(kinds(kept)).contains("Deployment/headroom");
    }

    @Test
    void warnsOfASuppressionThatAcceptsNoWarning() {
        assertThat(render(ALICE.suppress(Spaces.EAST_WEST_RULE, "alice runs the entry point")).report().warnings())
                .map(Problem::toString).containsExactly("warning Space/alice suppress(space.east-west) ="
                        + " \"space.east-west\": no warning of this rule was found on this space. Fix: remove the"
                        + " suppression, or correct its rule id. [suppress.unused]");
    }
}
