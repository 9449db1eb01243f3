package io.manifesto.workload;

import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Problems;

/**
 * The security rule only a DSL value can break: a default switched off needs a written reason. What the security
 * context then says is checked on the rendered pods ({@code io.manifesto.workload.rules}).
 */
final class SecurityRules {

    private SecurityRules() {
    }

    static void check(Workload<?> workload, Problems.Scope scope) {
        for (SecurityOptOut optOut : workload.securityOptOuts()) {
            if (optOut.reason().isBlank()) {
                scope.error(WorkloadRules.OPT_OUT_REASON, "metadata.annotations." + optOut.setting().optOutAnnotation(),
                        "", "switching off the security default " + optOut.setting() + " needs a written reason",
                        "say why, e.g. .withoutSecurityDefault(" + optOut.setting()
                                + ", \"the image must run as root\")");
            }
        }
    }
}
