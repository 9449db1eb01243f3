package io.manifesto.tls.rules;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Issuer and ClusterIssuer rules over objects read from YAML, with fixes in manifest terms. */
class IssuerObjectRulesTest {

    private static List<String> lint(String yaml) {
        return Lint.yaml("k8s/issuers.yaml", yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsALetsEncryptClusterIssuerWithAnHttp01Solver() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata: {name: letsencrypt-prod}
                spec:
                  acme:
                    server: https://acme-v02.api.letsencrypt.org/directory
                    email: ops@contoso.com
                    privateKeySecretRef: {name: letsencrypt-prod-account-key}
                    solvers:
                      - http01: {ingress: {ingressClassName: nginx}}
                """)).isEmpty();
    }

    @Test
    void warnsOfAProfileLetsEncryptDoesNotOfferAndAcceptsItsOwn() {
        String issuer = """
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata: {name: letsencrypt-staging}
                spec:
                  acme:
                    server: https://acme-staging-v02.api.letsencrypt.org/directory
                    email: ops@contoso.com
                    profile: %s
                    privateKeySecretRef: {name: letsencrypt-staging-account-key}
                    solvers:
                      - http01: {ingress: {ingressClassName: nginx}}
                """;
        assertThat(lint(issuer.formatted("tlsclient"))).containsExactly(
                "k8s/issuers.yaml:8: warning ClusterIssuer/letsencrypt-staging spec.acme.profile = \"tlsclient\": is"
                        + " not a profile Let's Encrypt offers (classic, tlsserver, shortlived), and the CA refuses an"
                        + " order for an unknown profile, so the issuer gets no certificate. Fix: set profile to one of"
                        + " classic, tlsserver, shortlived, or remove it for the default. [acme.profile]");
        assertThat(lint(issuer.formatted("tlsserver"))).isEmpty();
    }

    @Test
    void rejectsANamespacedClusterIssuerOnPlainHttpWithoutEmailOrSolver() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata: {name: letsencrypt, namespace: shop}
                spec:
                  acme:
                    server: http://acme.example.com/directory
                    privateKeySecretRef: {name: Account_Key}
                """)).containsExactly(
                "k8s/issuers.yaml:3: error ClusterIssuer/letsencrypt metadata.namespace = \"shop\": a ClusterIssuer is"
                        + " cluster-scoped and has no namespace. Fix: remove metadata.namespace, or make it kind:"
                        + " Issuer. [issuer.cluster-namespace]",
                "k8s/issuers.yaml:5: error ClusterIssuer/letsencrypt spec.acme.email = \"<none>\": an ACME issuer needs"
                        + " an email: the CA sends expiry and account notices there. Fix: set email to an address of"
                        + " your organisation that someone reads. [acme.email]",
                "k8s/issuers.yaml:5: error ClusterIssuer/letsencrypt spec.acme.solvers = \"<none>\": an ACME issuer"
                        + " needs a solver to prove control of the names. Fix: add an http01 or a dns01 solver to"
                        + " spec.acme.solvers. [acme.no-solver]",
                "k8s/issuers.yaml:6: error ClusterIssuer/letsencrypt spec.acme.server ="
                        + " \"http://acme.example.com/directory\": the ACME directory must be an https URL. Fix: use"
                        + " https://acme-v02.api.letsencrypt.org/directory, Let's Encrypt's staging directory or your"
                        + " CA's https directory URL. [acme.server]",
                "k8s/issuers.yaml:7: error ClusterIssuer/letsencrypt spec.acme.privateKeySecretRef.name ="
                        + " \"Account_Key\": must be a DNS-1123 subdomain: at most 253 characters of lower-case"
                        + " letters, digits, '-' and '.', starting and ending with a letter or digit. Fix: use a name"
                        + " such as \"account-key\". [name.dns1123-subdomain]");
    }

    @Test
    void rejectsSolversThatNameTheClassTwiceOrLackAzureFieldsAndWarnsOfAPlaceholderEmail() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Issuer
                metadata: {name: shop-acme, namespace: shop}
                spec:
                  acme:
                    server: https://acme-v02.api.letsencrypt.org/directory
                    email: ops@example.com
                    privateKeySecretRef: {name: shop-acme-account-key}
                    solvers:
                      - http01: {ingress: {ingressClassName: nginx, class: nginx}}
                        selector: {dnsNames: ["https://shop.contoso.com"], dnsZones: ["*.contoso.com"]}
                      - dns01:
                          azureDNS:
                            hostedZoneName: contoso.com
                            managedIdentity: {clientID: a, resourceID: b}
                """)).containsExactly(
                "k8s/issuers.yaml:7: warning Issuer/shop-acme spec.acme.email = \"ops@example.com\": the address is at"
                        + " a reserved domain (example.com, example.org, example.net, .example, .test, .invalid,"
                        + " localhost), which Let's Encrypt refuses as a contact, so the ACME account is not registered"
                        + " and the issuer never becomes Ready. Fix: use an address of your organisation that someone"
                        + " reads. [acme.email-placeholder]",
                "k8s/issuers.yaml:10: error Issuer/shop-acme spec.acme.solvers[0].http01.ingress = \"<none>\": sets"
                        + " more than one of ingressClassName, class and name, and cert-manager refuses such a solver."
                        + " Fix: keep only ingressClassName: the class of your ingress controller."
                        + " [acme.http01-ingress-class]",
                "k8s/issuers.yaml:11: error Issuer/shop-acme spec.acme.solvers[0].selector.dnsNames[0] ="
                        + " \"https://shop.contoso.com\": is a URL, not a host name. Fix: write only the host, e.g."
                        + " \"shop.contoso.com\". [host.url]",
                "k8s/issuers.yaml:11: error Issuer/shop-acme spec.acme.solvers[0].selector.dnsZones[0] ="
                        + " \"*.contoso.com\": is a wildcard, and a DNS zone is a domain name: it already covers every"
                        + " name below it. Fix: write the zone, e.g. \"contoso.com\". [host.zone-wildcard]",
                "k8s/issuers.yaml:13: error Issuer/shop-acme spec.acme.solvers[1].dns01.azureDNS.subscriptionID ="
                        + " \"<none>\": Azure DNS needs the subscription that holds the DNS zone. Fix: set"
                        + " subscriptionID to the subscription that holds the DNS zone. [azure-dns.required]",
                "k8s/issuers.yaml:13: error Issuer/shop-acme spec.acme.solvers[1].dns01.azureDNS.resourceGroupName ="
                        + " \"<none>\": Azure DNS needs the resource group that holds the DNS zone. Fix: set"
                        + " resourceGroupName to the resource group that holds the DNS zone. [azure-dns.required]",
                "k8s/issuers.yaml:15: error Issuer/shop-acme spec.acme.solvers[1].dns01.azureDNS.managedIdentity ="
                        + " \"a/b\": a managed identity is named by its client ID or by its resource ID, exactly one of"
                        + " them. Fix: set exactly one of managedIdentity.clientID and managedIdentity.resourceID."
                        + " [azure-dns.managed-identity]",
                "k8s/issuers.yaml:15: warning Issuer/shop-acme spec.acme.solvers[1].dns01.azureDNS.managedIdentity ="
                        + " \"a/b\": Azure DNS without a service principal signs in with ambient credentials (the"
                        + " managed identity, or the pod's own), and cert-manager lets only a ClusterIssuer use them: a"
                        + " namespaced Issuer needs the controller flag --issuer-ambient-credentials. Fix: make it a"
                        + " ClusterIssuer, or start cert-manager with --issuer-ambient-credentials."
                        + " [issuer.namespaced-managed-identity]");
    }

    @Test
    void rejectsACaKeyPairThatIsNotACaAndWarnsOfAClusterCaKeyPairOutsideCertManagersNamespace() {
        assertThat(lint("""
                apiVersion: cert-manager.io/v1
                kind: Issuer
                metadata: {name: shop-ca, namespace: shop}
                spec: {ca: {secretName: shop-ca-key-pair}}
                ---
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata: {name: cluster-ca}
                spec: {ca: {secretName: shop-ca-key-pair}}
                ---
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: shop-ca, namespace: shop}
                spec:
                  secretName: shop-ca-key-pair
                  commonName: shop-ca
                  issuerRef: {kind: ClusterIssuer, name: selfsigned}
                """)).containsExactly(
                "k8s/issuers.yaml:4: error Issuer/shop-ca spec.ca.secretName = \"shop-ca-key-pair\": Certificate/shop-ca"
                        + " writes this key pair without isCA: true, and cert-manager's CA issuer refuses a certificate"
                        + " that is not a CA, so Issuer/shop-ca never becomes Ready. Fix: set spec.isCA: true on"
                        + " Certificate/shop-ca. [issuer.ca-secret-not-ca]",
                "k8s/issuers.yaml:9: warning ClusterIssuer/cluster-ca spec.ca.secretName = \"shop-ca-key-pair\":"
                        + " Certificate/shop-ca writes this key pair into namespace \"shop\", but a ClusterIssuer reads"
                        + " its secrets from cert-manager's cluster resource namespace (\"cert-manager\" unless"
                        + " --cluster-resource-namespace says otherwise), so ClusterIssuer/cluster-ca does not find it"
                        + " and never becomes Ready. Fix: use a namespaced Issuer in namespace \"shop\", or write the"
                        + " key pair into cert-manager's cluster resource namespace. [issuer.ca-secret-namespace]");
    }
}
