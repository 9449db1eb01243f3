package io.manifesto.testing;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.List;
import java.util.Map;

/** The resources of a small shop, built with fabric8's builders as a renderer would. */
final class Fixtures {

    static final Map<String, String> SELECTOR = Map.of("app.kubernetes.io/name", "shop");

    private Fixtures() {}

    static Deployment deployment() {
        return new DeploymentBuilder()
                .withNewMetadata().withName("shop").addToLabels("app.kubernetes.io/name", "shop").endMetadata()
                .withNewSpec()
                .withNewSelector().withMatchLabels(SELECTOR).endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(SELECTOR)
                .addToAnnotations("cluster-autoscaler.kubernetes.io/safe-to-evict", "true")
                .endMetadata()
                .withNewSpec()
                .withServiceAccountName("shop")
                .addToNodeSelector("type", "virtual-kubelet")
                .addNewToleration().withKey("virtual-kubelet.io/provider").withOperator("Exists").endToleration()
                .withNewSecurityContext().withRunAsNonRoot(true).endSecurityContext()
                .addToContainers(new ContainerBuilder()
                        .withName("web")
                        .withImage("myregistry.azurecr.io/shop:1.4.2")
                        .addNewPort().withName("http").withContainerPort(8080).endPort()
                        .addNewEnv().withName("MODE").withValue("production").endEnv()
                        .addNewEnv().withName("DB_PASSWORD").withNewValueFrom()
                        .withNewSecretKeyRef().withName("db").withKey("password").endSecretKeyRef()
                        .endValueFrom().endEnv()
                        .withNewResources()
                        .addToRequests("cpu", new Quantity("100m"))
                        .addToRequests("memory", new Quantity("128Mi"))
                        .addToLimits("cpu", new Quantity("0.2"))
                        .endResources()
                        .withNewSecurityContext()
                        .withAllowPrivilegeEscalation(false)
                        .withNewCapabilities().addToDrop("ALL").endCapabilities()
                        .endSecurityContext()
                        .withNewReadinessProbe().withNewHttpGet().withPath("/ready")
                        .withPort(new IntOrString("http")).endHttpGet().endReadinessProbe()
                        .build())
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    static StatefulSet statefulSet() {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata()
                .withNewSpec()
                .withReplicas(3)
                .withNewTemplate().withNewSpec()
                .addNewContainer().withName("postgres").withImage("postgres:16").endContainer()
                .endSpec().endTemplate()
                .endSpec()
                .build();
    }

    static Service service() {
        return new ServiceBuilder()
                .withNewMetadata().withName("shop").endMetadata()
                .withNewSpec()
                .withSelector(SELECTOR)
                .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString("http")).endPort()
                .endSpec()
                .build();
    }

    static HorizontalPodAutoscaler hpa() {
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("shop").endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("shop").endScaleTargetRef()
                .withMinReplicas(2)
                .withMaxReplicas(10)
                .addNewMetric().withType("Resource").withNewResource().withName("cpu")
                .withNewTarget().withType("Utilization").withAverageUtilization(70).endTarget()
                .endResource().endMetric()
                .endSpec()
                .build();
    }

    static Ingress ingress() {
        return new IngressBuilder()
                .withNewMetadata().withName("shop")
                .addToAnnotations("cert-manager.io/cluster-issuer", "letsencrypt-prod").endMetadata()
                .withNewSpec()
                .withIngressClassName("webapprouting.kubernetes.azure.com")
                .addNewTl().withSecretName("shop-tls").withHosts("www.shop.example.com", "shop.example.com").endTl()
                .addNewRule().withHost("shop.example.com").withNewHttp()
                .addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName("shop").withNewPort().withName("http").endPort()
                .endService().endBackend()
                .endPath()
                .endHttp().endRule()
                .endSpec()
                .build();
    }

    static PodDisruptionBudget pdb() {
        return new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("shop").endMetadata()
                .withNewSpec().withMinAvailable(new IntOrString(1)).endSpec()
                .build();
    }

    /** The whole set, in apply order. */
    static List<HasMetadata> manifests() {
        return List.of(
                new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build(),
                service(),
                deployment(),
                statefulSet(),
                hpa(),
                pdb(),
                ingress());
    }
}
