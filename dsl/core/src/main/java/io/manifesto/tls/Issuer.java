package io.manifesto.tls;

import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuer;
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
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        Labels.checkComponentName(scope, name);
        missing.report(scope);
        if (namespace != null && kind == IssuerKind.ISSUER) {
            Names.checkDns1123Label(scope, "metadata.namespace", namespace);
        }
        // the settings are checked on the rendered object (io.manifesto.tls.rules.IssuerRules)
        if (type instanceof Acme acme) {
            acme.missingValues().forEach(value -> value.report(scope.field("spec.acme")));
            for (int i = 0; i < acme.solvers().size(); i++) {
                Problems.Scope solverScope = scope.field("spec.acme.solvers[" + i + "]");
                acme.solvers().get(i).missingValues().forEach(value -> value.report(solverScope));
            }
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
        issuer.setSolvers(acme.solvers().stream().map(Solver::render).toList());
        issuer.setProfile(acme.certificateProfile().map(AcmeProfile::name).orElse(null));
        return issuer;
    }
}
