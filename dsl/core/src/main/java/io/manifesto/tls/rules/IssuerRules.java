package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.v1.CAIssuer;
import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.certmanager.api.model.v1.ClusterIssuer;
import io.fabric8.certmanager.api.model.v1.Issuer;
import io.fabric8.certmanager.api.model.v1.IssuerSpec;
import io.manifesto.hosts.Hosts;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of cert-manager Issuer and ClusterIssuer objects: a ClusterIssuer has no namespace, an ACME issuer's
 * settings and solvers ({@link AcmeChecks}), and a CA issuer's key pair as the Certificates of the set write it.
 */
public final class IssuerRules implements RuleSet {

    /** A namespace set on a ClusterIssuer. */
    public static final RuleInfo CLUSTER_NAMESPACE = RuleInfo.error("issuer.cluster-namespace",
            "a ClusterIssuer has no namespace", "a ClusterIssuer is cluster-scoped; a namespace on it is a mistake"
                    + " about which issuer signs what");
    /** A CA issuer whose key pair a Certificate writes without {@code isCA: true}. */
    public static final RuleInfo CA_SECRET_NOT_CA = RuleInfo.error("issuer.ca-secret-not-ca",
            "the key pair of a CA issuer is written by a Certificate with isCA: true",
            "cert-manager's CA issuer refuses a certificate that is not a CA, and never becomes Ready");
    /** A ClusterIssuer CA whose key pair a Certificate writes outside cert-manager's namespace. */
    public static final RuleInfo CA_SECRET_NAMESPACE = RuleInfo.warning("issuer.ca-secret-namespace",
            "a ClusterIssuer CA's key pair is written into cert-manager's cluster resource namespace",
            "a ClusterIssuer reads its secrets from the cluster resource namespace (cert-manager by default), so a"
                    + " key pair elsewhere is not found and the issuer never becomes Ready");

    /** cert-manager's default {@code --cluster-resource-namespace}, where ClusterIssuers read their secrets. */
    private static final String CLUSTER_RESOURCE_NAMESPACE = "cert-manager";

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(List.of(CLUSTER_NAMESPACE, CA_SECRET_NOT_CA, CA_SECRET_NAMESPACE));
        rules.addAll(AcmeChecks.RULES);
        rules.addAll(SolverChecks.RULES);
        rules.addAll(Hosts.RULES);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Issuer")) {
            if (resource.object() instanceof Issuer issuer) {
                check(set, findings.on(resource), resource, false, issuer.getSpec());
            }
        }
        for (Resource resource : set.ofKind("ClusterIssuer")) {
            if (resource.object() instanceof ClusterIssuer issuer) {
                check(set, findings.on(resource), resource, true, issuer.getSpec());
            }
        }
    }

    private static void check(ResolvedSet set, Findings.On scope, Resource resource, boolean cluster,
                              IssuerSpec spec) {
        String namespace = resource.object().getMetadata() == null ? null
                : resource.object().getMetadata().getNamespace();
        if (cluster && namespace != null) {
            scope.report(CLUSTER_NAMESPACE, "metadata.namespace", namespace,
                    "a ClusterIssuer is cluster-scoped and has no namespace",
                    Fix.of("remove the namespace, or make it a namespaced Issuer",
                            "remove metadata.namespace, or make it kind: Issuer"));
        }
        if (spec == null) {
            return;
        }
        if (spec.getAcme() != null) {
            AcmeChecks.check(scope.field("spec.acme"), resource, cluster, spec.getAcme());
        } else if (spec.getCa() != null) {
            checkCa(set, scope, resource, cluster, spec.getCa());
        }
    }

    private static void checkCa(ResolvedSet set, Findings.On scope, Resource issuer, boolean cluster, CAIssuer ca) {
        String secret = ca.getSecretName() == null ? "" : ca.getSecretName();
        Names.checkDns1123Subdomain(scope, "spec.ca.secretName", secret);
        if (cluster) {
            set.certificatesWritingSecret(secret).stream()
                    .filter(c -> !c.namespace().isEmpty() && !c.namespace().equals(CLUSTER_RESOURCE_NAMESPACE))
                    .findFirst().ifPresent(certificate -> scope.report(CA_SECRET_NAMESPACE, "spec.ca.secretName",
                            secret,
                            certificate + " writes this key pair into namespace \"" + certificate.namespace()
                                    + "\", but a ClusterIssuer reads its secrets from cert-manager's cluster resource"
                                    + " namespace (\"" + CLUSTER_RESOURCE_NAMESPACE + "\" unless"
                                    + " --cluster-resource-namespace says otherwise), so " + issuer + " does not find"
                                    + " it and never becomes Ready",
                            Fix.of("use a namespaced issuer(\"" + issuer.name() + "\", caIssuer(\"" + secret
                                            + "\")), or write the key pair from an application in cert-manager's"
                                            + " cluster resource namespace",
                                    "use a namespaced Issuer in namespace \"" + certificate.namespace() + "\", or"
                                            + " write the key pair into cert-manager's cluster resource namespace")));
            return;
        }
        for (Resource certificate : set.certificatesWritingSecret(issuer.namespace(), secret)) {
            Certificate written = (Certificate) certificate.object();
            if (!Boolean.TRUE.equals(written.getSpec().getIsCA())) {
                scope.report(CA_SECRET_NOT_CA, "spec.ca.secretName", secret,
                        certificate + " writes this key pair without isCA: true, and cert-manager's CA issuer"
                                + " refuses a certificate that is not a CA, so " + issuer + " never becomes Ready",
                        Fix.of("add .isCA(true) to " + certificate, "set spec.isCA: true on " + certificate));
            }
        }
    }
}
