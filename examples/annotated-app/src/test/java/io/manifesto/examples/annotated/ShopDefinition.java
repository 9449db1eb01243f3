package io.manifesto.examples.annotated;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.core.Application;
import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.ContainerPolicy;
import io.manifesto.scaling.ScalingPolicy;
import io.manifesto.scaling.ScalingRules;
import io.manifesto.scaling.SelectPolicy;
import io.manifesto.scaling.UpdateMode;
import io.manifesto.tls.Issuer;
import io.manifesto.workload.Deployment;

import static io.manifesto.Manifesto.*;

/** {@link ShopApplication}'s annotations written with the DSL: the same settings, value for value. */
final class ShopDefinition {

    private ShopDefinition() {
    }

    static Application define() {
        Deployment shop = deployment("shop")
                .container(container("shop")
                        .image("myregistry.azurecr.io/checkout/shop:1.4.2")
                        .port("http", 8080)
                        .requests(cpu("100m"), memory("128Mi"))
                        .limits(cpu("200m"), memory("256Mi")))
                .placement(AksVirtualNodes.burst())
                .with(safeToEvict());
        Issuer production = clusterIssuer("letsencrypt-prod", letsEncryptProduction()
                .email("platform-team@contoso.com")
                .solver(http01("nginx")));
        return application("shop")
                .add(shop)
                .add(hpa(shop).replicas(2, 10).cpuUtilization(70)
                        .scaleUp(ScalingRules.defaults().stabilizationWindowSeconds(0)
                                .policy(ScalingPolicy.percent(100, 15)).policy(ScalingPolicy.pods(4, 15))
                                .selectPolicy(SelectPolicy.MAX))
                        .scaleDown(ScalingRules.defaults().stabilizationWindowSeconds(300)
                                .policy(ScalingPolicy.percent(10, 60))))
                .add(vpa(shop).updateMode(UpdateMode.INITIAL)
                        .containerPolicy(ContainerPolicy.forContainer("shop")
                                .controlledResources(ResourceName.MEMORY)
                                .minAllowed(memory("128Mi")).maxAllowed(memory("1Gi"))))
                .add(disruptionBudget(shop).minAvailable(count(1)))
                .add(production)
                .add(ingress("shop").ingressClass("nginx")
                        .route("shop.contoso.com", "/", shop.port("http"))
                        .tls(tlsIssuedBy(production, "shop-tls", "shop.contoso.com")))
                .build();
    }
}
