package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A StatefulSet (apps/v1): pods with stable names and their own persistent volumes, such as a database. Renders the
 * StatefulSet and its governing headless Service ({@code clusterIP: None}, same name, {@code spec.serviceName}),
 * which gives each pod a DNS name such as {@code postgres-0.postgres}. Immutable: every method returns a new one.
 */
public final class StatefulSet extends Workload<StatefulSet> {

    /** Rule id: a StatefulSet without its governing headless Service. */
    public static final String SERVICE_REQUIRED = "statefulset.service-required";
    /**
     * Rule id: a name longer than 52 characters. The controller labels each pod {@code controller-revision-hash:
     * <name>-<hash>} with a hash of up to 10 characters, and a label value has at most 63.
     */
    public static final String NAME_LENGTH = "statefulset.name-length";

    private static final int MAX_NAME_LENGTH = 52;

    private final List<VolumeClaim> claims;

    private StatefulSet(WorkloadState state, List<VolumeClaim> claims) {
        super(state);
        this.claims = List.copyOf(claims);
    }

    /** A StatefulSet named {@code name} ({@code metadata.name}). */
    public static StatefulSet named(String name) {
        WorkloadState state = WorkloadState.named(name, "statefulSet(...)");
        return new StatefulSet(state, List.of());
    }

    @Override
    StatefulSet with(WorkloadState state) {
        return new StatefulSet(state, claims);
    }

    /** A claim template, {@code spec.volumeClaimTemplates[]}: one persistent volume per pod, mounted by name. */
    public StatefulSet volumeClaim(VolumeClaim claim) {
        if (claim == null) {
            return rememberMissing("spec.volumeClaimTemplates", "volumeClaim(...)");
        }
        List<VolumeClaim> copy = new ArrayList<>(claims);
        copy.add(claim);
        return new StatefulSet(state, copy);
    }

    /** The claim templates. */
    public List<VolumeClaim> volumeClaims() {
        return claims;
    }

    /** {@code StatefulSet}. */
    @Override
    public String kind() {
        return "StatefulSet";
    }

    /** The pod volumes and the claim templates: both can be mounted. */
    @Override
    public List<String> mountableVolumes() {
        return Stream.concat(super.mountableVolumes().stream(), claims.stream().map(VolumeClaim::name)).toList();
    }

    @Override
    public List<ResourceId> ids() {
        List<ResourceId> ids = new ArrayList<>(List.of(id()));
        if (exposure().enabled()) {
            ids.add(new ResourceId("Service", name()));
        }
        return ids;
    }

    /** At most 52 characters, for the pods' revision label; stricter than the name label's 63, so it covers it. */
    @Override
    void checkNameLength(Problems.Scope scope) {
        Names.checkNameLength(scope, "metadata.name", name(), MAX_NAME_LENGTH, NAME_LENGTH,
                "the controller labels each pod controller-revision-hash: <name>-<hash of up to 10 characters>,"
                        + " and a label value has at most 63 characters");
    }

    @Override
    public void validate(Model model, Problems problems) {
        WorkloadRules.validate(this, model, problems);
        Problems.Scope scope = problems.at(id().toString());
        // the claim templates are checked on the rendered object (workload.rules.ClaimTemplateRules)
        if (!exposure().enabled()) {
            scope.error(SERVICE_REQUIRED, "spec.serviceName", name(),
                    "a StatefulSet needs its governing headless Service for the pods' DNS names",
                    "remove .withoutService()");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<HasMetadata> objects = new ArrayList<>();
        io.fabric8.kubernetes.api.model.apps.StatefulSet statefulSet = new StatefulSetBuilder()
                .withMetadata(PodRenderer.metadata(this, model))
                .withNewSpec()
                .withServiceName(name())
                .withReplicas(replicas().orElse(null))
                .withNewSelector().withMatchLabels(PodRenderer.selector(this, model)).endSelector()
                .withVolumeClaimTemplates(claims.stream().map(claim -> claim(claim, model)).toList())
                .endSpec()
                .build();
        statefulSet.getSpec().setTemplate(PodRenderer.template(this, model));
        objects.add(statefulSet);
        ServiceRenderer.service(this, model, true).ifPresent(objects::add);
        return objects;
    }

    private PersistentVolumeClaim claim(VolumeClaim claim, Model model) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(claim.name())
                .withLabels(model.labels(name(), Optional.empty()).selector()).endMetadata()
                .withNewSpec()
                .withAccessModes(claim.accessMode().value())
                .withStorageClassName(claim.storageClass())
                .withNewResources().withRequests(Map.of("storage", new Quantity(claim.storage().text())))
                .endResources()
                .endSpec()
                .build();
    }
}
