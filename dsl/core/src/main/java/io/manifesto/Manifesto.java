package io.manifesto;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.core.IntOrPercent;
import io.manifesto.render.ManifestWriter;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.Taint;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.workload.Container;
import io.manifesto.workload.DaemonSet;
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

    // ---- scheduling and AKS virtual nodes ----

    /** A DaemonSet (apps/v1) named {@code name}: one pod per node it may be placed on. */
    public static DaemonSet daemonSet(String name) {
        return DaemonSet.named(name);
    }

    /** A placement that constrains nothing yet: add tolerations, node selector and affinity to it. */
    public static Placement placement() {
        return Placement.anywhere();
    }

    /** A node pool the application is told about (renders nothing): its labels and taints check placements. */
    public static NodePool nodePool(String name) {
        return NodePool.named(name);
    }

    /** A node taint {@code key=value:effect}, e.g. for {@link NodePool#taint(Taint)}. */
    public static Taint taint(String key, String value, TaintEffect effect) {
        return Taint.of(key, value, effect);
    }
}
