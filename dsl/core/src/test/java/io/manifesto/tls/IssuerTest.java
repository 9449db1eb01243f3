package io.manifesto.tls;

import io.fabric8.certmanager.api.model.v1.ClusterIssuer;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.Manifesto.*;
import static io.manifesto.tls.TlsFixtures.build;
import static io.manifesto.tls.TlsFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

class IssuerTest {

    @Test
    void rendersLetsEncryptStagingWithDefaultAccountKey() {
        ClusterIssuer issuer = (ClusterIssuer) build(clusterIssuer("le", letsEncryptStaging()
                .email("platform-team@contoso.com").solver(http01("nginx")))).resources().get(0);

        assertThat(issuer.getSpec().getAcme().getServer())
                .isEqualTo("https://acme-staging-v02.api.letsencrypt.org/directory");
        assertThat(issuer.getSpec().getAcme().getPrivateKeySecretRef().getName()).isEqualTo("le-account-key");
        assertThat(issuer.getSpec().getAcme().getSolvers().get(0).getHttp01().getIngress().getIngressClassName())
                .isEqualTo("nginx");
    }

    @Test
    void rendersSelfSignedAsAnEmptyMapThatIsKept() {
        assertThat(build(clusterIssuer("bootstrap", selfSigned())).toYaml()).contains("  selfSigned: {}\n");
    }

    @Test
    void rendersCaIssuerInTheApplicationsNamespace() {
        assertThat(build(issuer("shop-ca", caIssuer("shop-ca-key-pair"))).toYaml())
                .contains("kind: Issuer\n").contains("  namespace: shop\n").contains("    secretName: shop-ca-key-pair\n");
    }

    @Test
    void rejectsAcmeIssuerWithoutEmail() {
        assertThat(problems(clusterIssuer("le", letsEncryptStaging().solver(http01("nginx"))))).containsExactly(
                "error ClusterIssuer/le spec.acme.email = \"<none>\": an ACME issuer needs an email: the CA sends"
                        + " expiry and account notices there. Fix: add .email(\"platform-team@contoso.com\") with an"
                        + " address of your organisation that someone reads. [acme.email]");
    }

    @Test
    void warnsThatLetsEncryptRefusesAPlaceholderEmail() {
        for (String email : List.of("ops@example.com", "a@mail.example.org", "OPS@Example.NET", "ops@shop.example",
                "ops@shop.test", "ops@x.invalid", "root@localhost")) {
            assertThat(build(clusterIssuer("le", letsEncryptStaging().email(email).solver(http01("nginx"))))
                    .report().warnings()).extracting(Problem::toString).containsExactly(
                    "warning ClusterIssuer/le spec.acme.email = \"" + email + "\": the address is at a reserved domain"
                            + " (example.com, example.org, example.net, .example, .test, .invalid, localhost), which"
                            + " Let's Encrypt refuses as a contact, so the ACME account is not registered and the"
                            + " issuer never becomes Ready. Fix: use an address of your organisation that someone"
                            + " reads. [acme.email-placeholder]");
        }
    }

    @Test
    void acceptsARealEmailDomainThatMerelyContainsExample() {
        for (String email : List.of("platform-team@contoso.com", "ops@example.com.au", "ops@myexample.com")) {
            assertThat(build(clusterIssuer("le", letsEncryptStaging().email(email).solver(http01("nginx"))))
                    .report().warnings()).isEmpty();
        }
    }

    @Test
    void warnsThatAManagedIdentityOnANamespacedIssuerNeedsACertManagerFlag() {
        Issuer dns = issuer("dns", letsEncryptProduction().email("platform-team@contoso.com")
                .solver(dns01(azureDns("sub", "rg").managedIdentity(ManagedIdentity.clientId("id")))));
        assertThat(build(dns).report().warnings()).extracting(Object::toString).containsExactly(
                ambientCredentials("id"));
    }

    @Test
    void warnsThatAzureDnsWithoutAManagedIdentityOnANamespacedIssuerNeedsACertManagerFlagToo() {
        Issuer dns = issuer("dns", letsEncryptProduction().email("platform-team@contoso.com")
                .solver(dns01(azureDns("sub", "rg"))));
        assertThat(build(dns).report().warnings()).extracting(Object::toString)
                .containsExactly(ambientCredentials("<none>"));
    }

    private static String ambientCredentials(String identity) {
        return "warning Issuer/dns spec.acme.solvers[0].dns01.azureDNS.managedIdentity = \"" + identity + "\": Azure"
                + " DNS without a service principal signs in with ambient credentials (the managed identity, or the"
                + " pod's own), and cert-manager lets only a ClusterIssuer use them: a namespaced Issuer needs the"
                + " controller flag --issuer-ambient-credentials. Fix: make it a ClusterIssuer, or start cert-manager"
                + " with --issuer-ambient-credentials. [issuer.namespaced-managed-identity]";
    }

    @Test
    void reportsIncompleteAzureDnsTogether() {
        assertThat(problems(clusterIssuer("dns", letsEncryptProduction().email("platform-team@contoso.com")
                .solver(dns01(azureDns(null, "").managedIdentity(new ManagedIdentity("a", "b"))))))).containsExactly(
                "error ClusterIssuer/dns spec.acme.solvers[0].dns01.azureDNS.subscriptionID = \"<none>\": Azure DNS"
                        + " needs the subscription that holds the DNS zone. Fix: pass the subscription ID to"
                        + " AzureDns.of(subscriptionId, resourceGroup). [azure-dns.required]",
                "error ClusterIssuer/dns spec.acme.solvers[0].dns01.azureDNS.resourceGroupName = \"\": Azure DNS needs"
                        + " the resource group that holds the DNS zone. Fix: pass the resource group to"
                        + " AzureDns.of(subscriptionId, resourceGroup). [azure-dns.required]",
                "error ClusterIssuer/dns spec.acme.solvers[0].dns01.azureDNS.managedIdentity = \"a/b\": a managed"
                        + " identity is named by its client ID or by its resource ID, exactly one of them. Fix: use"
                        + " ManagedIdentity.clientId(...) or ManagedIdentity.resourceId(...). [azure-dns.managed-identity]");
    }

    @Test
    void dns01SolverSelectedByZoneAppliesToTheWildcard() {
        Solver solver = dns01(azureDns("sub", "rg")).forDnsZones("example.com");
        assertThat(solver.appliesTo("*.example.com")).isTrue();
        assertThat(solver.appliesTo("shop.example.org")).isFalse();
        assertThat(dns01(azureDns("sub", "rg")).forDnsNames("a.example.com").appliesTo("a.example.com")).isTrue();
    }

    @Test
    void rejectsEmailsThatAreNotAddresses() {
        for (String email : List.of("not an email", "ops@..", "ops@", "@contoso.com", "ops@contoso..com")) {
            assertThat(problems(clusterIssuer("le", letsEncryptStaging().email(email).solver(http01("nginx")))))
                    .containsExactly("error ClusterIssuer/le spec.acme.email = \"" + email + "\": is not an email"
                            + " address (name@domain), and the ACME CA refuses it as a contact, so the account is not"
                            + " registered and the issuer never becomes Ready. Fix: write an address such as"
                            + " \"platform-team@contoso.com\". [acme.email-format]");
        }
    }

    @Test
    void rejectsAcmeIssuerWithoutSolverOrHttpsServer() {
        assertThat(problems(clusterIssuer("le", Acme.server("http://acme.internal/directory")
                .email("platform-team@contoso.com")))).containsExactly(
                "error ClusterIssuer/le spec.acme.server = \"http://acme.internal/directory\": the ACME directory must"
                        + " be an https URL. Fix: use Acme.letsEncryptProduction(), Acme.letsEncryptStaging() or your"
                        + " CA's https directory URL. [acme.server]",
                "error ClusterIssuer/le spec.acme.solvers = \"<none>\": an ACME issuer needs a solver to prove control"
                        + " of the names. Fix: add .solver(Solver.http01(\"<ingress class>\")) or"
                        + " .solver(Solver.dns01(AzureDns.of(...))). [acme.no-solver]");
    }

    @Test
    void rejectsHttp01SolverWithoutOrWithAnInvalidIngressClass() {
        assertThat(problems(clusterIssuer("le", letsEncryptStaging().email("platform-team@contoso.com")
                .solver(http01(" ")).solver(http01("Nginx Public"))))).containsExactly(
                "error ClusterIssuer/le spec.acme.solvers[0].http01.ingress.ingressClassName = \" \": an HTTP01 solver"
                        + " needs the ingress class that serves the challenge. Fix: pass the class of your ingress"
                        + " controller, e.g. Solver.http01(\"nginx\"). [acme.http01-ingress-class]",
                "error ClusterIssuer/le spec.acme.solvers[1].http01.ingress.ingressClassName = \"Nginx Public\": must"
                        + " be a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, '-' and '.',"
                        + " starting and ending with a letter or digit. Fix: use a name such as \"nginx-public\"."
                        + " [name.dns1123-subdomain]");
    }

    @Test
    void rejectsANamespaceOnAClusterIssuer() {
        assertThat(problems(clusterIssuer("bootstrap", selfSigned()).namespace("cert-manager"))).containsExactly(
                "error ClusterIssuer/bootstrap metadata.namespace = \"cert-manager\": a ClusterIssuer is cluster-scoped"
                        + " and has no namespace. Fix: remove the namespace, or make it a namespaced Issuer."
                        + " [issuer.cluster-namespace]");
    }

    @Test
    void showsAManagedIdentityWithoutIdsAsNone() {
        assertThat(problems(clusterIssuer("dns", letsEncryptProduction().email("platform-team@contoso.com")
                .solver(dns01(azureDns("sub", "rg").managedIdentity(ManagedIdentity.clientId(null)))))))
                .containsExactly("error ClusterIssuer/dns spec.acme.solvers[0].dns01.azureDNS.managedIdentity ="
                        + " \"<none>\": a managed identity is named by its client ID or by its resource ID, exactly"
                        + " one of them. Fix: use ManagedIdentity.clientId(...) or ManagedIdentity.resourceId(...)."
                        + " [azure-dns.managed-identity]");
    }

    @Test
    void rejectsWildcardZones() {
        assertThat(problems(clusterIssuer("dns", letsEncryptProduction().email("platform-team@contoso.com")
                .solver(dns01(azureDns("sub", "rg").hostedZone("*.example.com")).forDnsZones("*.example.org")))))
                .containsExactly(
                        "error ClusterIssuer/dns spec.acme.solvers[0].selector.dnsZones[0] = \"*.example.org\": is a"
                                + " wildcard, and a DNS zone is a domain name: it already covers every name below it."
                                + " Fix: write the zone, e.g. \"example.org\". [host.zone-wildcard]",
                        "error ClusterIssuer/dns spec.acme.solvers[0].dns01.azureDNS.hostedZoneName ="
                                + " \"*.example.com\": is a wildcard, and a DNS zone is a domain name: it already"
                                + " covers every name below it. Fix: write the zone, e.g. \"example.com\"."
                                + " [host.zone-wildcard]");
    }

    @Test
    void rendersASelfSignedRootAndACaIssuerThatReadsItsKeyPair() {
        Issuer bootstrap = issuer("selfsigned", selfSigned());
        Certificate root = certificate("shop-ca", bootstrap).isCA(true).commonName("shop-ca")
                .secretName("shop-ca-key-pair").privateKey(PrivateKey.ecdsa(256));
        Issuer shopCa = issuer("shop-ca", caIssuer("shop-ca-key-pair"));
        Certificate leaf = certificate("internal", shopCa).dnsNames("internal.shop.svc");
        var app = build(bootstrap, root, shopCa, leaf);

        assertThat(app.report().warnings()).isEmpty();
        assertThat(app.toYaml()).contains("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: shop-ca
                    app.kubernetes.io/part-of: shop
                  name: shop-ca
                  namespace: shop
                spec:
                  commonName: shop-ca
                  isCA: true
                  issuerRef:
                    group: cert-manager.io
                    kind: Issuer
                    name: selfsigned
                  privateKey:
                    algorithm: ECDSA
                    size: 256
                  secretName: shop-ca-key-pair
                """).contains("""
                kind: Issuer
                metadata:
                  labels:
                    app.kubernetes.io/instance: shop
                    app.kubernetes.io/managed-by: manifesto
                    app.kubernetes.io/name: shop-ca
                    app.kubernetes.io/part-of: shop
                  name: shop-ca
                  namespace: shop
                spec:
                  ca:
                    secretName: shop-ca-key-pair
                """);
    }

    @Test
    void rejectsACaIssuerWhoseKeyPairIsNotACa() {
        Issuer bootstrap = issuer("selfsigned", selfSigned());
        assertThat(problems(bootstrap, certificate("shop-ca", bootstrap).commonName("shop-ca")
                .secretName("shop-ca-key-pair"), issuer("shop-ca", caIssuer("shop-ca-key-pair")))).containsExactly(
                "error Issuer/shop-ca spec.ca.secretName = \"shop-ca-key-pair\": Certificate/shop-ca writes this key"
                        + " pair without isCA: true, and cert-manager's CA issuer refuses a certificate that is not a"
                        + " CA, so Issuer/shop-ca never becomes Ready. Fix: add .isCA(true) to Certificate/shop-ca."
                        + " [issuer.ca-secret-not-ca]");
    }

    @Test
    void warnsThatAClusterIssuerCaReadsItsKeyPairFromCertManagersNamespace() {
        Issuer bootstrap = issuer("selfsigned", selfSigned());
        Certificate root = certificate("shop-ca", bootstrap).isCA(true).commonName("shop-ca")
                .secretName("shop-ca-key-pair");
        Issuer shopCa = clusterIssuer("shop-ca", caIssuer("shop-ca-key-pair"));

        assertThat(build(bootstrap, root, shopCa).report().warnings()).extracting(Object::toString).containsExactly(
                "warning ClusterIssuer/shop-ca spec.ca.secretName = \"shop-ca-key-pair\": Certificate/shop-ca writes"
                        + " this key pair into namespace \"shop\", but a ClusterIssuer reads its secrets from"
                        + " cert-manager's cluster resource namespace (\"cert-manager\" unless"
                        + " --cluster-resource-namespace says otherwise), so ClusterIssuer/shop-ca does not find it and"
                        + " never becomes Ready. Fix: use a namespaced issuer(\"shop-ca\","
                        + " caIssuer(\"shop-ca-key-pair\")), or write the key pair from an application in"
                        + " cert-manager's cluster resource namespace. [issuer.ca-secret-namespace]");
        assertThat(application("pki").namespace("cert-manager").add(bootstrap, root, shopCa).build().report()
                .warnings()).isEmpty();
    }
}
