package io.manifesto;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.core.IntOrPercent;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Drift;
import io.manifesto.environment.Environment;
import io.manifesto.networking.Ingress;
import io.manifesto.render.ManifestSet;
import io.manifesto.render.ManifestWriter;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.scaling.EvictionHint;
import io.manifesto.scaling.HorizontalPodAutoscaler;
import io.manifesto.scaling.Overprovisioning;
import io.manifesto.scaling.PodDisruptionBudget;
import io.manifesto.scaling.Priority;
import io.manifesto.scaling.PriorityClass;
import io.manifesto.scaling.VerticalPodAutoscaler;
import io.manifesto.scheduling.NodePool;
import io.manifesto.scheduling.Placement;
import io.manifesto.scheduling.Taint;
import io.manifesto.scheduling.TaintEffect;
import io.manifesto.scheduling.TopologySpread;
import io.manifesto.tls.Acme;
import io.manifesto.tls.AzureDns;
import io.manifesto.tls.CaSigning;
import io.manifesto.tls.Certificate;
import io.manifesto.tls.Issuer;
import io.manifesto.tls.IssuerType;
import io.manifesto.tls.SelfSigned;
import io.manifesto.tls.Solver;
import io.manifesto.tls.Tls;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;
import io.manifesto.workload.Container;
import io.manifesto.workload.DaemonSet;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.DeploymentStrategy;
import io.manifesto.workload.Probe;
import io.manifesto.workload.StatefulSet;
import io.manifesto.workload.VolumeClaim;
import io.manifesto.workload.Workload;

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
public final class Manifesto extends SupportingKinds {

    private Manifesto() {
    }

    /**
     * An application named {@code name} (a DNS-1123 label): add components, then {@link Application.Builder#build()}.
     * The name renders as the label {@code app.kubernetes.io/part-of} on every object, as
     * {@code app.kubernetes.io/instance} (in every selector too) unless {@link Application.Builder#instance(String)}
     * sets another, and as the output file {@code <name>.yaml}.
     */
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

    /**
     * An {@code httpGet} probe of {@code path} on the container port named {@code port} over TLS ({@code scheme:
     * HTTPS}), for a container that serves only HTTPS; the kubelet does not verify the certificate.
     */
    public static Probe httpsGet(String port, String path) {
        return Probe.https(port, path);
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

    /**
     * An absolute count for the fields that take a number or a percentage (an IntOrString), e.g. a budget's
     * {@code minAvailable: 2} or a rolling update's {@code maxSurge: 1}.
     */
    public static IntOrPercent count(int count) {
        return IntOrPercent.of(count);
    }

    /** A percentage for fields that take a number or a percentage, rendered {@code "25%"}. */
    public static IntOrPercent percent(int percent) {
        return IntOrPercent.percent(percent);
    }

    /**
     * Writes each application to {@code <directory>/<name>.yaml} and returns the paths written: nothing is written
     * when an argument is missing or a file name is bad, and the set replaces the directory's content whole, so a
     * reader sees the previous set or the new one (see {@link ManifestWriter}).
     */
    public static List<Path> write(Path directory, Application... applications) {
        Nulls missing = Nulls.NONE.rememberAny(applications, "applications", "write(...)")
                .remember(directory, "directory", "write(...)");
        if (!missing.values().isEmpty()) {
            Problems problems = new Problems();
            missing.report(problems.at("Output/" + directory));
            problems.verdict("output", List.of());
        }
        ManifestWriter.checkFileNames(directory, Arrays.stream(applications).map(Application::fileName).toList());
        try (ManifestSet set = ManifestSet.open(directory)) {
            for (Application application : applications) {
                set.add(application.fileName(), application::writeYaml); // streamed: no file held as one string
            }
            return set.commit();
        }
    }

    /**
     * What differs between two built applications, object by object and field by field: e.g.
     * {@code diff(definition.application(staging), definition.application(prod))}. Objects are matched by kind and
     * name; the namespace is a field like any other.
     */
    public static Drift diff(Application left, Application right) {
        Nulls missing = Nulls.NONE.remember(left, "left", "diff(...)").remember(right, "right", "diff(...)");
        if (!missing.values().isEmpty()) {
            Problems problems = new Problems();
            missing.report(problems.at("Drift"));
            problems.verdict("diff", List.of());
        }
        return Drift.between(left, right);
    }

    /**
     * What differs between two environments of one definition, e.g. {@code diff(shop, STAGING, PROD)}: the same
     * report as {@link #diff(Application, Application)}, named after the environments.
     */
    public static Drift diff(Definition definition, Environment left, Environment right) {
        Nulls missing = Nulls.NONE.remember(definition, "definition", "diff(...)")
                .remember(left, "left", "diff(...)").remember(right, "right", "diff(...)");
        if (!missing.values().isEmpty()) {
            Problems problems = new Problems();
            missing.report(problems.at("Drift"));
            problems.verdict("diff", List.of());
        }
        return Drift.between(left.name(), definition.application(left).resources(),
                right.name(), definition.application(right).resources());
    }

    // ---- https: ingress, TLS, cert-manager ----

    /** An Ingress (networking.k8s.io/v1) named {@code name}: add routes to workloads' ports and TLS sections. */
    public static Ingress ingress(String name) {
        return Ingress.named(name);
    }

    /** A cert-manager {@code ClusterIssuer} named {@code name}, usable from every namespace. */
    public static Issuer clusterIssuer(String name, IssuerType type) {
        return Issuer.cluster(name, type);
    }

    /** A cert-manager namespaced {@code Issuer} named {@code name}, in the application's namespace. */
    public static Issuer issuer(String name, IssuerType type) {
        return Issuer.namespaced(name, type);
    }

    /** An explicit cert-manager {@code Certificate} named {@code name}, issued by {@code issuer}. */
    public static Certificate certificate(String name, Issuer issuer) {
        return Certificate.named(name, issuer);
    }

    /** ACME on Let's Encrypt production: {@code spec.acme.server}. Add an email and a solver. */
    public static Acme letsEncryptProduction() {
        return Acme.letsEncryptProduction();
    }

    /** ACME on Let's Encrypt staging (untrusted certificates, generous limits): {@code spec.acme.server}. */
    public static Acme letsEncryptStaging() {
        return Acme.letsEncryptStaging();
    }

    /** A self-signed issuer: {@code spec.selfSigned: {}}. */
    public static SelfSigned selfSigned() {
        return new SelfSigned();
    }

    /** A CA issuer signing with the key pair in the secret {@code secretName}: {@code spec.ca.secretName}. */
    public static CaSigning caIssuer(String secretName) {
        return new CaSigning(secretName);
    }

    /** An HTTP01 ACME solver through ingress class {@code ingressClassName}. */
    public static Solver http01(String ingressClassName) {
        return Solver.http01(ingressClassName);
    }

    /** A DNS01 ACME solver on Azure DNS: {@code dns01.azureDNS}. */
    public static Solver dns01(AzureDns azureDns) {
        return Solver.dns01(azureDns);
    }

    /** Azure DNS in {@code subscriptionId}, zone in {@code resourceGroup}. */
    public static AzureDns azureDns(String subscriptionId, String resourceGroup) {
        return AzureDns.of(subscriptionId, resourceGroup);
    }

    /** TLS from the existing {@code kubernetes.io/tls} secret {@code secretName}, for {@code hosts}. */
    public static Tls tlsFromSecret(String secretName, String... hosts) {
        return Tls.fromSecret(secretName, hosts);
    }

    /** TLS that cert-manager issues from {@code issuer} into {@code secretName}, through the ingress annotation. */
    public static Tls tlsIssuedBy(Issuer issuer, String secretName,
                                                   String... hosts) {
        return Tls.issuedBy(issuer, secretName, hosts);
    }

    // ---- scheduling and AKS virtual nodes ----

    /** A DaemonSet (apps/v1) named {@code name}: one pod per node it may be placed on. */
    public static DaemonSet daemonSet(String name) {
        return DaemonSet.named(name);
    }

    /**
     * A placement that constrains nothing yet: add tolerations, node selector and affinity to it; it renders into
     * the pod template's {@code spec.tolerations}, {@code spec.nodeSelector} and {@code spec.affinity}.
     */
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

    // ---- scaling: HPA, VPA, node scaling ----

    /** A HorizontalPodAutoscaler (autoscaling/v2) of {@code workload}, named after it: set the range and metrics. */
    public static HorizontalPodAutoscaler hpa(Workload<?> workload) {
        return HorizontalPodAutoscaler.of(workload);
    }

    /** A VerticalPodAutoscaler (autoscaling.k8s.io/v1) of {@code workload}, named after it. */
    public static VerticalPodAutoscaler vpa(Workload<?> workload) {
        return VerticalPodAutoscaler.of(workload);
    }

    /** A PodDisruptionBudget (policy/v1) for the pods of {@code workload}, named after it. */
    public static PodDisruptionBudget disruptionBudget(
            Workload<?> workload) {
        return PodDisruptionBudget.of(workload);
    }

    /** A PriorityClass (scheduling.k8s.io/v1) named {@code name} of priority {@code value}. */
    public static PriorityClass priorityClass(String name, int value) {
        return PriorityClass.named(name, value);
    }

    /** The pod trait {@code spec.template.spec.priorityClassName: <priorityClass>}; add it with {@code .with(...)}. */
    public static Priority priority(PriorityClass priorityClass) {
        return Priority.of(priorityClass);
    }

    /** The pod trait {@code cluster-autoscaler.kubernetes.io/safe-to-evict: "true"}. */
    public static EvictionHint safeToEvict() {
        return EvictionHint.safeToEvict();
    }

    /** The pod trait {@code cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}. */
    public static EvictionHint notSafeToEvict() {
        return EvictionHint.notSafeToEvict();
    }

    /** A low-priority placeholder (PriorityClass and pause Deployment) named {@code name} keeping headroom. */
    public static Overprovisioning overprovisioning(String name) {
        return Overprovisioning.named(name);
    }

    /** The pod trait spreading pods over zones ({@code topology.kubernetes.io/zone}), maxSkew 1. */
    public static TopologySpread spreadAcrossZones() {
        return TopologySpread.acrossZones();
    }

    /** The pod trait spreading pods over nodes ({@code kubernetes.io/hostname}), maxSkew 1. */
    public static TopologySpread spreadAcrossHosts() {
        return TopologySpread.acrossHosts();
    }

    /**
     * The pod trait {@code spec.template.spec.priorityClassName: <name>} for a PriorityClass the cluster already has
     * (e.g. {@code system-node-critical}), which the application does not contain; add it with {@code .with(...)}.
     */
    public static Priority existingPriority(String name) {
        return PriorityClass.existing(name);
    }

}
