package io.manifesto.scaling.rules;

import io.fabric8.autoscaling.api.model.v1.PodUpdatePolicy;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** A VPA's {@code spec.updatePolicy}: an update mode the VPA knows, and an updater minimum it accepts. */
public final class VpaUpdatePolicy {

    /** The update modes of autoscaling.k8s.io/v1. */
    static final List<String> MODES = List.of("Off", "Initial", "Recreate", "InPlaceOrRecreate", "Auto");
    /** The update modes that evict pods to apply recommendations. */
    static final List<String> EVICTING = List.of("Recreate", "InPlaceOrRecreate", "Auto");

    /** An update mode the VPA does not know. */
    public static final RuleInfo UPDATE_MODE = RuleInfo.error("vpa.update-mode",
            "an update mode is Off, Initial, Recreate, InPlaceOrRecreate or Auto",
            "the VPA admission webhook rejects any other updateMode");
    /** The deprecated update mode {@code Auto}. */
    public static final RuleInfo AUTO_DEPRECATED = RuleInfo.warning("vpa.auto-deprecated",
            "the update mode Auto is not used", "Auto is deprecated and means Recreate");
    /** An updater minReplicas below 1. */
    public static final RuleInfo MIN_REPLICAS = RuleInfo.error("vpa.min-replicas",
            "a VPA's updatePolicy.minReplicas is at least 1",
            "the VPA admission webhook rejects a minimum of live replicas below 1");
    /** An updatePolicy without an update mode. */
    public static final RuleInfo UPDATE_MODE_REQUIRED = RuleInfo.error("vpa.update-mode-required",
            "an updatePolicy sets its updateMode",
            "the VPA admission webhook rejects an updatePolicy without updateMode");

    static final List<RuleInfo> RULES = List.of(UPDATE_MODE, AUTO_DEPRECATED, MIN_REPLICAS, UPDATE_MODE_REQUIRED);

    private VpaUpdatePolicy() {
    }

    static void check(PodUpdatePolicy policy, Findings.On scope) {
        if (policy == null) {
            return;
        }
        String mode = policy.getUpdateMode();
        Integer minReplicas = policy.getMinReplicas();
        if (mode != null && !MODES.contains(mode)) {
            scope.report(UPDATE_MODE, "spec.updatePolicy.updateMode", mode,
                    "is not an update mode: " + String.join(", ", MODES),
                    Fix.of("use Recreate, InPlaceOrRecreate, Initial or Off"));
        }
        if ("Auto".equals(mode)) {
            scope.report(AUTO_DEPRECATED, "spec.updatePolicy.updateMode", mode,
                    "the update mode Auto is deprecated and means Recreate",
                    Fix.of("write UpdateMode.RECREATE, or UpdateMode.IN_PLACE_OR_RECREATE to resize without restarts"
                                    + " where the cluster allows it",
                            "write Recreate, or InPlaceOrRecreate to resize without restarts where the cluster"
                                    + " allows it"));
        }
        if (minReplicas != null && minReplicas < 1) {
            scope.report(MIN_REPLICAS, "spec.updatePolicy.minReplicas", minReplicas,
                    "the updater's minimum of live replicas must be at least 1",
                    Fix.of("use 1 or more, or leave it unset"));
        }
        if (mode == null) {
            // the DSL renders an updatePolicy without mode only for .minReplicas(...)
            boolean dsl = scope.dslTerms() && minReplicas != null;
            scope.report(UPDATE_MODE_REQUIRED, "spec.updatePolicy.updateMode", null,
                    (dsl ? ".minReplicas(" + minReplicas + ") renders an updatePolicy, and the"
                            : "the") + " VPA admission webhook rejects an updatePolicy without updateMode",
                    Fix.of("set .updateMode(...) together with .minReplicas(...), e.g."
                            + " .updateMode(UpdateMode.RECREATE)", "set spec.updatePolicy.updateMode, e.g. Recreate"));
        }
    }
}
