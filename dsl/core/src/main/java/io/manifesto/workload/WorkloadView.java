package io.manifesto.workload;

import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Workload} holds, read back: its pod template, replica count and Service settings, for its rendering
 * and its rules. A class of its own so that each file stays small; every method is public on {@link Workload}.
 */
abstract class WorkloadView {

    final WorkloadState state;

    WorkloadView(WorkloadState state) {
        this.state = state;
    }

    /** {@code spec.replicas}, when set. */
    public Optional<Integer> replicas() {
        return Optional.ofNullable(state.replicas);
    }

    /** The version label: the one set, or the tag of the first container's image. */
    public Optional<String> version() {
        if (state.version != null) {
            return Optional.of(state.version);
        }
        return state.containers.stream().findFirst().flatMap(Container::image)
                .flatMap(image -> Image.of(image).versionLabel());
    }

    /** The workload's own labels. */
    public Map<String, String> labels() {
        return state.labels;
    }

    /** The workload's annotations. */
    public Map<String, String> annotations() {
        return state.annotations;
    }

    /** The pod template's annotations. */
    public Map<String, String> podAnnotations() {
        return state.podAnnotations;
    }

    /** The containers. */
    public List<Container> containers() {
        return state.containers;
    }

    /**
     * The port named {@code name} of the first container that has one: an entry of
     * {@code spec.template.spec.containers[].ports[]}. Init containers are not searched: they serve no traffic.
     */
    public Optional<ContainerPort> containerPort(String name) {
        return containers().stream().flatMap(c -> c.port(name).stream()).findFirst();
    }

    /** The init containers. */
    public List<Container> initContainers() {
        return state.initContainers;
    }

    /** The container named {@code name}, if any (init containers included). */
    public Optional<Container> findContainer(String name) {
        return allContainers().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The containers, then the init containers. */
    public List<Container> allContainers() {
        return java.util.stream.Stream.concat(state.containers.stream(), state.initContainers.stream()).toList();
    }

    /** The volumes. */
    public List<Volume> volumes() {
        return state.volumes;
    }

    /** The service account, if set. */
    public Optional<String> serviceAccount() {
        return Optional.ofNullable(state.serviceAccount);
    }

    /** The image pull secrets. */
    public List<String> imagePullSecrets() {
        return state.imagePullSecrets;
    }

    /** The pod security settings on top of the defaults. */
    public PodSecurity podSecurity() {
        return state.podSecurity;
    }

    /** The security defaults switched off, with reasons. */
    public List<SecurityOptOut> securityOptOuts() {
        return state.optOuts;
    }

    /** {@code true} unless {@code setting} was switched off. */
    public boolean hasSecurityDefault(SecurityDefault setting) {
        return state.hasDefault(setting);
    }

    /** The {@code null} values passed to this workload's methods, reported by the build. */
    public List<io.manifesto.validate.MissingValue> missingValues() {
        return state.missing.values();
    }

    /** The pod traits, in the order added. */
    public List<PodTrait> traits() {
        return state.traits;
    }

    /** The pod traits of {@code type}, e.g. {@code traits(TopologySpread.class)}, in the order added; none for null. */
    public <T extends PodTrait> List<T> traits(Class<T> type) {
        return type == null ? List.of() : state.traits.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The termination grace period, if set. */
    public Optional<Integer> terminationGracePeriodSeconds() {
        return Optional.ofNullable(state.terminationGracePeriodSeconds);
    }

    /** {@code true} when the pods use the node's network ({@code hostNetwork}). */
    public boolean usesHostNetwork() {
        return state.hostNetwork;
    }

    /** {@code enableServiceLinks}, if set. */
    public Optional<Boolean> enableServiceLinks() {
        return Optional.ofNullable(state.enableServiceLinks);
    }

    /** The {@code hostAliases} entries, in the order added. */
    public List<HostAlias> hostAliases() {
        return state.hostAliases;
    }

    /** The derived Service's settings. */
    public Exposure exposure() {
        return state.exposure;
    }

    /** {@code true} when the workload renders a Service: it has one and some container has a port. */
    public boolean rendersService() {
        return state.exposure.enabled() && state.containers.stream().anyMatch(c -> !c.ports().isEmpty());
    }
}
