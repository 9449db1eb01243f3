package io.manifesto.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * TLS for the ingress of {@code @KubernetesApplication(ingress = @Ingress(host = ..., expose = true))} from Let's
 * Encrypt through cert-manager, as the DSL's {@code clusterIssuer(name, letsEncryptProduction()...)} and
 * {@code tlsIssuedBy(...)}: a ClusterIssuer (cert-manager.io/v1), the ingress's {@code spec.tls} and its
 * {@code cert-manager.io/cluster-issuer} annotation. The solver is HTTP01 through {@link #http01IngressClass()}
 * (by default the ingress's class) unless {@link #azureDns()} is written (DNS01 on Azure DNS, needed for wildcards).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface LetsEncrypt {

    /** The ClusterIssuer's name. */
    String issuer() default "letsencrypt-prod";

    /** {@code spec.acme.email}: where Let's Encrypt sends expiry notices. */
    String email();

    /** Let's Encrypt staging ({@code acme-staging-v02}) instead of production: untrusted, generous limits. */
    boolean staging() default false;

    /** {@code tls[].secretName}; by default {@code <application>-tls}. */
    String secretName() default "";

    /** {@code tls[].hosts}; by default the ingress's host. */
    String[] hosts() default {};

    /** The HTTP01 solver's {@code ingressClassName}; by default the ingress's class. */
    String http01IngressClass() default "";

    /** A DNS01 solver on Azure DNS instead of HTTP01, when its {@code subscriptionId} is written. */
    AzureDnsSolver azureDns() default @AzureDnsSolver(subscriptionId = "", resourceGroup = "");
}
