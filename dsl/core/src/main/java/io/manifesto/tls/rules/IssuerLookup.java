package io.manifesto.tls.rules;

import io.fabric8.certmanager.api.model.acme.v1.ACMEChallengeSolver;
import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuer;
import io.fabric8.certmanager.api.model.meta.v1.ObjectReference;
import io.fabric8.certmanager.api.model.v1.ClusterIssuer;
import io.fabric8.certmanager.api.model.v1.Issuer;
import io.fabric8.certmanager.api.model.v1.IssuerSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.tls.IssuerKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer of the set that a Certificate's {@code spec.issuerRef} or an ingress's cert-manager annotation asks, found
 * by kind, namespace and name (a map access): a ClusterIssuer by name, an Issuer in the asking object's namespace. An
 * issuer of another API group, or one the set does not hold, is not found: it may be installed separately.
 */
final class IssuerLookup {

    /** cert-manager's API group, the one its own issuers belong to. */
    private static final String GROUP = "cert-manager.io";
    /** The ingress-shim annotation that overrides the kind of the issuer {@code cert-manager.io/issuer} names. */
    private static final String KIND_ANNOTATION = "cert-manager.io/issuer-kind";
    /** The ingress-shim annotation that overrides the API group of the issuer. */
    private static final String GROUP_ANNOTATION = "cert-manager.io/issuer-group";

    private IssuerLookup() {
    }

    /** The issuer {@code certificate}'s {@code spec.issuerRef} names (kind Issuer when none is written). */
    static Optional<Resource> ofCertificate(ResolvedSet set, Resource certificate, ObjectReference ref) {
        if (ref == null || ref.getName() == null || !isCertManagerGroup(ref.getGroup())) {
            return Optional.empty();
        }
        String kind = ref.getKind() == null || ref.getKind().isEmpty() ? IssuerKind.ISSUER.kind() : ref.getKind();
        return find(set, kind, certificate.namespace(), ref.getName());
    }

    /**
     * The issuer the annotations of {@code ingress} ask cert-manager's ingress-shim for; empty when they ask none, or
     * in a way the shim refuses (both issuer annotations, a kind or group override next to the cluster issuer's).
     */
    static Optional<Resource> ofIngress(ResolvedSet set, Resource ingress) {
        Map<String, String> annotations = ingress.annotations();
        String cluster = annotations.get(IssuerKind.CLUSTER_ISSUER.annotation());
        String namespaced = annotations.get(IssuerKind.ISSUER.annotation());
        String group = annotations.get(GROUP_ANNOTATION);
        if ((cluster == null) == (namespaced == null) || !isCertManagerGroup(group)) {
            return Optional.empty();
        }
        if (cluster != null) {
            return annotations.containsKey(KIND_ANNOTATION) || group != null ? Optional.empty()
                    : find(set, IssuerKind.CLUSTER_ISSUER.kind(), "", cluster);
        }
        return find(set, annotations.getOrDefault(KIND_ANNOTATION, IssuerKind.ISSUER.kind()), ingress.namespace(),
                namespaced);
    }

    /** The ACME settings of {@code issuer} ({@code spec.acme}); empty for an issuer that is not ACME. */
    static Optional<ACMEIssuer> acme(Resource issuer) {
        IssuerSpec spec = issuer.object() instanceof Issuer namespaced ? namespaced.getSpec()
                : issuer.object() instanceof ClusterIssuer cluster ? cluster.getSpec() : null;
        return spec == null ? Optional.empty() : Optional.ofNullable(spec.getAcme());
    }

    /** The ACME solvers of {@code issuer}, never {@code null}; empty for an issuer that is not ACME. */
    static List<ACMEChallengeSolver> acmeSolvers(Resource issuer) {
        return acme(issuer).map(ACMEIssuer::getSolvers).orElse(List.of());
    }

    private static Optional<Resource> find(ResolvedSet set, String kind, String namespace, String name) {
        if (kind.equals(IssuerKind.CLUSTER_ISSUER.kind())) {
            return set.find(kind, "", name);
        }
        return kind.equals(IssuerKind.ISSUER.kind()) ? set.find(kind, namespace, name) : Optional.empty();
    }

    private static boolean isCertManagerGroup(String group) {
        return group == null || group.isEmpty() || group.equals(GROUP);
    }
}
