package io.manifesto.scheduling;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A topology spread constraint on a workload's pods: {@code spec.template.spec.topologySpreadConstraints[]} with
 * {@code topologyKey}, {@code maxSkew}, {@code whenUnsatisfiable} and, when set, {@code minDomains}. Its
 * {@code labelSelector} is the workload's own selector (name and instance labels), derived, never typed. Spreading
 * over zones keeps a zone outage from taking every replica, and lets the cluster autoscaler add nodes in the zone
 * that needs them.
 *
 * @param topologyKey       {@code topologyKey}: the node label whose values are the domains
 * @param maxSkew           {@code maxSkew}: the largest allowed difference of pod counts between two domains (>= 1)
 * @param whenUnsatisfiable {@code whenUnsatisfiable}; {@code null} when {@code null} was passed, which the build
 *                          reports as {@code input.null}
 * @param minDomains        {@code minDomains}, or {@code null} when not set
 */
public record TopologySpread(String topologyKey, int maxSkew, WhenUnsatisfiable whenUnsatisfiable,
                             Integer minDomains) implements PodTrait {

    /** The zone label of nodes. */
    public static final String ZONE = "topology.kubernetes.io/zone";
    /** The host name label of nodes. */
    public static final String HOSTNAME = "kubernetes.io/hostname";

    /** {@code whenUnsatisfiable}: what the scheduler does when no node keeps the skew. */
    public enum WhenUnsatisfiable {
        /** {@code DoNotSchedule}: the pod stays pending (a hard rule; the Kubernetes default). */
        DO_NOT_SCHEDULE("DoNotSchedule"),
        /** {@code ScheduleAnyway}: schedule it where the skew grows least (a preference). */
        SCHEDULE_ANYWAY("ScheduleAnyway");

        private final String value;

        WhenUnsatisfiable(String value) {
            this.value = value;
        }

        /** The string Kubernetes uses. */
        public String value() {
            return value;
        }
    }

    public TopologySpread {
        topologyKey = Objects.requireNonNullElse(topologyKey, "");
        // a null whenUnsatisfiable stays null, so that validate() reports it instead of it silently meaning one
    }

    /** A constraint without minDomains. */
    public TopologySpread(String topologyKey, int maxSkew, WhenUnsatisfiable whenUnsatisfiable) {
        this(topologyKey, maxSkew, whenUnsatisfiable, null);
    }

    /** Spread over zones ({@code topology.kubernetes.io/zone}), maxSkew 1, DoNotSchedule. */
    public static TopologySpread acrossZones() {
        return new TopologySpread(ZONE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE);
    }

    /** Spread over nodes ({@code kubernetes.io/hostname}), maxSkew 1, DoNotSchedule. */
    public static TopologySpread acrossHosts() {
        return new TopologySpread(HOSTNAME, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE);
    }

    /** Spread over the domains of any node label {@code topologyKey}, maxSkew 1, DoNotSchedule. */
    public static TopologySpread across(String topologyKey) {
        return new TopologySpread(topologyKey, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE);
    }

    /** This constraint with {@code maxSkew: skew}. */
    public TopologySpread maxSkew(int skew) {
        return new TopologySpread(topologyKey, skew, whenUnsatisfiable, minDomains);
    }

    /** This constraint with {@code whenUnsatisfiable: ScheduleAnyway}: a preference, not a rule. */
    public TopologySpread scheduleAnyway() {
        return new TopologySpread(topologyKey, maxSkew, WhenUnsatisfiable.SCHEDULE_ANYWAY, minDomains);
    }

    /** This constraint with {@code whenUnsatisfiable: when} ({@code null} is reported as {@code input.null}). */
    public TopologySpread whenUnsatisfiable(WhenUnsatisfiable when) {
        return new TopologySpread(topologyKey, maxSkew, when, minDomains);
    }

    /**
     * This constraint with {@code minDomains: domains} (DoNotSchedule only): while fewer domains than that have
     * matching nodes, the scheduler counts the missing ones as holding no pods, so pods beyond maxSkew stay pending
     * and the cluster autoscaler adds nodes in new domains, e.g. {@code acrossZones().minDomains(3)}.
     */
    public TopologySpread minDomains(int domains) {
        return new TopologySpread(topologyKey, maxSkew, whenUnsatisfiable, domains);
    }

    /**
     * Reports what only the DSL knows: a {@code null} whenUnsatisfiable, a topology key that is not a label key. The
     * rules of the rendered constraint (maxSkew, minDomains, duplicates) are object rules: {@code TopologySpreadRules}.
     */
    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        List<TopologySpread> spreads = workload.traits(TopologySpread.class);
        int index = indexOf(spreads);
        String field = "spec.topologySpreadConstraints[" + index + "]";
        Names.checkLabelKey(pod, field + ".topologyKey", topologyKey);
        if (whenUnsatisfiable == null) {
            new MissingValue(field + ".whenUnsatisfiable", "whenUnsatisfiable(...)").report(pod);
        }
    }

    /** This constraint's position, by identity: two equal constraints are still two entries. */
    private int indexOf(List<TopologySpread> spreads) {
        for (int i = 0; i < spreads.size(); i++) {
            if (spreads.get(i) == this) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void applyTo(PodTemplateSpec template) {
        Map<String, String> podLabels = template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
        Map<String, String> selector = new TreeMap<>();
        for (String key : List.of(Labels.NAME, Labels.INSTANCE)) {
            if (podLabels.containsKey(key)) {
                selector.put(key, podLabels.get(key));
            }
        }
        TopologySpreadConstraint constraint = new TopologySpreadConstraint();
        constraint.setTopologyKey(topologyKey);
        constraint.setMaxSkew(maxSkew);
        constraint.setWhenUnsatisfiable(whenUnsatisfiable == null ? null : whenUnsatisfiable.value());
        constraint.setMinDomains(minDomains);
        constraint.setLabelSelector(new LabelSelector(null, selector));
        List<TopologySpreadConstraint> constraints = new ArrayList<>();
        if (template.getSpec().getTopologySpreadConstraints() != null) {
            constraints.addAll(template.getSpec().getTopologySpreadConstraints());
        }
        constraints.add(constraint);
        template.getSpec().setTopologySpreadConstraints(constraints);
    }
}
