package io.manifesto.annotations.processing;

import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.annotations.NodeLabel;
import io.manifesto.annotations.SafeToEvict;
import io.manifesto.annotations.Tolerate;
import io.manifesto.annotations.VirtualNodes;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.TolerationOperator;

import java.util.List;

import static io.manifesto.Manifesto.notSafeToEvict;
import static io.manifesto.Manifesto.placement;
import static io.manifesto.Manifesto.safeToEvict;

/**
 * The pod-level annotations onto the stand-in Deployment: {@link VirtualNodes} as {@code AksVirtualNodes}'
 * placements, {@link Tolerate} and {@link NodeLabel} as a {@code placement()}, {@link SafeToEvict} as the
 * {@code safeToEvict()} trait.
 */
final class PodMapping {

    private static final String KIND = "Deployment";
    private static final String POD = "spec.template.spec";

    private PodMapping() {
    }

    static void virtualNodes(AnnotationView view, Draft draft) {
        Placement placement = switch (view.constant("value", VirtualNodes.Mode.class)) {
            case ONLY_SEED_RECIPE -> AksVirtualNodes.onlySeedRecipe();
            case ONLY_V1 -> AksVirtualNodes.onlyV1();
            case ONLY_V2 -> AksVirtualNodes.onlyV2();
            case BURST -> AksVirtualNodes.burst();
            case BURST_V2 -> AksVirtualNodes.burstV2();
        };
        draft.changeWorkload(w -> w.placement(placement));
        draft.origins().add(KIND, POD, view, "value");
    }

    static void tolerationsAndLabels(List<AnnotationView> tolerations, List<AnnotationView> labels, Draft draft) {
        Placement placement = placement();
        for (int i = 0; i < tolerations.size(); i++) {
            AnnotationView toleration = tolerations.get(i);
            placement = placement.tolerate(toleration(toleration));
            String field = POD + ".tolerations[" + i + "]";
            draft.origins().add(KIND, field, toleration, null);
            for (String attribute : new String[] {"key", "operator", "value", "effect"}) {
                draft.origins().add(KIND, field + "." + attribute, toleration, attribute);
            }
        }
        for (AnnotationView label : labels) {
            placement = placement.nodeSelector(label.string("key"), label.string("value"));
            draft.origins().add(KIND, POD + ".nodeSelector", label, "key");
            draft.origins().add(KIND, POD + ".nodeSelector." + label.string("key"), label, "value");
        }
        Placement chosen = placement;
        draft.changeWorkload(w -> w.placement(chosen));
        AnnotationView first = labels.isEmpty() ? tolerations.get(0) : labels.get(0);
        draft.origins().add(KIND, POD, first, null);
    }

    private static io.manifesto.scheduling.Toleration toleration(AnnotationView view) {
        TaintEffect effect = view.isWritten("effect") ? view.constant("effect", TaintEffect.class) : null;
        return new io.manifesto.scheduling.Toleration(view.string("key"),
                view.constant("operator", TolerationOperator.class), view.string("value"), effect, null);
    }

    static void evictionHint(AnnotationView view, Draft draft) {
        draft.changeWorkload(w -> w.with(view.bool("value") ? safeToEvict() : notSafeToEvict()));
        draft.origins().add(KIND, "spec.template.metadata.annotations", view, null);
    }
}
