package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A Deployment (apps/v1): stateless pods, replaced by rolling update. Renders the Deployment and, when its
 * containers have named ports, a Service of the same name. Immutable: every method returns a new Deployment.
 */
public final class Deployment extends Workload<Deployment> {

    private final DeploymentStrategy strategy;

    private Deployment(WorkloadState state, DeploymentStrategy strategy) {
        super(state);
        this.strategy = strategy;
    }

    /**
     * A Deployment named {@code name} ({@code metadata.name}: a DNS-1123 subdomain, and a DNS-1035 label when it also
     * names the derived Service).
     */
    public static Deployment named(String name) {
        WorkloadState state = WorkloadState.named(name, "deployment(...)");
        return new Deployment(state, null);
    }

    @Override
    Deployment with(WorkloadState state) {
        return new Deployment(state, strategy);
    }

    /** {@code spec.strategy}: rolling update with surge and unavailability, or recreate. */
    public Deployment strategy(DeploymentStrategy strategy) {
        if (strategy == null) {
            return rememberMissing("spec.strategy", "strategy(...)");
        }
        return new Deployment(state, strategy);
    }

    /** {@code Deployment}. */
    @Override
    public String kind() {
        return "Deployment";
    }

    @Override
    public List<ResourceId> ids() {
        return idsWithDerivedService();
    }

    @Override
    public void validate(Model model, Problems problems) {
        WorkloadRules.validate(this, model, problems);
        // the rolling update's values are checked on the rendered object (workload.rules.DeploymentStrategyRules)
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<HasMetadata> objects = new ArrayList<>();
        io.fabric8.kubernetes.api.model.apps.Deployment deployment = new DeploymentBuilder()
                .withMetadata(PodRenderer.metadata(this, model))
                .withNewSpec()
                .withReplicas(replicas().orElse(null))
                .withNewSelector().withMatchLabels(PodRenderer.selector(this, model)).endSelector()
                .withStrategy(strategy == null ? null : renderStrategy())
                .endSpec()
                .build();
        deployment.getSpec().setTemplate(PodRenderer.template(this, model));
        objects.add(deployment);
        ServiceRenderer.service(this, model, false).ifPresent(objects::add);
        return objects;
    }

    private io.fabric8.kubernetes.api.model.apps.DeploymentStrategy renderStrategy() {
        if (strategy.replaceAll()) {
            return new DeploymentStrategyBuilder().withType("Recreate").build();
        }
        return new DeploymentStrategyBuilder().withType("RollingUpdate")
                .withNewRollingUpdate()
                .withMaxSurge(strategy.maxSurge() == null ? null : strategy.maxSurge().toIntOrString())
                .withMaxUnavailable(strategy.maxUnavailable() == null ? null
                        : strategy.maxUnavailable().toIntOrString())
                .endRollingUpdate()
                .build();
    }
}
