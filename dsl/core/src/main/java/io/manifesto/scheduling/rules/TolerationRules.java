package io.manifesto.scheduling.rules;

import io.fabric8.kubernetes.api.model.Toleration;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;

/** The pods' tolerations, as the API server accepts them: operator, key, value and tolerationSeconds that fit. */
public final class TolerationRules implements RuleSet {

    /** A toleration with operator Exists and a value. */
    public static final RuleInfo VALUE_WITH_EXISTS = RuleInfo.error("toleration.value-with-exists",
            "a toleration with operator Exists has no value",
            "the API server rejects a value on an Exists toleration");
    /** tolerationSeconds without effect NoExecute. */
    public static final RuleInfo SECONDS_WITHOUT_NO_EXECUTE = RuleInfo.error("toleration.seconds-without-no-execute",
            "tolerationSeconds goes with effect NoExecute",
            "the API server rejects tolerationSeconds on any other effect; only NoExecute evicts");
    /** Operator Equal without a key. */
    public static final RuleInfo EQUAL_WITHOUT_KEY = RuleInfo.error("toleration.equal-without-key",
            "a toleration with operator Equal has a key",
            "the API server rejects an Equal toleration without key; only Exists may match every key");

    private static final String EXISTS = "Exists";
    private static final String NO_EXECUTE = "NoExecute";

    @Override
    public List<RuleInfo> rules() {
        return List.of(VALUE_WITH_EXISTS, SECONDS_WITHOUT_NO_EXECUTE, EQUAL_WITHOUT_KEY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodSpecs.forEach(set, findings, visit -> {
            List<Toleration> tolerations = PodSpecs.orEmpty(visit.spec().getTolerations());
            for (int i = 0; i < tolerations.size(); i++) {
                check(tolerations.get(i), visit.scope().field("tolerations[" + i + "]"));
            }
        });
    }

    private static void check(Toleration toleration, Findings.On scope) {
        String key = toleration.getKey() == null ? "" : toleration.getKey();
        String value = toleration.getValue() == null ? "" : toleration.getValue();
        boolean exists = EXISTS.equals(toleration.getOperator());
        if (key.isEmpty() && !exists) {
            scope.report(EQUAL_WITHOUT_KEY, "key", "",
                    "a toleration without key must use operator Exists (it then tolerates every taint)",
                    Fix.of("name the taint's key, e.g. Toleration.equal(\"dedicated\", \"gpu\", NO_SCHEDULE)",
                            "name the taint's key, or use operator: Exists to tolerate every taint"));
        }
        if (exists && !value.isEmpty()) {
            scope.report(VALUE_WITH_EXISTS, "value", value,
                    "a toleration with operator Exists matches any value, so it must not have one",
                    Fix.of("drop the value, or use Toleration.equal(\"" + key + "\", \"" + value + "\", ...)",
                            "drop value, or use operator: Equal"));
        }
        Long seconds = toleration.getTolerationSeconds();
        if (seconds != null && !NO_EXECUTE.equals(toleration.getEffect())) {
            scope.report(SECONDS_WITHOUT_NO_EXECUTE, "tolerationSeconds", seconds,
                    "tolerationSeconds only applies to effect NoExecute, not " + (toleration.getEffect() == null
                            ? "every effect" : toleration.getEffect()),
                    Fix.of("use effect NO_EXECUTE, or drop .forSeconds(" + seconds + ")",
                            "use effect: NoExecute, or drop tolerationSeconds"));
        }
    }
}
