package io.manifesto.identity.rules;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.Set;

/** Roles and their bindings: least privilege, and bindings that name roles and accounts the manifests have. */
public final class RbacRules implements RuleSet {

    private static final Set<String> VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "impersonate", "bind", "escalate", "use", "approve", "sign", "*");

    /** A wildcard in a role's verbs or resources. */
    public static final RuleInfo WILDCARD = RuleInfo.warning("rbac.wildcard",
            "a role names its verbs and resources instead of *",
            "* grants every verb on every resource, including ones added to the cluster later (secrets,"
                    + " escalate, bind): least privilege names what the workload needs");
    /** A verb the API does not have. */
    public static final RuleInfo VERB = RuleInfo.warning("rbac.verb", "a role's verbs are verbs of the API",
            "the API server accepts any verb string and an unknown one grants nothing, so it is a typo");
    /** A binding whose role is not among the manifests. */
    public static final RuleInfo UNKNOWN_ROLE = RuleInfo.warning("rbac.unknown-role",
            "a binding names a Role or ClusterRole the manifests create",
            "a binding to a role that does not exist grants nothing until the role appears");
    /** A binding whose service account subject is not among the manifests. */
    public static final RuleInfo UNKNOWN_SUBJECT = RuleInfo.warning("rbac.unknown-subject",
            "a binding grants to a ServiceAccount the manifests create",
            "a binding to an account that does not exist grants nothing, usually after the account was renamed");

    @Override
    public List<RuleInfo> rules() {
        return List.of(WILDCARD, VERB, UNKNOWN_ROLE, UNKNOWN_SUBJECT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource role : set.ofKind("Role")) {
            if (role.object() instanceof Role typed) {
                checkRules(findings.on(role), typed.getRules());
            }
        }
        for (Resource role : set.ofKind("ClusterRole")) {
            if (role.object() instanceof ClusterRole typed) {
                checkRules(findings.on(role), typed.getRules());
            }
        }
        for (Resource binding : set.ofKind("RoleBinding")) {
            if (binding.object() instanceof RoleBinding typed) {
                checkBinding(set, findings.on(binding), binding, typed.getRoleRef(), typed.getSubjects());
            }
        }
        for (Resource binding : set.ofKind("ClusterRoleBinding")) {
            if (binding.object() instanceof ClusterRoleBinding typed) {
                checkBinding(set, findings.on(binding), binding, typed.getRoleRef(), typed.getSubjects());
            }
        }
    }

    private static void checkRules(Findings.On scope, List<PolicyRule> rules) {
        if (rules == null) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            if (rule == null) {
                continue;
            }
            String field = "rules[" + i + "]";
            List<String> verbs = rule.getVerbs() == null ? List.of() : rule.getVerbs();
            List<String> resources = rule.getResources() == null ? List.of() : rule.getResources();
            if (verbs.contains("*") || resources.contains("*")) {
                scope.report(WILDCARD, field + (verbs.contains("*") ? ".verbs" : ".resources"), "*",
                        "grants every " + (verbs.contains("*") ? "verb" : "resource"),
                        Fix.of("name the verbs and resources the workload needs, e.g. .allow(Verb.read(),"
                                + " \"configmaps\")", "name the verbs and resources the workload needs"));
            }
            verbs.stream().filter(verb -> verb != null && !VERBS.contains(verb)).forEach(verb -> scope.report(VERB,
                    field + ".verbs", verb, "is not a verb of the Kubernetes API",
                    Fix.of("use get, list, watch, create, update, patch, delete or deletecollection")));
        }
    }

    private static void checkBinding(ResolvedSet set, Findings.On scope, Resource binding, RoleRef ref,
                                     List<Subject> subjects) {
        if (ref != null && ref.getName() != null) {
            String namespace = "ClusterRole".equals(ref.getKind()) ? "" : binding.namespace();
            if (set.find(ref.getKind(), namespace, ref.getName()).isEmpty()) {
                scope.report(UNKNOWN_ROLE, "roleRef.name", ref.getName(),
                        "no " + ref.getKind() + " of this name is among the manifests",
                        Fix.of("add the role, or suppress this warning if the cluster has it (such as view or edit)"));
            }
        }
        if (subjects == null) {
            return;
        }
        for (Subject subject : subjects) {
            if (subject != null && "ServiceAccount".equals(subject.getKind()) && subject.getName() != null) {
                String namespace = subject.getNamespace() == null ? binding.namespace() : subject.getNamespace();
                if (set.find("ServiceAccount", namespace, subject.getName()).isEmpty()) {
                    scope.report(UNKNOWN_SUBJECT, "subjects[" + subject.getName() + "]", subject.getName(),
                            "no ServiceAccount of this name is among the manifests",
                            Fix.of("add the account, or suppress this warning if it is created elsewhere"));
                }
            }
        }
    }
}
