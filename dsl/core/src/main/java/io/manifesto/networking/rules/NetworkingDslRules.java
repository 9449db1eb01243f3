package io.manifesto.networking.rules;

import io.manifesto.networking.Ingress;
import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;

import java.util.List;

/**
 * The ingress rules still checked on the DSL's {@code Ingress} values: a backend names a workload (a Service outside
 * the set may exist in the cluster, so the objects alone cannot call it missing), and the TLS sections' issuers and
 * certificates, which the DSL checks against the application's {@code Issuer} and {@code Certificate} values.
 */
public final class NetworkingDslRules implements DslRules {

    /** A backend whose workload the application does not contain. */
    public static final RuleInfo BACKEND_WORKLOAD = RuleInfo.error(Ingress.BACKEND_WORKLOAD_RULE,
            "an ingress backend's workload is part of the application",
            "nothing creates the Service of a workload that is not applied, so the controller answers 503");
    /** A backend whose workload renders no Service. */
    public static final RuleInfo BACKEND_SERVICE = RuleInfo.error(Ingress.BACKEND_SERVICE_RULE,
            "an ingress backend's Service is rendered: its workload's derived Service, or a Service value of the"
                    + " application",
            "an ingress routes to a Service; without one the controller answers 503");
    /** TLS sections asking different issuers, or cert-manager next to an existing secret. */
    public static final RuleInfo TLS_ISSUER = RuleInfo.error(Ingress.TLS_ISSUER_RULE,
            "the TLS sections of an ingress ask one issuer, and none reads an existing secret next to them",
            "an ingress carries one issuer annotation, and cert-manager issues every TLS section of an annotated"
                    + " ingress, overwriting existing secrets");
    /** A hand-written cert-manager annotation that the TLS sections do not account for. */
    public static final RuleInfo ISSUER_ANNOTATION = RuleInfo.error(Ingress.ISSUER_ANNOTATION_RULE,
            "cert-manager's ingress annotations are written by tlsIssuedBy(...), not by hand",
            "a hand-written issuer, kind, group or tls-acme annotation makes cert-manager ask another issuer than"
                    + " the one the build checked, or overwrite the secrets the sections read");
    /** A TLS section from a Certificate that the application does not contain. */
    public static final RuleInfo TLS_CERTIFICATE = RuleInfo.error(Ingress.TLS_CERTIFICATE_RULE,
            "a TLS section from Tls.fromCertificate(...) reads the secret its Certificate writes",
            "nothing else creates the secret, so the controller serves its default certificate");
    /** The issuer's HTTP01 solver uses another ingress class than the ingress. */
    public static final RuleInfo HTTP01_CLASS = RuleInfo.warning(Ingress.HTTP01_CLASS_RULE,
            "the HTTP01 solver of an ingress's issuer answers through the ingress's class",
            "the challenge is served by the controller of the solver's class, which may not get the traffic");

    @Override
    public List<RuleInfo> rules() {
        return List.of(BACKEND_WORKLOAD, BACKEND_SERVICE, TLS_ISSUER, ISSUER_ANNOTATION, TLS_CERTIFICATE,
                HTTP01_CLASS);
    }
}
