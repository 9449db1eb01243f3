package io.manifesto.core;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import org.junit.jupiter.api.Test;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class ApplyOrderTest {

    private static GenericKubernetesResource raw(String apiVersion, String kind, String name) {
        return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind(kind).withNewMetadata()
                .withName(name).endMetadata().build();
    }

    @Test
    void appliesQuotasAndDefaultLimitsBeforeTheWorkloadsTheyGovern() {
        var app = application("a").namespace("ns").createNamespace()
                .add(deployment("web").container(container("web").image("r.io/web:1")))
                .add(new LimitRangeBuilder().withNewMetadata().withName("defaults").endMetadata().withNewSpec()
                        .addNewLimit().withType("Container").addToDefaultRequest("cpu", new Quantity("100m"))
                        .endLimit().endSpec().build())
                .add(new ResourceQuotaBuilder().withNewMetadata().withName("quota").endMetadata()
                        .withNewSpec().addToHard("requests.cpu", new Quantity("4")).endSpec().build())
                .build();

        assertThat(app.resources()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Namespace/ns", "ResourceQuota/quota", "LimitRange/defaults", "Deployment/web");
    }

    @Test
    void appliesPoliciesStoragePermissionsAndIngressClassesBeforeWhatUsesThem() {
        var web = deployment("web").container(container("web").image("r.io/web:1").port("http", 8080));
        var app = application("a").namespace("ns")
                .add(ingress("web").route("web.example.com", "/", web.port("http")), web)
                .add(new IngressClassBuilder().withNewMetadata().withName("nginx").endMetadata().withNewSpec()
                        .withController("k8s.io/ingress-nginx").endSpec().build())
                .add(statefulSet("db").container(container("db").image("postgres:16.4").port("pg", 5432)))
                .add(new PersistentVolumeClaimBuilder().withNewMetadata().withName("data").endMetadata().build())
                .add(new PersistentVolumeBuilder().withNewMetadata().withName("disk").endMetadata().build())
                .add(storageClass("fast", "disk.csi.azure.com"))
                .add(raw("rbac.authorization.k8s.io/v1", "RoleBinding", "reader"))
                .add(raw("rbac.authorization.k8s.io/v1", "Role", "reader"))
                .add(new NetworkPolicyBuilder().withNewMetadata().withName("deny-all").endMetadata().build())
                .build();

        assertThat(app.resources()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("NetworkPolicy/deny-all", "StorageClass/fast", "PersistentVolume/disk",
                        "Role/reader", "RoleBinding/reader", "PersistentVolumeClaim/data", "Service/db",
                        "Service/web", "Deployment/web", "StatefulSet/db", "IngressClass/nginx", "Ingress/web");
    }
}
