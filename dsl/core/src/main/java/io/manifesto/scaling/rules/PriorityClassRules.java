package io.manifesto.scaling.rules;

import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A PriorityClass (scheduling.k8s.io/v1): a name and value users may take, and at most one global default. */
public final class PriorityClassRules implements RuleSet {

    /** A name starting with {@code system-}, which Kubernetes reserves. */
    public static final RuleInfo RESERVED_NAME = RuleInfo.error("priorityclass.reserved-name",
            "a PriorityClass name does not start with \"system-\"",
            "the API server reserves names starting with system- for the system's priority classes");
    /** A value above one billion, which Kubernetes reserves for system classes. */
    public static final RuleInfo VALUE = RuleInfo.error("priorityclass.value",
            "a PriorityClass value is at most 1000000000",
            "the API server reserves values above one billion for the system's priority classes");
    /** A second class with {@code globalDefault: true}. */
    public static final RuleInfo GLOBAL_DEFAULT = RuleInfo.error("priorityclass.global-default",
            "at most one PriorityClass is the global default",
            "a cluster has at most one default priority class: the API server rejects a second with globalDefault");

    /** The highest value a user-defined class may have. */
    private static final int MAX_USER_VALUE = io.manifesto.scaling.PriorityClass.MAX_USER_VALUE;

    @Override
    public List<RuleInfo> rules() {
        return List.of(RESERVED_NAME, VALUE, GLOBAL_DEFAULT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        List<Resource> defaults = new ArrayList<>();
        for (Resource resource : set.ofKind("PriorityClass")) {
            if (resource.object() instanceof PriorityClass priorityClass) {
                check(resource, priorityClass, defaults, findings.on(resource));
            }
        }
    }

    private static void check(Resource resource, PriorityClass priorityClass, List<Resource> defaults,
                              Findings.On scope) {
        String name = resource.name();
        if (name.startsWith("system-")) {
            String other = "choose another name, e.g. \"" + name.substring("system-".length()) + "-priority\"; to give"
                    + " pods one of the cluster's own classes, ";
            scope.report(RESERVED_NAME, "metadata.name", name,
                    "names starting with \"system-\" are reserved for the system's priority classes",
                    Fix.of(other + "use .with(PriorityClass.existing(\"" + name + "\")) instead of adding a"
                                    + " PriorityClass",
                            other + "set their priorityClassName to it instead of applying a PriorityClass"));
        }
        Integer value = priorityClass.getValue();
        if (value != null && value > MAX_USER_VALUE) {
            scope.report(VALUE, "value", value,
                    "values above " + MAX_USER_VALUE + " are reserved for the system's priority classes",
                    Fix.of("use a value of at most " + MAX_USER_VALUE));
        }
        if (Boolean.TRUE.equals(priorityClass.getGlobalDefault())) {
            List<Resource> others = defaults.stream().filter(other -> !Earlier.sameObject(other, resource)).toList();
            if (!others.isEmpty()) {
                String ids = others.stream().map(Resource::toString).collect(Collectors.joining(", "));
                scope.report(GLOBAL_DEFAULT, "globalDefault", true,
                        Where.already(resource, "has", "have") + " a global default, " + ids + ", and the API server"
                                + " rejects a second PriorityClass with globalDefault: true",
                        Fix.of("remove .globalDefault() from " + resource + " or from " + ids,
                                "remove globalDefault: true from " + resource + " or from " + ids));
            }
            defaults.add(resource);
        }
    }
}
