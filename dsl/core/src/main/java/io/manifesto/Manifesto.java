package io.manifesto;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.core.IntOrPercent;
import io.manifesto.render.ManifestWriter;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.DeploymentStrategy;
import io.manifesto.workload.Probe;
import io.manifesto.workload.StatefulSet;
import io.manifesto.workload.VolumeClaim;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The one entry point of the DSL: {@code import static io.manifesto.Manifesto.*;} and compose values.
 *
 * <pre>{@code
 * var web = deployment("web")
 *     .container(container("web")
 *         .image("myregistry.azurecr.io/web:1.4.2")
 *         .port("http", 8080)
 *         .requests(cpu("100m"), memory("128Mi"))
 *         .limits(cpu("200m"), memory("256Mi")));
 * Application app = application("shop").add(web).build();
 * String yaml = app.toYaml();
 * }</pre>
 */
public final class Manifesto {

    private Manifesto() {
    }

    /** An application named {@code name}: add components, then {@link Application.Builder#build()}. */
    public static Application.Builder application(String name) {
        return Application.named(name);
    }

    /** A Deployment (apps/v1) named {@code name}, with a Service derived from its named ports. */
    public static Deployment deployment(String name) {
        return Deployment.named(name);
    }

    /** A StatefulSet (apps/v1) named {@code name}, with its governing headless Service. */
    public static StatefulSet statefulSet(String name) {
        return StatefulSet.named(name);
    }

    /** A container named {@code name}: an entry of {@code spec.template.spec.containers}. */
    public static Container container(String name) {
        return Container.named(name);
    }

    /** A ConfigMap (v1) named {@code name}. */
    public static ConfigMap configMap(String name) {
        return ConfigMap.named(name);
    }

    /** A CPU amount for {@code resources.requests/limits}, e.g. {@code cpu("100m")}. */
    public static ResourceAmount cpu(String quantity) {
        return ResourceAmount.cpu(quantity);
    }

    /** A CPU amount in millicores: {@code millicores(100)} renders {@code cpu: 100m}. */
    public static ResourceAmount millicores(long millicores) {
        return ResourceAmount.millicores(millicores);
    }

    /** A memory amount for {@code resources.requests/limits}, e.g. {@code memory("128Mi")}. */
    public static ResourceAmount memory(String quantity) {
        return ResourceAmount.memory(quantity);
    }

    /** An ephemeral-storage amount for {@code resources.requests/limits}, e.g. {@code ephemeralStorage("1Gi")}. */
    public static ResourceAmount ephemeralStorage(String quantity) {
        return ResourceAmount.ephemeralStorage(quantity);
    }

    /** An {@code httpGet} probe of {@code path} on the container port named {@code port}. */
    public static Probe httpGet(String port, String path) {
        return Probe.http(port, path);
    }

    /** A {@code tcpSocket} probe on the container port named {@code port}. */
    public static Probe tcpSocket(String port) {
        return Probe.tcp(port);
    }

    /** An {@code exec} probe running {@code command}. */
    public static Probe exec(String... command) {
        return Probe.exec(command);
    }

    /** A StatefulSet claim template ({@code spec.volumeClaimTemplates[]}) named {@code name} of {@code storage}. */
    public static VolumeClaim volumeClaim(String name, String storage) {
        return VolumeClaim.of(name, storage);
    }

    /** {@code spec.strategy.type: RollingUpdate} with {@code maxSurge} and {@code maxUnavailable}. */
    public static DeploymentStrategy rollingUpdate(IntOrPercent maxSurge, IntOrPercent maxUnavailable) {
        return DeploymentStrategy.rollingUpdate(maxSurge, maxUnavailable);
    }

    /** An absolute count for fields that take a number or a percentage. */
    public static IntOrPercent count(int count) {
        return IntOrPercent.of(count);
    }

    /** A percentage for fields that take a number or a percentage, rendered {@code "25%"}. */
    public static IntOrPercent percent(int percent) {
        return IntOrPercent.percent(percent);
    }

    /**
     * Writes each application to {@code <directory>/<name>.yaml}, all or nothing, and returns the paths written.
     */
    public static List<Path> write(Path directory, Application... applications) {
        return ManifestWriter.write(directory, Arrays.stream(applications).map(Application::toFile).toList());
    }

    // ---- scaling: HPA, VPA, node scaling ----

    /** A HorizontalPodAutoscaler (autoscaling/v2) of {@code workload}, named after it: set the range and metrics. */
    public static io.manifesto.scaling.HorizontalPodAutoscaler hpa(io.manifesto.workload.Workload<?> workload) {
        return io.manifesto.scaling.HorizontalPodAutoscaler.of(workload);
    }

    /** A VerticalPodAutoscaler (autoscaling.k8s.io/v1) of {@code workload}, named after it. */
    public static io.manifesto.scaling.VerticalPodAutoscaler vpa(io.manifesto.workload.Workload<?> workload) {
        return io.manifesto.scaling.VerticalPodAutoscaler.of(workload);
    }

    /** A PodDisruptionBudget (policy/v1) for the pods of {@code workload}, named after it. */
    public static io.manifesto.scaling.PodDisruptionBudget disruptionBudget(
            io.manifesto.workload.Workload<?> workload) {
        return io.manifesto.scaling.PodDisruptionBudget.of(workload);
    }

    /** A PriorityClass (scheduling.k8s.io/v1) named {@code name} of priority {@code value}. */
    public static io.manifesto.scaling.PriorityClass priorityClass(String name, int value) {
        return io.manifesto.scaling.PriorityClass.named(name, value);
    }

    /** The pod trait {@code spec.template.spec.priorityClassName: <priorityClass>}; add it with {@code .with(...)}. */
    public static io.manifesto.scaling.Priority priority(io.manifesto.scaling.PriorityClass priorityClass) {
        return priorityClass.assign();
    }

    /** The pod trait {@code cluster-autoscaler.kubernetes.io/safe-to-evict: "true"}. */
    public static io.manifesto.scaling.EvictionHint safeToEvict() {
        return io.manifesto.scaling.EvictionHint.safeToEvict();
    }

    /** The pod trait {@code cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}. */
    public static io.manifesto.scaling.EvictionHint notSafeToEvict() {
        return io.manifesto.scaling.EvictionHint.notSafeToEvict();
    }

    /** A low-priority placeholder (PriorityClass and pause Deployment) named {@code name} keeping headroom. */
    public static io.manifesto.scaling.Overprovisioning overprovisioning(String name) {
        return io.manifesto.scaling.Overprovisioning.named(name);
    }

    /** The pod trait spreading pods over zones ({@code topology.kubernetes.io/zone}), maxSkew 1. */
    public static io.manifesto.scheduling.TopologySpread spreadAcrossZones() {
        return io.manifesto.scheduling.TopologySpread.acrossZones();
    }

    /** The pod trait spreading pods over nodes ({@code kubernetes.io/hostname}), maxSkew 1. */
    public static io.manifesto.scheduling.TopologySpread spreadAcrossHosts() {
        return io.manifesto.scheduling.TopologySpread.acrossHosts();
    }
}
