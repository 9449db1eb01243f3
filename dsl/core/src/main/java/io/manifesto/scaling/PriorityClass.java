package io.manifesto.scaling;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Optional;

/**
 * A PriorityClass (scheduling.k8s.io/v1, cluster-scoped): a named pod priority ({@code value}). When nodes are
 * full, the scheduler evicts lower-priority pods for higher ones, and the cluster autoscaler adds nodes only for
 * pods at or above its expendable cut-off. Pods use it through {@link #assign()}. Immutable.
 */
public final class PriorityClass implements SingleObjectComponent {

    /** The highest value a user-defined class may have. */
    public static final int MAX_USER_VALUE = 1_000_000_000;

    private final String name;
    private final int value;
    private final boolean globalDefault;
    private final String description;
    private final PreemptionPolicy preemptionPolicy;
    private final Nulls missing;

    private PriorityClass(String name, int value, boolean globalDefault, String description,
                          PreemptionPolicy preemptionPolicy, Nulls missing) {
        this.missing = missing;
        this.name = name == null ? "" : name;
        this.value = value;
        this.globalDefault = globalDefault;
        this.description = description;
        this.preemptionPolicy = preemptionPolicy;
    }

    /** A PriorityClass named {@code name} ({@code metadata.name}) of priority {@code value} ({@code value}). */
    public static PriorityClass named(String name, int value) {
        return new PriorityClass(name, value, false, null, null, Nulls.NONE);
    }

    /**
     * The pod trait giving a workload's pods the class {@code name} that the cluster already has, e.g. the built-in
     * {@code system-node-critical} or a class the platform team installed: it renders only
     * {@code spec.template.spec.priorityClassName: name}. The application need not contain the class, and the
     * {@code system-} prefix is allowed, as the class is not created here. Add it with {@code .with(...)}.
     */
    public static Priority existing(String name) {
        return new Priority(name == null ? null : new ResourceId("PriorityClass", name), true);
    }

    /** {@code description}: what the class is for, shown by {@code kubectl get priorityclass}. */
    public PriorityClass description(String description) {
        return new PriorityClass(name, value, globalDefault, description, preemptionPolicy,
                missing.remember(description, "description", "description(...)"));
    }

    /** {@code globalDefault: true}: pods without a priorityClassName get this class. */
    public PriorityClass globalDefault() {
        return new PriorityClass(name, value, true, description, preemptionPolicy, missing);
    }

    /** {@code preemptionPolicy}. */
    public PriorityClass preemptionPolicy(PreemptionPolicy policy) {
        return new PriorityClass(name, value, globalDefault, description, policy,
                missing.remember(policy, "preemptionPolicy", "preemptionPolicy(...)"));
    }

    /** The pod trait that gives a workload's pods this class: {@code spec.template.spec.priorityClassName}. */
    public Priority assign() {
        return new Priority(id());
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** {@code value}. */
    public int value() {
        return value;
    }

    /** {@code true} with {@code globalDefault: true}: the class of pods without a priorityClassName. */
    boolean isGlobalDefault() {
        return globalDefault;
    }

    /** {@code true} with {@code preemptionPolicy: Never}: its pods never preempt others. */
    boolean neverPreempts() {
        return preemptionPolicy == PreemptionPolicy.NEVER;
    }

    /** This class's id, {@code PriorityClass/<name>}. */
    public ResourceId id() {
        return new ResourceId("PriorityClass", name);
    }

    /**
     * Checks the name as a DSL name. Its value, a reserved name and a second global default are checked on the
     * rendered object ({@code io.manifesto.scaling.rules.PriorityClassRules}), whatever made it.
     */
    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Labels.checkComponentName(scope, name);
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new PriorityClassBuilder()
                .withNewMetadata().withName(name).withLabels(model.objectLabels(name, Optional.empty()))
                .endMetadata()
                .withValue(value)
                .withGlobalDefault(globalDefault ? Boolean.TRUE : null)
                .withDescription(description)
                .withPreemptionPolicy(preemptionPolicy == null ? null : preemptionPolicy.value())
                .build());
    }
}
