package io.manifesto.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A StorageClass (storage.k8s.io/v1, cluster-scoped): how the volumes of the claims that name it are provisioned.
 * Claims and StatefulSet claim templates of the application that name it are checked against it. Only what is asked
 * is rendered; Kubernetes' defaults (reclaimPolicy Delete, volumeBindingMode Immediate, no expansion) stay its own.
 * Immutable: every method returns a new value.
 *
 * <pre>{@code
 * storageClass("premium-retain", "disk.csi.azure.com")        // or AksStorage.azureDisk("premium-retain")
 *     .parameter("skuName", "Premium_LRS")
 *     .reclaimPolicy(ReclaimPolicy.RETAIN)
 *     .volumeBindingMode(VolumeBindingMode.WAIT_FOR_FIRST_CONSUMER)
 *     .allowVolumeExpansion(true)
 * }</pre>
 */
public final class StorageClass implements SingleObjectComponent {

    private final String name;
    private final String provisioner;
    private final Map<String, String> parameters;
    private final ReclaimPolicy reclaimPolicy;
    private final VolumeBindingMode bindingMode;
    private final Boolean allowVolumeExpansion;
    private final Nulls missing;

    private StorageClass(String name, String provisioner, Map<String, String> parameters,
                         ReclaimPolicy reclaimPolicy, VolumeBindingMode bindingMode, Boolean allowVolumeExpansion,
                         Nulls missing) {
        this.name = Objects.requireNonNullElse(name, "");
        this.provisioner = provisioner;
        this.parameters = parameters;
        this.reclaimPolicy = reclaimPolicy;
        this.bindingMode = bindingMode;
        this.allowVolumeExpansion = allowVolumeExpansion;
        this.missing = missing;
    }

    /**
     * The StorageClass {@code name} ({@code metadata.name}) whose volumes {@code provisioner} makes
     * ({@code provisioner}, e.g. {@code disk.csi.azure.com}).
     */
    public static StorageClass named(String name, String provisioner) {
        return new StorageClass(name, provisioner, Map.of(), null, null, null,
                Nulls.NONE.remember(provisioner, "provisioner", "storageClass(...)"));
    }

    /** A parameter for the provisioner ({@code parameters}), e.g. {@code skuName: Premium_LRS} for Azure Disk. */
    public StorageClass parameter(String key, String value) {
        if (key == null || value == null) {
            return new StorageClass(name, provisioner, parameters, reclaimPolicy, bindingMode, allowVolumeExpansion,
                    missing.with(new MissingValue("parameters", "parameter(...)")));
        }
        return new StorageClass(name, provisioner, Nulls.put(parameters, key, value), reclaimPolicy, bindingMode,
                allowVolumeExpansion, missing);
    }

    /** {@code reclaimPolicy}: what happens to a volume when its claim is deleted. */
    public StorageClass reclaimPolicy(ReclaimPolicy policy) {
        return new StorageClass(name, provisioner, parameters, policy == null ? reclaimPolicy : policy, bindingMode,
                allowVolumeExpansion, missing.remember(policy, "reclaimPolicy", "reclaimPolicy(...)"));
    }

    /** {@code volumeBindingMode}: when a claim is bound and its volume provisioned. */
    public StorageClass volumeBindingMode(VolumeBindingMode mode) {
        return new StorageClass(name, provisioner, parameters, reclaimPolicy, mode == null ? bindingMode : mode,
                allowVolumeExpansion, missing.remember(mode, "volumeBindingMode", "volumeBindingMode(...)"));
    }

    /** {@code allowVolumeExpansion}: whether a claim's storage request may be raised after it is bound. */
    public StorageClass allowVolumeExpansion(boolean allow) {
        return new StorageClass(name, provisioner, parameters, reclaimPolicy, bindingMode, allow, missing);
    }

    /** {@code metadata.name}: what claims name in {@code storageClassName}. */
    public String name() {
        return name;
    }

    /** {@code provisioner}, if given. */
    public Optional<String> provisioner() {
        return Optional.ofNullable(provisioner);
    }

    /** {@code parameters}, sorted by key. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** {@code StorageClass/<name>}. */
    @Override
    public ResourceId id() {
        return new ResourceId("StorageClass", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        Labels.checkComponentName(scope, name);
        missing.report(scope);
        // the provisioner and the policies as rendered are checked on the object (storage.rules), as any
        // StorageClass is; claims are checked against it there too
    }

    /**
     * Renders the StorageClass as a generic object (fabric8's storage model is not on the class path); the rules read
     * it through {@link StorageClassObject}, as they read one from a file. A StorageClass given a {@code null} is
     * reported as input.null already: rendering refuses it, so the object rules do not report the gap again.
     */
    @Override
    public List<HasMetadata> render(Model model) {
        if (!missing.values().isEmpty()) {
            throw new IllegalStateException(id() + " was given a null, reported as input.null");
        }
        GenericKubernetesResource rendered = new GenericKubernetesResource();
        rendered.setApiVersion("storage.k8s.io/v1");
        rendered.setKind("StorageClass");
        rendered.setMetadata(new ObjectMetaBuilder().withName(name)
                .withLabels(model.objectLabels(name, Optional.empty())).build());
        rendered.setAdditionalProperty("provisioner", provisioner);
        if (!parameters.isEmpty()) {
            rendered.setAdditionalProperty("parameters", new TreeMap<>(parameters));
        }
        if (reclaimPolicy != null) {
            rendered.setAdditionalProperty("reclaimPolicy", reclaimPolicy.value());
        }
        if (bindingMode != null) {
            rendered.setAdditionalProperty("volumeBindingMode", bindingMode.value());
        }
        if (allowVolumeExpansion != null) {
            rendered.setAdditionalProperty("allowVolumeExpansion", allowVolumeExpansion);
        }
        return List.of(rendered);
    }
}
