package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.v1.CertificateSpec;
import io.fabric8.kubernetes.api.model.Duration;
import io.manifesto.render.GoDurationSerializer;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.GoDuration;

import java.util.List;

/**
 * A Certificate's lifetime: {@code spec.duration} and {@code spec.renewBefore} at least cert-manager's minimums, and
 * renewBefore below the duration (cert-manager's default of 90 days when none is set). Durations show as the
 * manifest writes them ({@code 720h}, {@code 1h30m}).
 */
final class CertificateDurations {

    /** renewBefore at or above the duration. */
    static final RuleInfo RENEW_BEFORE = RuleInfo.error("certificate.renew-before",
            "renewBefore is below the certificate's duration",
            "cert-manager renews the certificate as soon as it is issued, again and again");
    /** A duration below cert-manager's minimum. */
    static final RuleInfo DURATION_MINIMUM = RuleInfo.error("certificate.duration-minimum",
            "a Certificate's duration is at least 1h", "cert-manager's webhook refuses a shorter duration");
    /** A renewBefore below cert-manager's minimum. */
    static final RuleInfo RENEW_BEFORE_MINIMUM = RuleInfo.error("certificate.renew-before-minimum",
            "a Certificate's renewBefore is at least 5m", "cert-manager's webhook refuses a shorter renewBefore");

    /** The rules of this class, for the catalog. */
    static final List<RuleInfo> RULES = List.of(RENEW_BEFORE, DURATION_MINIMUM, RENEW_BEFORE_MINIMUM);

    private CertificateDurations() {
    }

    /** Checks the durations of {@code spec} at {@code scope} (the Certificate's). */
    static void check(Findings.On scope, CertificateSpec spec) {
        java.time.Duration lifetime = value(spec.getDuration());
        java.time.Duration renew = value(spec.getRenewBefore());
        checkMinimum(scope, DURATION_MINIMUM, "duration", lifetime, Certificate.MINIMUM_DURATION);
        checkMinimum(scope, RENEW_BEFORE_MINIMUM, "renewBefore", renew, Certificate.MINIMUM_RENEW_BEFORE);
        if (renew == null) {
            return;
        }
        java.time.Duration total = lifetime != null ? lifetime : Certificate.DEFAULT_DURATION.toDuration().orElseThrow();
        if (renew.compareTo(total) >= 0) {
            String shown = GoDurationSerializer.format(total);
            scope.report(RENEW_BEFORE, "spec.renewBefore", GoDurationSerializer.format(renew),
                    "renewBefore must be below the duration (" + shown + "), or cert-manager renews the certificate as"
                            + " soon as it is issued",
                    Fix.of("use a renewBefore shorter than " + shown + ", e.g. a third of it"));
        }
    }

    private static void checkMinimum(Findings.On scope, RuleInfo rule, String field, java.time.Duration value,
                                     GoDuration minimum) {
        if (value != null && value.compareTo(minimum.toDuration().orElseThrow()) < 0) {
            scope.report(rule, "spec." + field, GoDurationSerializer.format(value),
                    "is below " + minimum + ", the shortest " + field + " cert-manager's webhook accepts, so the API"
                            + " server refuses the Certificate",
                    Fix.of("use a " + field + " of at least " + minimum));
        }
    }

    private static java.time.Duration value(Duration duration) {
        return duration == null ? null : duration.getDuration();
    }
}
