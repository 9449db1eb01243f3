package io.manifesto.tls;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverDNS01;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01;
import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolverHTTP01Ingress;
import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuer;
import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuerDNS01ProviderAzureDNS;
import io.fabric8.certmanager.api.model.acme.v1.AzureManagedIdentity;
import io.fabric8.certmanager.api.model.acme.v1.CertificateDNSNameSelector;
import io.fabric8.certmanager.api.model.meta.v1.SecretKeySelector;
import io.fabric8.certmanager.api.model.v1.CAIssuer;
import io.fabric8.certmanager.api.model.v1.ClusterIssuer;
import io.fabric8.certmanager.api.model.v1.IssuerSpec;
import io.fabric8.certmanager.api.model.v1.SelfSignedIssuer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.manifesto.core.Component;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.networking.Hosts;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cert-manager issuer (cert-manager.io/v1): a {@code ClusterIssuer} that every namespace may use, or a namespaced
 * {@code Issuer}, signing through ACME (Let's Encrypt), self-signed or with a CA key pair. Immutable.
 *
 * <pre>{@code
 * clusterIssuer("letsencrypt-prod", Acme.letsEncryptProduction()
 *     .email("platform-team@contoso.com")
 *     .solver(Solver.http01("nginx")))
 * }</pre>
 */
public final class Issuer implements Component {

    /** Rule id: an ACME issuer without {@code email}. */
    public static final String ACME_EMAIL_RULE = "acme.email";
    /** Rule id: an ACME email that is not an address ({@code name@domain}), which the CA refuses as a contact. */
    public static final String ACME_EMAIL_FORMAT_RULE = "acme.email-format";
    /** Rule id (warning): an ACME email at a reserved domain such as example.com, which Let's Encrypt refuses. */
    public static final String ACME_EMAIL_PLACEHOLDER_RULE = "acme.email-placeholder";
    /** Rule id: an ACME issuer without any solver. */
    public static final String ACME_SOLVER_RULE = "acme.no-solver";
    /** Rule id: an ACME server that is not an https URL. */
    public static final String ACME_SERVER_RULE = "acme.server";
    /** Rule id: an HTTP01 solver without an ingress class name. */
    public static final String HTTP01_CLASS_RULE = "acme.http01-ingress-class";
    /** Rule id: Azure DNS without subscription ID or resource group. */
    public static final String AZURE_DNS_REQUIRED_RULE = "azure-dns.required";
    /** Rule id: a managed identity with both or neither of client ID and resource ID. */
    public static final String MANAGED_IDENTITY_RULE = "azure-dns.managed-identity";
    /**
     * Rule id (warning): Azure DNS on a namespaced Issuer. Without a service principal (which the DSL does not offer)
     * cert-manager authenticates with ambient credentials, a managed identity or the pod's own, and it refuses them to
     * a namespaced Issuer by default.
     */
    public static final String NAMESPACED_IDENTITY_RULE = "issuer.namespaced-managed-identity";
    /** Rule id: a namespace set on a ClusterIssuer. */
    public static final String CLUSTER_NAMESPACE_RULE = "issuer.cluster-namespace";
    /** Rule id: a CA issuer whose key pair a Certificate of the application writes without {@code isCA: true}. */
    public static final String CA_SECRET_NOT_CA_RULE = "issuer.ca-secret-not-ca";

    /**
     * Rule id (warning): a ClusterIssuer CA whose key pair a Certificate of the application writes into the
     * application's namespace, while a ClusterIssuer reads its secrets from cert-manager's cluster resource namespace.
     */
    public static final String CA_SECRET_NAMESPACE_RULE = "issuer.ca-secret-namespace";

    /** cert-manager's default {@code --cluster-resource-namespace}, where ClusterIssuers read their secrets. */
    private static final String CLUSTER_RESOURCE_NAMESPACE = "cert-manager";

    /** A basic address: something before one {@code @}, and a domain of letter-digit-hyphen labels. */
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s]+@[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*\\.?");

    private static final Set<String> PLACEHOLDER_TLDS = Set.of("example", "test", "invalid", "localhost");
    private static final Set<String> PLACEHOLDER_DOMAINS = Set.of("example.com", "example.org", "example.net");

    private final IssuerKind kind;
    private final String name;
    private final String namespace;
    private final IssuerType type;
    private final Nulls missing;

    private Issuer(IssuerKind kind, String name, String namespace, IssuerType type, Nulls missing) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNullElse(name, "");
        this.namespace = namespace;
        this.type = type;
        this.missing = missing;
    }

    /** A {@code ClusterIssuer} named {@code name}, signing as {@code type} (a {@code null} type is reported). */
    public static Issuer cluster(String name, IssuerType type) {
        return new Issuer(IssuerKind.CLUSTER_ISSUER, name, null, type,
                Nulls.NONE.remember(type, "spec", "clusterIssuer(...)"));
    }

    /** A namespaced {@code Issuer} named {@code name} in the application's namespace, signing as {@code type}. */
    public static Issuer namespaced(String name, IssuerType type) {
        return new Issuer(IssuerKind.ISSUER, name, null, type, Nulls.NONE.remember(type, "spec", "issuer(...)"));
    }

    /** This Issuer in {@code namespace} ({@code metadata.namespace}) instead of the application's. */
    public Issuer namespace(String namespace) {
        return new Issuer(kind, name, namespace, type, missing.remember(namespace, "metadata.namespace", "namespace(...)"));
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** Issuer or ClusterIssuer. */
    public IssuerKind kind() {
        return kind;
    }

    /** How it signs; {@code null} when {@code null} was passed for it (reported by the build). */
    public IssuerType type() {
        return type;
    }

    /** The reference that ingresses and certificates use. */
    public IssuerRef ref() {
        return new IssuerRef(kind, name);
    }

    /** The namespace the issuer lives in: its own, or the application's; empty for a ClusterIssuer. */
    public Optional<String> namespaceIn(Model model) {
        if (kind == IssuerKind.CLUSTER_ISSUER) {
            return Optional.empty();
        }
        return namespace != null ? Optional.of(namespace) : model.namespace();
    }

    /** The ACME settings, for an ACME issuer. */
    public Optional<Acme> acme() {
        return type instanceof Acme acme ? Optional.of(acme) : Optional.empty();
    }

    @Override
    public List<ResourceId> ids() {
        return List.of(ref().id());
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(ref().toString());
        Names.checkDns1123Subdomain(scope, "metadata.name", name);
        Labels.checkNameLabel(scope, name);
        missing.report(scope);
        if (namespace != null) {
            if (kind == IssuerKind.CLUSTER_ISSUER) {
                scope.error(CLUSTER_NAMESPACE_RULE, "metadata.namespace", namespace,
                        "a ClusterIssuer is cluster-scoped and has no namespace",
                        "remove the namespace, or make it a namespaced Issuer");
            } else {
                Names.checkDns1123Label(scope, "metadata.namespace", namespace);
            }
        }
        if (type instanceof Acme acme) {
            validateAcme(acme, scope.field("spec.acme"));
        } else if (type instanceof CaSigning ca) {
            Names.checkDns1123Subdomain(scope, "spec.ca.secretName", ca.secretName());
            checkCaSecret(model, scope, ca);
        }
    }

    /**
     * cert-manager's CA issuer refuses a key pair whose certificate is not a CA. When a Certificate of the application
     * writes the secret where this issuer reads it (an Issuer in the application's namespace), it must be a CA.
     */
    private void checkCaSecret(Model model, Problems.Scope scope, CaSigning ca) {
        if (kind == IssuerKind.CLUSTER_ISSUER) {
            warnClusterCaSecret(model, scope, ca);
            return;
        }
        if (!namespaceIn(model).equals(model.namespace())) {
            return;
        }
        model.components(Certificate.class).stream()
                .filter(certificate -> certificate.secretName().equals(ca.secretName()) && !certificate.ca())
                .forEach(certificate -> scope.error(CA_SECRET_NOT_CA_RULE, "spec.ca.secretName", ca.secretName(),
                        certificate.id() + " writes this key pair without isCA: true, and cert-manager's CA issuer"
                                + " refuses a certificate that is not a CA, so " + ref() + " never becomes Ready",
                        "add .isCA(true) to " + certificate.id()));
    }

    /**
     * A ClusterIssuer reads its secrets from cert-manager's cluster resource namespace, so a key pair that a
     * Certificate of the application writes into the application's namespace is not the one it reads.
     */
    private void warnClusterCaSecret(Model model, Problems.Scope scope, CaSigning ca) {
        Optional<String> namespace = model.namespace().filter(n -> !n.equals(CLUSTER_RESOURCE_NAMESPACE));
        if (namespace.isEmpty()) {
            return;
        }
        model.components(Certificate.class).stream()
                .filter(certificate -> certificate.secretName().equals(ca.secretName())).findFirst()
                .ifPresent(certificate -> scope.warning(CA_SECRET_NAMESPACE_RULE, "spec.ca.secretName",
                        ca.secretName(),
                        certificate.id() + " writes this key pair into namespace \"" + namespace.get() + "\", but a"
                                + " ClusterIssuer reads its secrets from cert-manager's cluster resource namespace (\""
                                + CLUSTER_RESOURCE_NAMESPACE + "\" unless --cluster-resource-namespace says otherwise),"
                                + " so " + ref() + " does not find it and never becomes Ready",
                        "use a namespaced issuer(\"" + name + "\", caIssuer(\"" + ca.secretName() + "\")), or write"
                                + " the key pair from an application in cert-manager's cluster resource namespace"));
    }

    private void validateAcme(Acme acme, Problems.Scope scope) {
        acme.missingValues().forEach(value -> value.report(scope));
        if (!acme.serverUrl().startsWith("https://")) {
            scope.error(ACME_SERVER_RULE, "server", acme.serverUrl(), "the ACME directory must be an https URL",
                    "use Acme.letsEncryptProduction(), Acme.letsEncryptStaging() or your CA's https directory URL");
        }
        if (acme.emailAddress().isEmpty()) {
            scope.error(ACME_EMAIL_RULE, "email", null,
                    "an ACME issuer needs an email: the CA sends expiry and account notices there",
                    "add .email(\"platform-team@contoso.com\") with an address of your organisation that someone"
                            + " reads");
        }
        acme.emailAddress().filter(email -> !EMAIL.matcher(email).matches()).ifPresent(email ->
                scope.error(ACME_EMAIL_FORMAT_RULE, "email", email,
                        "is not an email address (name@domain), and the ACME CA refuses it as a contact, so the"
                                + " account is not registered and the issuer never becomes Ready",
                        "write an address such as \"platform-team@contoso.com\""));
        acme.emailAddress().filter(email -> EMAIL.matcher(email).matches()).filter(Issuer::isPlaceholderEmail)
                .ifPresent(email ->
                scope.warning(ACME_EMAIL_PLACEHOLDER_RULE, "email", email,
                        "the address is at a reserved domain (example.com, example.org, example.net, .example, .test,"
                                + " .invalid, localhost), which Let's Encrypt refuses as a contact, so the ACME account"
                                + " is not registered and the issuer never becomes Ready",
                        "use an address of your organisation that someone reads"));
        acme.accountKeySecret().ifPresent(secret -> Names.checkDns1123Subdomain(scope, "privateKeySecretRef.name",
                secret));
        if (acme.solvers().isEmpty()) {
            scope.error(ACME_SOLVER_RULE, "solvers", null,
                    "an ACME issuer needs a solver to prove control of the names",
                    "add .solver(Solver.http01(\"<ingress class>\")) or .solver(Solver.dns01(AzureDns.of(...)))");
        }
        for (int i = 0; i < acme.solvers().size(); i++) {
            validateSolver(acme.solvers().get(i), scope.field("solvers[" + i + "]"));
        }
    }

    /** {@code true} for an address at a reserved domain; any text is safe here (no label is assumed to exist). */
    private static boolean isPlaceholderEmail(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        int lastDot = domain.lastIndexOf('.');
        String last = domain.substring(lastDot + 1);
        String lastTwo = lastDot < 0 ? domain : domain.substring(domain.lastIndexOf('.', lastDot - 1) + 1);
        return PLACEHOLDER_TLDS.contains(last) || PLACEHOLDER_DOMAINS.contains(lastTwo);
    }

    private void validateSolver(Solver solver, Problems.Scope scope) {
        solver.missingValues().forEach(value -> value.report(scope));
        for (int i = 0; i < solver.dnsNames().size(); i++) {
            Hosts.check(scope, "selector.dnsNames[" + i + "]", solver.dnsNames().get(i));
        }
        for (int i = 0; i < solver.dnsZones().size(); i++) {
            Hosts.checkZone(scope, "selector.dnsZones[" + i + "]", solver.dnsZones().get(i));
        }
        solver.http01IngressClass().ifPresent(ingressClass -> {
            if (ingressClass.isBlank()) {
                scope.error(HTTP01_CLASS_RULE, "http01.ingress.ingressClassName", ingressClass,
                        "an HTTP01 solver needs the ingress class that serves the challenge",
                        "pass the class of your ingress controller, e.g. Solver.http01(\"nginx\")");
            } else {
                // cert-manager writes it into spec.ingressClassName of the challenge's ingress.
                Names.checkDns1123Subdomain(scope, "http01.ingress.ingressClassName", ingressClass);
            }
        });
        solver.azureDns().ifPresent(dns -> validateAzureDns(dns, scope.field("dns01.azureDNS")));
    }

    private void validateAzureDns(AzureDns dns, Problems.Scope scope) {
        if (dns.subscriptionId() == null || dns.subscriptionId().isBlank()) {
            scope.error(AZURE_DNS_REQUIRED_RULE, "subscriptionID", dns.subscriptionId(),
                    "Azure DNS needs the subscription that holds the DNS zone",
                    "pass the subscription ID to AzureDns.of(subscriptionId, resourceGroup)");
        }
        if (dns.resourceGroup() == null || dns.resourceGroup().isBlank()) {
            scope.error(AZURE_DNS_REQUIRED_RULE, "resourceGroupName", dns.resourceGroup(),
                    "Azure DNS needs the resource group that holds the DNS zone",
                    "pass the resource group to AzureDns.of(subscriptionId, resourceGroup)");
        }
        if (dns.hostedZone() != null) {
            Hosts.checkZone(scope, "hostedZoneName", dns.hostedZone());
        }
        dns.identity().filter(identity -> !identity.isComplete()).ifPresent(identity ->
                scope.error(MANAGED_IDENTITY_RULE, "managedIdentity", identity.describe(),
                        "a managed identity is named by its client ID or by its resource ID, exactly one of them",
                        "use ManagedIdentity.clientId(...) or ManagedIdentity.resourceId(...)"));
        if (kind == IssuerKind.ISSUER) {
            scope.warning(NAMESPACED_IDENTITY_RULE, "managedIdentity",
                    dns.identity().map(ManagedIdentity::describe).orElse(null),
                    "Azure DNS without a service principal signs in with ambient credentials (the managed identity,"
                            + " or the pod's own), and cert-manager lets only a ClusterIssuer use them: a namespaced"
                            + " Issuer needs the controller flag --issuer-ambient-credentials",
                    "make it a ClusterIssuer, or start cert-manager with --issuer-ambient-credentials");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName(name);
        metadata.setNamespace(namespace);
        metadata.setLabels(model.objectLabels(name, Optional.empty()));
        IssuerSpec spec = new IssuerSpec();
        if (type instanceof Acme acme) {
            spec.setAcme(renderAcme(acme));
        } else if (type instanceof CaSigning ca) {
            CAIssuer caIssuer = new CAIssuer();
            caIssuer.setSecretName(ca.secretName());
            spec.setCa(caIssuer);
        } else {
            spec.setSelfSigned(new SelfSignedIssuer());
        }
        if (kind == IssuerKind.CLUSTER_ISSUER) {
            ClusterIssuer issuer = new ClusterIssuer();
            issuer.setMetadata(metadata);
            issuer.setSpec(spec);
            return List.of(issuer);
        }
        io.fabric8.certmanager.api.model.v1.Issuer issuer = new io.fabric8.certmanager.api.model.v1.Issuer();
        issuer.setMetadata(metadata);
        issuer.setSpec(spec);
        return List.of(issuer);
    }

    private ACMEIssuer renderAcme(Acme acme) {
        ACMEIssuer issuer = new ACMEIssuer();
        issuer.setServer(acme.serverUrl());
        issuer.setEmail(acme.emailAddress().orElse(null));
        SecretKeySelector accountKey = new SecretKeySelector();
        accountKey.setName(acme.accountKeySecret().orElse(name + "-account-key"));
        issuer.setPrivateKeySecretRef(accountKey);
        issuer.setSolvers(acme.solvers().stream().map(Issuer::renderSolver).toList());
        return issuer;
    }

    private static ACMEChallengeSolver renderSolver(Solver solver) {
        ACMEChallengeSolver rendered = new ACMEChallengeSolver();
        if (solver.hasSelector()) {
            CertificateDNSNameSelector selector = new CertificateDNSNameSelector();
            selector.setDnsNames(solver.dnsNames());
            selector.setDnsZones(solver.dnsZones());
            rendered.setSelector(selector);
        }
        solver.http01IngressClass().ifPresent(ingressClass -> {
            ACMEChallengeSolverHTTP01Ingress ingress = new ACMEChallengeSolverHTTP01Ingress();
            ingress.setIngressClassName(ingressClass);
            ACMEChallengeSolverHTTP01 http01 = new ACMEChallengeSolverHTTP01();
            http01.setIngress(ingress);
            rendered.setHttp01(http01);
        });
        solver.azureDns().ifPresent(dns -> {
            ACMEIssuerDNS01ProviderAzureDNS azure = new ACMEIssuerDNS01ProviderAzureDNS();
            azure.setSubscriptionID(dns.subscriptionId());
            azure.setResourceGroupName(dns.resourceGroup());
            azure.setHostedZoneName(dns.hostedZone());
            azure.setEnvironment(dns.environment() == null ? null : dns.environment().value());
            dns.identity().ifPresent(identity -> {
                AzureManagedIdentity managed = new AzureManagedIdentity();
                managed.setClientID(identity.clientId());
                managed.setResourceID(identity.resourceId());
                azure.setManagedIdentity(managed);
            });
            ACMEChallengeSolverDNS01 dns01 = new ACMEChallengeSolverDNS01();
            dns01.setAzureDNS(azure);
            rendered.setDns01(dns01);
        });
        return rendered;
    }
}
