package io.manifesto.annotations.processing;

import io.manifesto.annotations.DisruptionBudget;
import io.manifesto.core.IntOrPercent;
import io.manifesto.scaling.PodDisruptionBudget;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.manifesto.Manifesto.count;
import static io.manifesto.Manifesto.disruptionBudget;
import static io.manifesto.Manifesto.percent;

/** {@link DisruptionBudget} onto the DSL's {@code disruptionBudget(workload)}. */
final class BudgetMapping {

    private static final String KIND = "PodDisruptionBudget";
    private static final Pattern COUNT_OR_PERCENT = Pattern.compile("(\\d{1,9})(%?)");

    private BudgetMapping() {
    }

    static void map(AnnotationView view, Draft draft) {
        PodDisruptionBudget budget = disruptionBudget(draft.workload());
        Optional<IntOrPercent> min = amount(view, "minAvailable", draft);
        Optional<IntOrPercent> max = amount(view, "maxUnavailable", draft);
        if (min.isEmpty() && view.isWritten("minAvailable") || max.isEmpty() && view.isWritten("maxUnavailable")) {
            return;
        }
        if (min.isPresent()) {
            budget = budget.minAvailable(min.get());
        }
        if (max.isPresent()) {
            budget = budget.maxUnavailable(max.get());
        }
        draft.add(budget);
        Origins origins = draft.origins();
        origins.add(KIND, "", view, null);
        origins.add(KIND, "spec.minAvailable", view, view.isWritten("minAvailable") ? "minAvailable" : null);
        origins.add(KIND, "spec.maxUnavailable", view, view.isWritten("maxUnavailable") ? "maxUnavailable" : null);
    }

    private static Optional<IntOrPercent> amount(AnnotationView view, String attribute, Draft draft) {
        if (!view.isWritten(attribute)) {
            return Optional.empty();
        }
        Matcher matcher = COUNT_OR_PERCENT.matcher(view.string(attribute));
        if (!matcher.matches()) {
            draft.mistakes().error(view.mirror(), view.written(attribute).orElseThrow(), view.show(attribute)
                    + " on " + draft.mistakes().element().getSimpleName()
                    + ": not a count or a percentage. Fix: write a count such as \"2\" or a percentage such as "
                    + "\"50%\".");
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        return Optional.of(matcher.group(2).isEmpty() ? count(number) : percent(number));
    }
}
