package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The ConfigMaps and Secrets a pod reads: through env ({@code valueFrom}, {@code envFrom}), volumes (also projected)
 * and {@code imagePullSecrets}. A space copies the ones the manifests hold and reports the others, which live only in
 * the parent's namespace.
 *
 * @param configMaps the ConfigMap names, sorted
 * @param secrets    the Secret names, sorted
 */
record References(TreeSet<String> configMaps, TreeSet<String> secrets) {

    /** Everything {@code spec} reads. */
    static References of(PodSpec spec) {
        References found = new References(new TreeSet<>(), new TreeSet<>());
        if (spec == null) {
            return found;
        }
        List<Container> containers = new ArrayList<>(spec.getContainers());
        containers.addAll(spec.getInitContainers());
        for (Container container : containers) {
            for (EnvVar env : container.getEnv()) {
                if (env.getValueFrom() != null) {
                    Optional.ofNullable(env.getValueFrom().getConfigMapKeyRef())
                            .ifPresent(ref -> add(found.configMaps, ref.getName()));
                    Optional.ofNullable(env.getValueFrom().getSecretKeyRef())
                            .ifPresent(ref -> add(found.secrets, ref.getName()));
                }
            }
            for (EnvFromSource from : container.getEnvFrom()) {
                Optional.ofNullable(from.getConfigMapRef()).ifPresent(ref -> add(found.configMaps, ref.getName()));
                Optional.ofNullable(from.getSecretRef()).ifPresent(ref -> add(found.secrets, ref.getName()));
            }
        }
        for (Volume volume : spec.getVolumes()) {
            Optional.ofNullable(volume.getConfigMap()).ifPresent(ref -> add(found.configMaps, ref.getName()));
            Optional.ofNullable(volume.getSecret()).ifPresent(ref -> add(found.secrets, ref.getSecretName()));
            if (volume.getProjected() != null) {
                for (VolumeProjection source : volume.getProjected().getSources()) {
                    Optional.ofNullable(source.getConfigMap()).ifPresent(ref -> add(found.configMaps, ref.getName()));
                    Optional.ofNullable(source.getSecret()).ifPresent(ref -> add(found.secrets, ref.getName()));
                }
            }
        }
        spec.getImagePullSecrets().stream().map(LocalObjectReference::getName).forEach(name -> add(found.secrets, name));
        return found;
    }

    private static void add(TreeSet<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }
}
