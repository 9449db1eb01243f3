package io.manifesto.identity;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PodTrait;
import io.manifesto.workload.Workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A ServiceAccount (v1): the identity a workload's pods run as, which Roles are granted to and Azure Workload
 * Identity federates with a managed identity. It is a component (it renders the ServiceAccount) and a pod trait:
 * {@code deployment("orders").with(account)} sets {@code serviceAccountName} and, with Workload Identity, the pod label
 * the identity webhook looks for. Immutable: every method returns a new value.
 */
public final class ServiceAccount implements SingleObjectComponent, PodTrait {

    /** The ServiceAccount annotation naming the managed identity's client id (Azure Workload Identity). */
    public static final String CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";
    /** The ServiceAccount annotation naming the managed identity's tenant, when not the cluster's. */
    public static final String TENANT_ID_ANNOTATION = "azure.workload.identity/tenant-id";
    /** The pod label that makes the Workload Identity webhook inject the federated token. */
    public static final String USE_LABEL = "azure.workload.identity/use";

    private final String name;
    private final Map<String, String> annotations;
    private final Boolean automountToken;
    private final List<MissingValue> missing;

    private ServiceAccount(String name, Map<String, String> annotations, Boolean automountToken,
                           List<MissingValue> missing) {
        this.name = name;
        this.annotations = Map.copyOf(annotations);
        this.automountToken = automountToken;
        this.missing = List.copyOf(missing);
    }

    /** A ServiceAccount named {@code name} ({@code metadata.name}, a DNS-1123 subdomain). */
    public static ServiceAccount named(String name) {
        return new ServiceAccount(name == null ? "" : name, Map.of(), null,
                Nulls.ofName(name, "serviceAccount(...)").values());
    }

    /**
     * Azure Workload Identity: the annotation {@code azure.workload.identity/client-id: <clientId>} on the account
     * (the managed identity or app registration, a GUID), and on the pods of every workload that runs as it the label
     * {@code azure.workload.identity/use: "true"}, so the webhook projects the federated token. The managed identity
     * needs a federated credential for {@code system:serviceaccount:<namespace>:<name>}.
     */
    public ServiceAccount workloadIdentity(String clientId) {
        if (clientId == null) {
            return missing("metadata.annotations[" + CLIENT_ID_ANNOTATION + "]", "workloadIdentity(...)");
        }
        return annotation(CLIENT_ID_ANNOTATION, clientId);
    }

    /** {@code azure.workload.identity/tenant-id}: the identity's tenant, when it is not the cluster's. */
    public ServiceAccount tenant(String tenantId) {
        if (tenantId == null) {
            return missing("metadata.annotations[" + TENANT_ID_ANNOTATION + "]", "tenant(...)");
        }
        return annotation(TENANT_ID_ANNOTATION, tenantId);
    }

    /** An annotation on the ServiceAccount ({@code metadata.annotations}). */
    public ServiceAccount annotation(String key, String value) {
        if (key == null || value == null) {
            return missing("metadata.annotations", "annotation(...)");
        }
        Map<String, String> copy = new HashMap<>(annotations);
        copy.put(key, value);
        return new ServiceAccount(name, copy, automountToken, missing);
    }

    /**
     * {@code automountServiceAccountToken: false}: pods running as this account get no API token unless they ask for
     * one; for workloads that never call the Kubernetes API.
     */
    public ServiceAccount withoutApiToken() {
        return new ServiceAccount(name, annotations, false, missing);
    }

    private ServiceAccount missing(String field, String method) {
        List<MissingValue> copy = new ArrayList<>(missing);
        copy.add(new MissingValue(field, method));
        return new ServiceAccount(name, annotations, automountToken, copy);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** The Workload Identity client id, when set. */
    public Optional<String> clientId() {
        return Optional.ofNullable(annotations.get(CLIENT_ID_ANNOTATION));
    }

    @Override
    public ResourceId id() {
        return new ResourceId("ServiceAccount", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Labels.checkComponentName(scope, name);
        missing.forEach(value -> value.report(scope));
        annotations.keySet().forEach(key -> Names.checkLabelKey(scope, "metadata.annotations", key));
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new ServiceAccountBuilder()
                .withNewMetadata().withName(name).withLabels(model.objectLabels(name, Optional.empty()))
                .withAnnotations(annotations.isEmpty() ? null : new TreeMap<>(annotations)).endMetadata()
                .withAutomountServiceAccountToken(automountToken)
                .build());
    }

    /** As a pod trait: nothing to check here, the object rules check the pods against the account. */
    @Override
    public void validate(Workload<?> workload, Model model, Problems.Scope pod) {
        workload.serviceAccount().filter(other -> !other.equals(name)).ifPresent(other -> pod.error(
                IdentityDslRules.TWO_ACCOUNTS.id(), "spec.serviceAccountName", other,
                "the pods are given two service accounts: " + other + " by serviceAccount(...) and " + name
                        + " by with(...)",
                "keep one: .with(account) sets the name and the Workload Identity label"));
    }

    /** {@code serviceAccountName}, and the Workload Identity pod label when the account has a client id. */
    @Override
    public void applyTo(PodTemplateSpec template) {
        template.getSpec().setServiceAccountName(name);
        if (clientId().isPresent()) {
            Map<String, String> labels = new TreeMap<>(template.getMetadata().getLabels() == null ? Map.of()
                    : template.getMetadata().getLabels());
            labels.put(USE_LABEL, "true");
            template.getMetadata().setLabels(labels);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceAccount that && name.equals(that.name) && annotations.equals(that.annotations)
                && java.util.Objects.equals(automountToken, that.automountToken) && missing.equals(that.missing);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, annotations, automountToken, missing);
    }
}
