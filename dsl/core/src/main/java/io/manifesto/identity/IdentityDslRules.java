package io.manifesto.identity;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/** The identity rules only a DSL definition can break. */
public final class IdentityDslRules implements DslRules {

    /** A workload given two service accounts. */
    public static final RuleInfo TWO_ACCOUNTS = RuleInfo.error("identity.two-accounts",
            "a workload's pods run as one service account",
            "spec.serviceAccountName holds one name: with(account) and serviceAccount(\"...\") would fight over it");
    /** A role without permissions. */
    public static final RuleInfo EMPTY_ROLE = RuleInfo.error("rbac.empty-role", "a role allows something",
            "a Role without rules grants nothing, so the binding that uses it is a mistake or a leftover");

    @Override
    public List<RuleInfo> rules() {
        return List.of(TWO_ACCOUNTS, EMPTY_ROLE);
    }
}
