package io.manifesto.bench;

import io.fabric8.certmanager.api.model.v1.CertificateBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objects of {@link SeedApp} number {@code i}, built with fabric8 builders by hand: field for field what
 * Manifesto renders (a test holds them equal), in apply order.
 */
public final class FloorObjects {

    private FloorObjects() {
    }

    /**
     * The objects of app {@code i} in the application {@code partOf}, whose name is also the instance
     * ({@code app.kubernetes.io/instance}, in the selector too).
     */
    public static List<HasMetadata> of(int i, String partOf, SeedApp.Variant variant) {
        String name = SeedApp.name(i);
        String host = SeedApp.host(i);
        Map<String, String> selector = Map.of("app.kubernetes.io/instance", partOf, "app.kubernetes.io/name", name);
        Map<String, String> labels = new TreeMap<>(selector);
        labels.put("app.kubernetes.io/managed-by", "manifesto");
        labels.put("app.kubernetes.io/part-of", partOf);
        Map<String, String> versioned = new TreeMap<>(labels);
        versioned.put("app.kubernetes.io/version", "2.1.0");
        boolean full = variant == SeedApp.Variant.FULL;

        List<HasMetadata> objects = new ArrayList<>();
        objects.add(new ServiceBuilder().withMetadata(meta(name, versioned))
                .withNewSpec().addNewPort().withName("http").withPort(8080).withProtocol("TCP")
                .withTargetPort(new IntOrString("http")).endPort()
                .withSelector(selector).withType("ClusterIP").endSpec().build());
        var pod = new DeploymentBuilder().withMetadata(meta(name, versioned))
                .withNewSpec().withNewSelector().withMatchLabels(selector).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(versioned).endMetadata()
                .withNewSpec()
                .addNewContainer().withName("web").withImage("myregistry.azurecr.io/web:2.1.0")
                .addNewPort().withContainerPort(8080).withName("http").withProtocol("TCP").endPort()
                .withNewResources()
                .withLimits(Map.of("cpu", new Quantity("200m"), "memory", new Quantity("256Mi")))
                .withRequests(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi")))
                .endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false)
                .withNewCapabilities().withDrop("ALL").endCapabilities().endSecurityContext()
                .endContainer()
                .withNewSecurityContext().withRunAsNonRoot(true)
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext();
        if (full) {
            pod.withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .addNewNodeSelectorTerm().addNewMatchExpression().withKey("agentpool").withOperator("In")
                    .withValues("web").endMatchExpression().endNodeSelectorTerm()
                    .endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity()
                    .addNewToleration().withKey("dedicated").withOperator("Exists").endToleration();
        }
        objects.add(pod.endSpec().endTemplate().endSpec().build());
        objects.add(new HorizontalPodAutoscalerBuilder().withMetadata(meta(name, labels))
                .withNewSpec().withMaxReplicas(10).withMinReplicas(2)
                .addNewMetric().withType("Resource").withNewResource().withName("cpu")
                .withNewTarget().withType("Utilization").withAverageUtilization(70).endTarget()
                .endResource().endMetric()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(name)
                .endScaleTargetRef().endSpec().build());
        if (full) {
            objects.add(new VerticalPodAutoscalerBuilder().withMetadata(meta(name, labels))
                    .withNewSpec().withNewResourcePolicy().addNewContainerPolicy().withContainerName("*")
                    .withControlledResources("memory")
                    .withMaxAllowed(Map.of("memory", new Quantity("1Gi")))
                    .withMinAllowed(Map.of("memory", new Quantity("128Mi")))
                    .endContainerPolicy().endResourcePolicy()
                    .withTargetRef(new CrossVersionObjectReferenceBuilder().withApiVersion("apps/v1")
                            .withKind("Deployment").withName(name).build())
                    .withNewUpdatePolicy().withUpdateMode("Initial").endUpdatePolicy().endSpec().build());
            objects.add(new PodDisruptionBudgetBuilder().withMetadata(meta(name, labels))
                    .withNewSpec().withMinAvailable(new IntOrString(1))
                    .withNewSelector().withMatchLabels(selector).endSelector().endSpec().build());
        }
        var ingress = new IngressBuilder().withMetadata(meta(name, labels))
                .withNewSpec().withIngressClassName("nginx")
                .addNewRule().withHost(host).withNewHttp().addNewPath()
                .withNewBackend().withNewService().withName(name).withNewPort().withName("http").endPort()
                .endService().endBackend().withPath("/").withPathType("Prefix").endPath().endHttp().endRule()
                .addNewTl().withHosts(host).withSecretName(name + "-tls").endTl().endSpec();
        if (!full) {
            ingress.editMetadata().addToAnnotations("cert-manager.io/cluster-issuer", "letsencrypt-prod")
                    .endMetadata();
        }
        objects.add(ingress.build());
        if (full) {
            objects.add(new CertificateBuilder().withMetadata(meta(name, labels))
                    .withNewSpec().withDnsNames(host)
                    .withNewIssuerRef().withGroup("cert-manager.io").withKind("ClusterIssuer")
                    .withName("letsencrypt-prod").endIssuerRef()
                    .withSecretName(name + "-tls").endSpec().build());
        }
        return objects;
    }

    private static ObjectMeta meta(String name, Map<String, String> labels) {
        return new ObjectMetaBuilder().withName(name).withNamespace(Apps.NAMESPACE).withLabels(labels).build();
    }
}
