package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.resource;
import static io.manifesto.testing.Messages.resources;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a rendered set of resources: what it contains, in which order, and a way to pick
 * one resource by kind and name for closer checks. A resource that is not there fails with the list
 * of resources that are, as {@code Kind/name}.
 */
public class ManifestsAssert extends AbstractAssert<ManifestsAssert, List<? extends HasMetadata>> {

    /**
     * Creates assertions on a rendered set of resources.
     *
     * @param resources the rendered fabric8 objects, in apply order
     */
    public ManifestsAssert(List<? extends HasMetadata> resources) {
        super(resources, ManifestsAssert.class);
    }

    /**
     * Checks that the set contains a resource of this kind (as in {@code kind:}) and
     * {@code metadata.name}.
     */
    public ManifestsAssert containsResource(String kind, String name) {
        find(kind, name);
        return myself;
    }

    /** Checks that the set holds exactly {@code expected} resources. */
    public ManifestsAssert hasResourceCountOf(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            throw failureWithActualExpected(actual.size(), expected, "%s", expecting(
                    "the manifests to contain", expected == 1 ? "1 resource" : expected + " resources",
                    "they contained " + actual.size() + ":\n" + indent(resources(actual))));
        }
        return myself;
    }

    /**
     * Checks the kinds of the set in list order, with consecutive resources of the same kind counted
     * once: a Service, two Deployments and an HPA are {@code "Service", "Deployment",
     * "HorizontalPodAutoscaler"}.
     */
    public ManifestsAssert hasKindsInOrder(String... kinds) {
        isNotNull();
        List<String> actualKinds = new ArrayList<>();
        for (HasMetadata resource : actual) {
            if (actualKinds.isEmpty() || !actualKinds.get(actualKinds.size() - 1).equals(resource.getKind())) {
                actualKinds.add(resource.getKind());
            }
        }
        List<String> expectedKinds = Arrays.asList(kinds);
        if (!actualKinds.equals(expectedKinds)) {
            throw failureWithActualExpected(actualKinds, expectedKinds, "%s", expecting(
                    "the kinds of the manifests, in order, to be", expectedKinds.toString(),
                    "they were\n" + indent(actualKinds.toString())));
        }
        return myself;
    }

    /** Picks the Deployment with this name for workload assertions; fails if there is none. */
    public WorkloadAssert deployment(String name) {
        return new WorkloadAssert(as(Deployment.class, find("Deployment", name)));
    }

    /** Picks the StatefulSet with this name for workload assertions; fails if there is none. */
    public WorkloadAssert statefulSet(String name) {
        return new WorkloadAssert(as(StatefulSet.class, find("StatefulSet", name)));
    }

    /** Picks the Service with this name; fails if there is none. */
    public ServiceAssert service(String name) {
        return new ServiceAssert(as(Service.class, find("Service", name)));
    }

    /** Picks the HorizontalPodAutoscaler (autoscaling/v2) with this name; fails if there is none. */
    public HorizontalPodAutoscalerAssert horizontalPodAutoscaler(String name) {
        return new HorizontalPodAutoscalerAssert(
                as(HorizontalPodAutoscaler.class, find("HorizontalPodAutoscaler", name)));
    }

    /** Picks the Ingress (networking.k8s.io/v1) with this name; fails if there is none. */
    public IngressAssert ingress(String name) {
        return new IngressAssert(as(Ingress.class, find("Ingress", name)));
    }

    /** Picks the PodDisruptionBudget (policy/v1) with this name; fails if there is none. */
    public PodDisruptionBudgetAssert podDisruptionBudget(String name) {
        return new PodDisruptionBudgetAssert(as(PodDisruptionBudget.class, find("PodDisruptionBudget", name)));
    }

    /** The first resource of this kind and name; a rendered set holds one per namespace at most. */
    private HasMetadata find(String kind, String name) {
        isNotNull();
        for (HasMetadata resource : actual) {
            if (Objects.equals(resource.getKind(), kind)
                    && resource.getMetadata() != null
                    && Objects.equals(resource.getMetadata().getName(), name)) {
                return resource;
            }
        }
        String wanted = kind + "/" + name;
        throw failureWithActualExpected(resources(actual), wanted, "%s", expecting(
                "the manifests to contain", wanted, "they contained\n" + indent(resources(actual))));
    }

    private <T extends HasMetadata> T as(Class<T> type, HasMetadata resource) {
        if (!type.isInstance(resource)) {
            throw failureWithActualExpected(resource.getClass().getName(), type.getName(), "%s", expecting(
                    resource(resource) + " to be a fabric8", type.getName(),
                    "it was a\n" + indent(resource.getClass().getName())));
        }
        return type.cast(resource);
    }

    // ---- scheduling ----

    /** Picks the DaemonSet (apps/v1) with this name; fails if there is none. */
    public WorkloadAssert daemonSet(String name) {
        return new WorkloadAssert(as(io.fabric8.kubernetes.api.model.apps.DaemonSet.class,
                find("DaemonSet", name)));
    }

    /** Picks the VerticalPodAutoscaler (autoscaling.k8s.io/v1) with this name; fails if there is none. */
    public VerticalPodAutoscalerAssert verticalPodAutoscaler(String name) {
        return new VerticalPodAutoscalerAssert(as(io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler.class,
                find("VerticalPodAutoscaler", name)));
    }
}
