package io.manifesto.workload;

import io.manifesto.resources.ResourceAmount;
import io.manifesto.resources.Resources;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A container of a pod: an entry of {@code spec.template.spec.containers} (or {@code initContainers}). Immutable:
 * every method returns a new container, so one definition can be shared and varied.
 */
public final class Container {

    private final State state;

    private Container(State state) {
        this.state = state;
    }

    /** A container named {@code name} ({@code name}, a DNS-1123 label), without image yet. */
    public static Container named(String name) {
        State state = new State();
        state.name = name == null ? "" : name;
        return new Container(state);
    }

    private Container with(Consumer<State> change) {
        State copy = state.copy();
        change.accept(copy);
        return new Container(copy);
    }

    /** {@code image}, e.g. {@code myregistry.azurecr.io/shop:1.4.2}; its tag becomes the version label. */
    public Container image(String image) {
        return with(s -> s.image = s.set(s.image, image, "image", "image(...)"));
    }

    /** {@code imagePullPolicy}. */
    public Container imagePullPolicy(ImagePullPolicy policy) {
        return with(s -> s.pullPolicy = s.set(s.pullPolicy, policy, "imagePullPolicy", "imagePullPolicy(...)"));
    }

    /** {@code command}: replaces the image's entrypoint. */
    public Container command(String... command) {
        return with(s -> s.command = s.words(command, "command", "command(...)"));
    }

    /** {@code args}: replaces the image's default arguments. */
    public Container args(String... args) {
        return with(s -> s.args = s.words(args, "args", "args(...)"));
    }

    /** {@code workingDir}. */
    public Container workingDir(String directory) {
        return with(s -> s.workingDir = s.set(s.workingDir, directory, "workingDir", "workingDir(...)"));
    }

    /** An {@code env} entry {@code name: value}. */
    public Container env(String name, String value) {
        if (name == null || value == null) {
            return with(s -> s.missing = s.missing.with(new MissingValue(name == null ? "env" : "env[" + name + "]",
                    "env(...)")));
        }
        return env(EnvVar.literal(name, value));
    }

    /** An {@code env} entry: literal, or from a ConfigMap key, a Secret key or a pod field. */
    public Container env(EnvVar variable) {
        return with(s -> {
            s.env = s.appendOrRemember(s.env, variable, "env", "env(...)");
            if (variable != null) {
                EnvVar.nullPassed(variable).ifPresent(value -> s.missing = s.missing.with(value));
            }
        });
    }

    /**
     * An {@code envFrom} entry: every key of a ConfigMap or Secret as a variable, e.g.
     * {@code envFrom(EnvFrom.configMap(settings))} or {@code envFrom(EnvFrom.secret(db).prefix("DB_"))}. Variables
     * set with {@link #env(EnvVar)} win over these.
     */
    public Container envFrom(EnvFrom source) {
        return with(s -> {
            s.envFrom = s.appendOrRemember(s.envFrom, source, "envFrom", "envFrom(...)");
            if (source != null && source.prefix() == null) {
                s.missing = s.missing.with(new MissingValue("envFrom[" + source.name() + "].prefix", "prefix(...)"));
            }
        });
    }

    /** A TCP port named {@code name} on {@code number}: {@code ports[]: {name, containerPort}}. */
    public Container port(String name, int number) {
        return port(name, number, Protocol.TCP);
    }

    /** A port named {@code name} on {@code number} with {@code protocol}. */
    public Container port(String name, int number, Protocol protocol) {
        return with(s -> s.ports = Nulls.append(s.ports, new ContainerPort(name, number, protocol)));
    }

    /** {@code resources.requests}: what the scheduler reserves, e.g. {@code requests(cpu("100m"), memory("128Mi"))}. */
    public Container requests(ResourceAmount... amounts) {
        return with(s -> s.resources = s.resources.withRequests(s.present(amounts, "resources.requests", "requests(...)")));
    }

    /** {@code resources.limits}: the most it may use, e.g. {@code limits(cpu("200m"), memory("256Mi"))}. */
    public Container limits(ResourceAmount... amounts) {
        return with(s -> s.resources = s.resources.withLimits(s.present(amounts, "resources.limits", "limits(...)")));
    }

    /** {@code livenessProbe}: the kubelet restarts the container when it fails. */
    public Container liveness(Probe probe) {
        return with(s -> s.liveness = s.probe(s.liveness, probe, "livenessProbe", "liveness(...)"));
    }

    /** {@code readinessProbe}: the pod receives traffic only while it passes. */
    public Container readiness(Probe probe) {
        return with(s -> s.readiness = s.probe(s.readiness, probe, "readinessProbe", "readiness(...)"));
    }

    /** {@code startupProbe}: holds the other probes back until the container has started. */
    public Container startup(Probe probe) {
        return with(s -> s.startup = s.probe(s.startup, probe, "startupProbe", "startup(...)"));
    }

    /** {@code volumeMounts[]}: mounts the pod's volume (or claim template) {@code volume} at {@code path}. */
    public Container mount(String volume, String path) {
        return mount(volume, path, false, "mount(...)");
    }

    /** {@code volumeMounts[]} with {@code readOnly: true}. */
    public Container mountReadOnly(String volume, String path) {
        return mount(volume, path, true, "mountReadOnly(...)");
    }

    private Container mount(String volume, String path, boolean readOnly, String method) {
        return with(s -> {
            if (volume == null || path == null) {
                s.missing = s.missing.with(new MissingValue("volumeMounts", method));
            } else {
                s.mounts = Nulls.append(s.mounts, new VolumeMount(volume, path, readOnly));
            }
        });
    }

    /**
     * {@code volumeMounts[]} as {@code mount} describes it: with a {@code subPath} or {@code subPathExpr}, or
     * read-only; see {@link VolumeMount#of(String, String)}.
     */
    public Container mount(VolumeMount mount) {
        return with(s -> {
            s.mounts = s.appendOrRemember(s.mounts, mount, "volumeMounts", "mount(...)");
            if (mount != null) {
                mount.missing().values().forEach(value -> s.missing = s.missing.with(value));
            }
        });
    }

    /** {@code securityContext} settings on top of the workload's security defaults. */
    public Container security(ContainerSecurity security) {
        return with(s -> s.security = s.set(s.security, security, "securityContext", "security(...)"));
    }

    /** {@code lifecycle.preStop.exec.command}: runs before the container is stopped. */
    public Container preStop(String... command) {
        return with(s -> s.preStop = s.words(command, "lifecycle.preStop.exec.command", "preStop(...)"));
    }

    /** {@code lifecycle.postStart.exec.command}: runs right after the container is created. */
    public Container postStart(String... command) {
        return with(s -> s.postStart = s.words(command, "lifecycle.postStart.exec.command", "postStart(...)"));
    }

    /** {@code name}. */
    public String name() {
        return state.name;
    }

    /** {@code image}, if set. */
    public Optional<String> image() {
        return Optional.ofNullable(state.image);
    }

    /** {@code imagePullPolicy}, if set. */
    public Optional<ImagePullPolicy> imagePullPolicy() {
        return Optional.ofNullable(state.pullPolicy);
    }

    /** {@code command}. */
    public List<String> command() {
        return state.command;
    }

    /** {@code args}. */
    public List<String> args() {
        return state.args;
    }

    /** {@code workingDir}, if set. */
    public Optional<String> workingDir() {
        return Optional.ofNullable(state.workingDir);
    }

    /** {@code env}. */
    public List<EnvVar> env() {
        return state.env;
    }

    /** {@code envFrom}, in the order added. */
    public List<EnvFrom> envFrom() {
        return state.envFrom;
    }

    /** {@code ports}. */
    public List<ContainerPort> ports() {
        return state.ports;
    }

    /** The port named {@code name}, if the container has it. */
    public Optional<ContainerPort> port(String name) {
        return state.ports.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** {@code resources}. */
    public Resources resources() {
        return state.resources;
    }

    /** {@code livenessProbe}, if set. */
    public Optional<Probe> liveness() {
        return Optional.ofNullable(state.liveness);
    }

    /** {@code readinessProbe}, if set. */
    public Optional<Probe> readiness() {
        return Optional.ofNullable(state.readiness);
    }

    /** {@code startupProbe}, if set. */
    public Optional<Probe> startup() {
        return Optional.ofNullable(state.startup);
    }

    /** {@code volumeMounts}. */
    public List<VolumeMount> mounts() {
        return state.mounts;
    }

    /** The security settings on top of the defaults. */
    public ContainerSecurity security() {
        return state.security;
    }

    /** {@code lifecycle.preStop.exec.command}; empty when there is no such hook. */
    public List<String> preStop() {
        return state.preStop;
    }

    /** {@code lifecycle.postStart.exec.command}; empty when there is no such hook. */
    public List<String> postStart() {
        return state.postStart;
    }

    /** The {@code null} values passed to this container's methods, reported by the build. */
    public List<MissingValue> missingValues() {
        return state.missing.values();
    }

    /** {@code true} when the container has a lifecycle hook. */
    public boolean hasLifecycleHooks() {
        return !state.preStop.isEmpty() || !state.postStart.isEmpty();
    }

    private static final class State extends NullTrackingState implements Cloneable {
        String name;
        String image;
        ImagePullPolicy pullPolicy;
        List<String> command = List.of();
        List<String> args = List.of();
        String workingDir;
        List<EnvVar> env = List.of();
        List<EnvFrom> envFrom = List.of();
        List<ContainerPort> ports = List.of();
        Resources resources = Resources.NONE;
        Probe liveness;
        Probe readiness;
        Probe startup;
        List<VolumeMount> mounts = List.of();
        ContainerSecurity security = ContainerSecurity.NONE;
        List<String> preStop = List.of();
        List<String> postStart = List.of();

        /** {@code probe}, remembering a null probe, header name or value, or gRPC service as missing. */
        Probe probe(Probe current, Probe probe, String field, String method) {
            if (probe != null && probe.headers().stream().anyMatch(h -> h.name() == null || h.value() == null)) {
                missing = missing.with(new MissingValue(field + ".httpGet.httpHeaders", "header(...)"));
            }
            if (probe != null && probe.action() instanceof ProbeAction.Grpc grpc && grpc.service() == null) {
                missing = missing.with(new MissingValue(field + ".grpc.service", "grpc(...)"));
            }
            return set(current, probe, field, method);
        }

        List<String> words(String[] words, String field, String method) {
            missing = missing.rememberAny(words, field, method);
            return Nulls.present(words);
        }

        ResourceAmount[] present(ResourceAmount[] amounts, String field, String method) {
            missing = missing.rememberAny(amounts, field, method);
            return Nulls.present(amounts).toArray(ResourceAmount[]::new);
        }

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError("State is Cloneable", e);
            }
        }
    }
}
