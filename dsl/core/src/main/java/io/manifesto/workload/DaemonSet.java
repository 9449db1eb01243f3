package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A DaemonSet (apps/v1): one pod on every node the pods may be placed on, such as a log collector. Renders the
 * DaemonSet and, as a Deployment does, a Service of the same name when its containers have named ports. It has no
 * replica count. Immutable: every method returns a new DaemonSet.
 */
public final class DaemonSet extends Workload<DaemonSet> {

    private DaemonSet(WorkloadState state) {
        super(state);
    }

    /** A DaemonSet named {@code name} ({@code metadata.name}, a DNS-1123 subdomain). */
    public static DaemonSet named(String name) {
        WorkloadState state = WorkloadState.named(name, "daemonSet(...)");
        return new DaemonSet(state);
    }

    @Override
    DaemonSet with(WorkloadState state) {
        return new DaemonSet(state);
    }

    /** {@code DaemonSet}. */
    @Override
    public String kind() {
        return "DaemonSet";
    }

    @Override
    public List<ResourceId> ids() {
        return idsWithDerivedService();
    }

    @Override
    public void validate(Model model, Problems problems) {
        WorkloadRules.validate(this, model, problems);
        replicas().ifPresent(replicas -> problems.at(id().toString()).error(WorkloadRules.DAEMONSET_REPLICAS,
                "spec.replicas", replicas, "a DaemonSet runs one pod per node and has no replica count",
                "remove .replicas(" + replicas + "), or use a Deployment for a fixed count"));
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<HasMetadata> objects = new ArrayList<>();
        io.fabric8.kubernetes.api.model.apps.DaemonSet daemonSet = new DaemonSetBuilder()
                .withMetadata(PodRenderer.metadata(this, model))
                .withNewSpec()
                .withNewSelector().withMatchLabels(PodRenderer.selector(this, model)).endSelector()
                .endSpec()
                .build();
        daemonSet.getSpec().setTemplate(PodRenderer.template(this, model));
        objects.add(daemonSet);
        ServiceRenderer.service(this, model, false).ifPresent(objects::add);
        return objects;
    }
}
