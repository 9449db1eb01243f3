package io.manifesto.workload;

import io.manifesto.core.Component;
import io.manifesto.core.Labels;
import io.manifesto.objects.ResourceId;
import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.function.Consumer;

/**
 * What Deployments, StatefulSets and DaemonSets share: a name, a pod template (containers, volumes, security, traits), a
 * replica count and the Service derived from the containers' named ports. Immutable: every method returns a new
 * workload of the same type.
 *
 * @param <W> the concrete workload type, returned by every method
 */
public abstract class Workload<W extends Workload<W>> extends WorkloadView implements Component {

    Workload(WorkloadState state) {
        super(state);
    }

    /** A copy of this workload with {@code state} instead of its own; subclass fields unchanged. */
    abstract W with(WorkloadState state);

    private W change(Consumer<WorkloadState> change) {
        WorkloadState copy = state.copy();
        change.accept(copy);
        return with(copy);
    }

    /** This workload, remembering that {@code method} received {@code null} for {@code field}. */
    W rememberMissing(String field, String method) {
        return change(s -> s.missing = s.missing.with(new io.manifesto.validate.MissingValue(field, method)));
    }

    /** The kind, e.g. {@code Deployment}. */
    public abstract String kind();

    /**
     * Reports a name too long for the label values it is rendered into: {@code app.kubernetes.io/name} has at most
     * 63 characters. A kind whose controller derives a longer label value from the name checks its own limit.
     */
    void checkNameLength(Problems.Scope scope) {
        Labels.checkNameLabel(scope, name());
    }

    /** {@code metadata.name}; also the name of the derived Service. */
    public String name() {
        return state.name;
    }

    /** {@code Kind/name} of this workload. */
    public ResourceId id() {
        return new ResourceId(kind(), state.name);
    }

    /** {@code spec.replicas}. Leave it unset when an autoscaler owns the count; it is an error to set both. */
    public W replicas(int replicas) {
        return change(s -> s.replicas = replicas);
    }

    /** {@code app.kubernetes.io/version}; by default the tag of the first container's image. */
    public W version(String version) {
        return change(s -> s.version = s.set(s.version, version, "metadata.labels." + Labels.VERSION,
                "version(...)"));
    }

    /**
     * A label on the workload, its pod template and its Service ({@code metadata.labels}). It wins over an
     * application label ({@code Application.Builder.label}) with the same key: the workload's setting is the more
     * specific one.
     */
    public W label(String key, String value) {
        return change(s -> s.labels = Nulls.put(s.labels, key, value));
    }

    /** An annotation on the workload ({@code metadata.annotations}). */
    public W annotation(String key, String value) {
        return change(s -> s.annotations = Nulls.put(s.annotations, key, value));
    }

    /** An annotation on the pods ({@code spec.template.metadata.annotations}). */
    public W podAnnotation(String key, String value) {
        return change(s -> s.podAnnotations = Nulls.put(s.podAnnotations, key, value));
    }

    /** A container: {@code spec.template.spec.containers[]}. */
    public W container(Container container) {
        return change(s -> s.containers = s.appendOrRemember(s.containers, container, "spec.template.spec.containers", "container(...)"));
    }

    /** An init container, run to completion before the others: {@code spec.template.spec.initContainers[]}. */
    public W initContainer(Container container) {
        return change(s -> s.initContainers = s.appendOrRemember(s.initContainers, container,
                "spec.template.spec.initContainers", "initContainer(...)"));
    }

    /** A volume that containers mount by name: {@code spec.template.spec.volumes[]}. */
    public W volume(Volume volume) {
        return change(s -> s.volumes = s.appendOrRemember(s.volumes, volume, "spec.template.spec.volumes", "volume(...)"));
    }

    /** {@code spec.template.spec.serviceAccountName}. */
    public W serviceAccount(String serviceAccount) {
        return change(s -> s.serviceAccount = s.set(s.serviceAccount, serviceAccount,
                "spec.template.spec.serviceAccountName", "serviceAccount(...)"));
    }

    /** {@code spec.template.spec.imagePullSecrets[].name}: the secret that logs in to a private registry. */
    public W imagePullSecret(String secret) {
        return change(s -> s.imagePullSecrets = s.appendOrRemember(s.imagePullSecrets, secret,
                "spec.template.spec.imagePullSecrets", "imagePullSecret(...)"));
    }

    /** {@code spec.template.spec.securityContext} settings on top of the security defaults. */
    public W podSecurity(PodSecurity security) {
        return change(s -> s.podSecurity = s.set(s.podSecurity, security, "spec.template.spec.securityContext",
                "podSecurity(...)"));
    }

    /** {@code spec.template.spec.terminationGracePeriodSeconds}. */
    public W terminationGracePeriodSeconds(int seconds) {
        return change(s -> s.terminationGracePeriodSeconds = seconds);
    }

    /**
     * Switches off one security default for this workload. The reason is required and rendered as the
     * annotation {@code manifesto.io/opt-out-<default>}.
     */
    public W withoutSecurityDefault(SecurityDefault setting, String reason) {
        if (setting == null) {
            return rememberMissing("metadata.annotations", "withoutSecurityDefault(...)");
        }
        return change(s -> s.optOuts = Nulls.append(s.optOuts, new SecurityOptOut(setting, reason)));
    }

    /** Switches off every security default for this workload, for {@code reason}. */
    public W withoutSecurityDefaults(String reason) {
        W result = self();
        for (SecurityDefault setting : SecurityDefault.values()) {
            result = result.withoutSecurityDefault(setting, reason);
        }
        return result;
    }

    /** Adds a pod trait: placement, eviction hint, topology spread... (see {@link PodTrait}). */
    public W with(PodTrait trait) {
        return change(s -> s.traits = s.appendOrRemember(s.traits, trait, "spec.template", "with(...)"));
    }

    /**
     * Places the pods: tolerations, node selector and affinity ({@code spec.template.spec.tolerations},
     * {@code nodeSelector}, {@code affinity}). The same as {@link #with(PodTrait)}. A second call adds to the first
     * rather than replacing it: the tolerations and requirements of both apply, and a node selector label given two
     * different values, or a selector and required node affinity that no node meets at once, is an error.
     */
    public W placement(io.manifesto.scheduling.Placement placement) {
        return with(placement);
    }

    /** {@code spec.template.spec.hostNetwork: true}: the pods use the node's network namespace. */
    public W hostNetwork() {
        return change(s -> s.hostNetwork = true);
    }

    /**
     * {@code spec.template.spec.enableServiceLinks}: with {@code false}, the kubelet no longer gives the containers
     * a {@code <SERVICE>_SERVICE_HOST}/{@code _PORT} variable set for every Service of the namespace (Kubernetes'
     * default is {@code true}), which keeps them from clashing with the application's own variables and a large
     * namespace from slowing container start. Rendered only when set.
     */
    public W enableServiceLinks(boolean enabled) {
        return change(s -> s.enableServiceLinks = enabled);
    }

    /** An {@code /etc/hosts} entry of the pods: {@code spec.template.spec.hostAliases[]: {ip, hostnames}}. */
    public W hostAlias(String ip, String... hostnames) {
        return change(s -> s.hostAliases = Nulls.append(s.hostAliases, HostAlias.of(ip, hostnames)));
    }

    /**
     * The derived Service gets {@code spec.type: type} (ClusterIP by default). A StatefulSet's derived Service is its
     * headless governing Service, which takes no type: give a StatefulSet a {@link Service} of its own for clients.
     */
    public W service(ServiceType type) {
        if (type == null) {
            return rememberMissing("spec.type", "service(...)");
        }
        return change(s -> s.exposure = s.exposure.with(s.exposure.settings().withType(type)));
    }

    /**
     * An annotation on the derived Service ({@code metadata.annotations}), e.g. AKS's
     * {@code service.beta.kubernetes.io/azure-load-balancer-internal: "true"} for an internal load balancer.
     */
    public W serviceAnnotation(String key, String value) {
        if (key == null || value == null) {
            return rememberMissing("metadata.annotations", "serviceAnnotation(...)");
        }
        return change(s -> s.exposure = s.exposure.with(s.exposure.settings().withAnnotation(key, value)));
    }

    /** {@code spec.externalTrafficPolicy} of the derived Service, which must then be a NodePort or LoadBalancer. */
    public W externalTrafficPolicy(ExternalTrafficPolicy policy) {
        if (policy == null) {
            return rememberMissing("spec.externalTrafficPolicy", "externalTrafficPolicy(...)");
        }
        return change(s -> s.exposure = s.exposure.with(s.exposure.settings().withExternalTrafficPolicy(policy)));
    }

    /** {@code spec.sessionAffinity} (and its timeout) of the derived Service. */
    public W sessionAffinity(SessionAffinity affinity) {
        if (affinity == null) {
            return rememberMissing("spec.sessionAffinity", "sessionAffinity(...)");
        }
        return change(s -> s.exposure = s.exposure.with(s.exposure.settings().withSessionAffinity(affinity)));
    }

    /**
     * The derived Service exposes the container port {@code portName} on {@code port} (instead of every container
     * port on its own number): {@code spec.ports[]: {name, port, targetPort: portName}}. On a StatefulSet, whose
     * Service is headless and so never remaps ports, {@code port} must be the container port's own number: the call
     * then only chooses which ports are exposed.
     */
    public W servicePort(String portName, int port) {
        return change(s -> s.exposure = new Exposure(true, s.exposure.settings(),
                Nulls.append(s.exposure.ports(), new ServicePort(portName, port))));
    }

    /** No Service for this workload. */
    public W withoutService() {
        return change(s -> s.exposure = new Exposure(false, s.exposure.settings(), List.of()));
    }

    /** A reference to the named port {@code portName} of this workload's Service, for ingress backends. */
    public PortRef port(String portName) {
        return new PortRef(id(), portName);
    }

    /** This workload's id, then its Service's when it renders one (see {@link #rendersService()}). */
    List<ResourceId> idsWithDerivedService() {
        return rendersService() ? List.of(id(), new ResourceId("Service", name())) : List.of(id());
    }

    /** The names of the volumes a container may mount: the pod's volumes (and claim templates, for StatefulSets). */
    public List<String> mountableVolumes() {
        return state.volumes.stream().map(Volume::name).toList();
    }

    @SuppressWarnings("unchecked")
    private W self() {
        return (W) this;
    }
}
