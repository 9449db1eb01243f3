package io.manifesto.workload;

import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFileBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.HostAliasBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LifecycleBuilder;
import io.fabric8.kubernetes.api.model.LifecycleHandlerBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.manifesto.core.Model;
import io.manifesto.resources.ResourceName;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders a workload's pod template and its metadata into fabric8 objects. */
final class PodRenderer {

    private PodRenderer() {
    }

    /**
     * The labels of the workload's objects: the application's, the workload's own (which win over the application's)
     * and the recommended ones.
     */
    static Map<String, String> labels(Workload<?> workload, Model model) {
        return model.objectLabels(workload.name(), workload.version(), workload.labels());
    }

    /** The selector: the stable labels only. */
    static Map<String, String> selector(Workload<?> workload, Model model) {
        return model.labels(workload.name(), workload.version()).selector();
    }

    /** The workload's {@code metadata}, with the opt-out annotations of its security defaults. */
    static io.fabric8.kubernetes.api.model.ObjectMeta metadata(Workload<?> workload, Model model) {
        return new ObjectMetaBuilder().withName(workload.name()).withLabels(labels(workload, model))
                .withAnnotations(annotations(workload)).build();
    }

    /** The workload's {@code metadata.annotations}: its own and the opt-out annotations of its security defaults. */
    static Map<String, String> annotations(Workload<?> workload) {
        Map<String, String> annotations = new TreeMap<>(workload.annotations());
        workload.securityOptOuts().forEach(o -> annotations.put(o.setting().optOutAnnotation(), o.reason()));
        return annotations;
    }

    /**
     * The workload's pod template. Callers set it on their spec ({@code setTemplate}) rather than pass it to a fabric8
     * builder: {@code withTemplate} copies the whole template into builders, and the spec's {@code build()} copies it
     * out again, for every workload (a quarter of the time of a one-app build, measured). For the same reason the
     * containers and volumes are set on the built spec, in lists of their own that customizations may change; a
     * template with pod traits is copied once, after they are applied, so that theirs may be changed too.
     */
    static PodTemplateSpec template(Workload<?> workload, Model model) {
        PodSpec spec = new PodSpecBuilder()
                .withServiceAccountName(workload.serviceAccount().orElse(null))
                .withImagePullSecrets(workload.imagePullSecrets().stream().map(LocalObjectReference::new).toList())
                .withSecurityContext(podSecurity(workload))
                .withTerminationGracePeriodSeconds(workload.terminationGracePeriodSeconds()
                        .map(Integer::longValue).orElse(null))
                .withHostNetwork(workload.usesHostNetwork() ? Boolean.TRUE : null)
                .withEnableServiceLinks(workload.enableServiceLinks().orElse(null))
                .withHostAliases(workload.hostAliases().stream()
                        .map(alias -> new HostAliasBuilder().withIp(alias.ip()).withHostnames(alias.hostnames())
                                .build()).toList())
                .build();
        spec.setContainers(mutable(workload.containers().stream().map(c -> container(workload, c))));
        spec.setInitContainers(mutable(workload.initContainers().stream().map(c -> container(workload, c))));
        spec.setVolumes(mutable(workload.volumes().stream().map(PodRenderer::volume)));
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMetaBuilder()
                .withLabels(labels(workload, model))
                .withAnnotations(new TreeMap<>(workload.podAnnotations()))
                .build(), spec);
        if (workload.traits().isEmpty()) {
            return template;
        }
        workload.traits().forEach(trait -> trait.applyTo(template));
        // a trait may set lists of its own (List.of, toList()): one copy through the builder makes every list of the
        // template mutable for customizations again, as the lists set above are
        return new PodTemplateSpecBuilder(template).build();
    }

    private static <T> List<T> mutable(Stream<T> items) {
        return items.collect(Collectors.toCollection(ArrayList::new));
    }

    private static PodSecurityContext podSecurity(Workload<?> workload) {
        PodSecurity user = workload.podSecurity();
        PodSecurityContextBuilder context = new PodSecurityContextBuilder()
                .withRunAsUser(user.runAsUser())
                .withRunAsGroup(user.runAsGroup())
                .withFsGroup(user.fsGroup());
        if (workload.hasSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT)) {
            context.withRunAsNonRoot(true);
        }
        if (workload.hasSecurityDefault(SecurityDefault.SECCOMP_RUNTIME_DEFAULT)) {
            context.withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile();
        }
        return context.build();
    }

    private static io.fabric8.kubernetes.api.model.Container container(Workload<?> workload, Container container) {
        io.fabric8.kubernetes.api.model.Container rendered = new ContainerBuilder()
                .withName(container.name())
                .withImage(container.image().orElse(null))
                .withImagePullPolicy(container.imagePullPolicy().map(ImagePullPolicy::value).orElse(null))
                .withWorkingDir(container.workingDir().orElse(null))
                .build();
        // the lists and nested objects are set, not copied by the builder (see template)
        rendered.setCommand(new ArrayList<>(container.command()));
        rendered.setArgs(new ArrayList<>(container.args()));
        rendered.setEnv(mutable(container.env().stream().map(PodRenderer::env)));
        rendered.setEnvFrom(mutable(container.envFrom().stream().map(PodRenderer::envFrom)));
        rendered.setPorts(mutable(container.ports().stream().map(p -> new ContainerPortBuilder()
                .withName(p.name()).withContainerPort(p.number()).withProtocol(p.protocol().name()).build())));
        rendered.setResources(new ResourceRequirements(null,
                new LinkedHashMap<>(quantities(container.resources().limits())),
                new LinkedHashMap<>(quantities(container.resources().requests()))));
        rendered.setLivenessProbe(container.liveness().map(PodRenderer::probe).orElse(null));
        rendered.setReadinessProbe(container.readiness().map(PodRenderer::probe).orElse(null));
        rendered.setStartupProbe(container.startup().map(PodRenderer::probe).orElse(null));
        rendered.setVolumeMounts(mutable(container.mounts().stream().map(m -> new VolumeMountBuilder()
                .withName(m.volume()).withMountPath(m.mountPath())
                .withReadOnly(m.readOnly() ? Boolean.TRUE : null)
                .withSubPath(m.subPath()).withSubPathExpr(m.subPathExpr()).build())));
        rendered.setSecurityContext(containerSecurity(workload, container.security()));
        if (container.hasLifecycleHooks()) {
            LifecycleBuilder lifecycle = new LifecycleBuilder();
            if (!container.preStop().isEmpty()) {
                lifecycle.withPreStop(new LifecycleHandlerBuilder()
                        .withExec(new ExecAction(container.preStop())).build());
            }
            if (!container.postStart().isEmpty()) {
                lifecycle.withPostStart(new LifecycleHandlerBuilder()
                        .withExec(new ExecAction(container.postStart())).build());
            }
            rendered.setLifecycle(lifecycle.build());
        }
        return rendered;
    }

    private static SecurityContext containerSecurity(Workload<?> workload, ContainerSecurity user) {
        SecurityContextBuilder context = new SecurityContextBuilder()
                .withRunAsUser(user.runAsUser())
                .withRunAsGroup(user.runAsGroup())
                .withReadOnlyRootFilesystem(user.rootReadOnly())
                .withPrivileged(user.privilegedMode());
        if (workload.hasSecurityDefault(SecurityDefault.NO_PRIVILEGE_ESCALATION)) {
            context.withAllowPrivilegeEscalation(false);
        }
        CapabilitiesBuilder capabilities = new CapabilitiesBuilder().withAdd(user.addCapabilities());
        if (workload.hasSecurityDefault(SecurityDefault.DROP_ALL_CAPABILITIES)) {
            capabilities.withDrop(List.of("ALL"));
        }
        return context.withCapabilities(capabilities.build()).build();
    }

    private static Map<String, Quantity> quantities(Map<ResourceName, io.manifesto.resources.Quantity> amounts) {
        Map<String, Quantity> result = new TreeMap<>();
        amounts.forEach((name, quantity) -> result.put(name.key(), unparsed(quantity)));
        return result;
    }

    private static io.fabric8.kubernetes.api.model.EnvVar env(EnvVar variable) {
        EnvVarBuilder builder = new EnvVarBuilder().withName(variable.name());
        if (variable instanceof EnvVar.Literal literal) {
            builder.withValue(literal.value());
        } else if (variable instanceof EnvVar.FromConfigMap ref) {
            builder.withNewValueFrom().withNewConfigMapKeyRef().withName(ref.configMap()).withKey(ref.key())
                    .endConfigMapKeyRef().endValueFrom();
        } else if (variable instanceof EnvVar.FromSecret ref) {
            builder.withNewValueFrom().withNewSecretKeyRef().withName(ref.secret()).withKey(ref.key())
                    .endSecretKeyRef().endValueFrom();
        } else if (variable instanceof EnvVar.FromField ref) {
            builder.withNewValueFrom().withNewFieldRef().withFieldPath(ref.fieldPath()).endFieldRef()
                    .endValueFrom();
        }
        return builder.build();
    }

    private static EnvFromSource envFrom(EnvFrom source) {
        Boolean optional = source.optionalRef() ? Boolean.TRUE : null;
        EnvFromSourceBuilder builder = new EnvFromSourceBuilder()
                .withPrefix(source.prefix() == null || source.prefix().isEmpty() ? null : source.prefix());
        if (source.source() == EnvFrom.Source.CONFIG_MAP) {
            builder.withConfigMapRef(new ConfigMapEnvSource(source.name(), optional));
        } else {
            builder.withSecretRef(new SecretEnvSource(source.name(), optional));
        }
        return builder.build();
    }

    private static io.fabric8.kubernetes.api.model.Probe probe(Probe probe) {
        ProbeBuilder builder = new ProbeBuilder()
                .withInitialDelaySeconds(probe.initialDelaySeconds())
                .withPeriodSeconds(probe.periodSeconds())
                .withTimeoutSeconds(probe.timeoutSeconds())
                .withFailureThreshold(probe.failureThreshold())
                .withSuccessThreshold(probe.successThreshold());
        if (probe.action() instanceof ProbeAction.HttpGet http) {
            builder.withNewHttpGet().withPath(http.path()).withPort(port(http.port()))
                    .withScheme(http.https() ? "HTTPS" : null)
                    .withHttpHeaders(probe.headers().stream()
                            .map(header -> new HTTPHeader(header.name(), header.value())).toList())
                    .endHttpGet();
        } else if (probe.action() instanceof ProbeAction.Grpc grpc) {
            builder.withNewGrpc().withPort(grpc.port())
                    .withService(grpc.service() == null || grpc.service().isEmpty() ? null : grpc.service()).endGrpc();
        } else if (probe.action() instanceof ProbeAction.TcpSocket tcp) {
            builder.withNewTcpSocket().withPort(port(tcp.port())).endTcpSocket();
        } else if (probe.action() instanceof ProbeAction.Exec exec) {
            builder.withNewExec().withCommand(exec.command()).endExec();
        }
        return builder.build();
    }

    private static IntOrString port(TargetPort port) {
        return port.isNamed() ? new IntOrString(port.name()) : new IntOrString(port.number());
    }

    private static io.fabric8.kubernetes.api.model.Volume volume(Volume volume) {
        VolumeBuilder builder = new VolumeBuilder().withName(volume.name());
        if (volume instanceof Volume.FromConfigMap v) {
            builder.withNewConfigMap().withName(v.configMap()).endConfigMap();
        } else if (volume instanceof Volume.FromSecret v) {
            builder.withNewSecret().withSecretName(v.secret()).endSecret();
        } else if (volume instanceof Volume.EmptyDir v) {
            builder.withNewEmptyDir()
                    .withSizeLimit(v.sizeLimit() == null ? null : unparsed(v.sizeLimit()))
                    .withMedium(v.inMemory() ? "Memory" : null)
                    .endEmptyDir();
        } else if (volume instanceof Volume.FromClaim v) {
            builder.withNewPersistentVolumeClaim().withClaimName(v.claimName()).endPersistentVolumeClaim();
        } else if (volume instanceof Volume.HostPath v) {
            builder.withNewHostPath().withPath(v.path()).endHostPath();
        } else if (volume instanceof Volume.DownwardApi v) {
            builder.withNewDownwardAPI().withItems(v.files().entrySet().stream()
                    .map(file -> new DownwardAPIVolumeFileBuilder().withPath(file.getKey())
                            .withNewFieldRef().withFieldPath(file.getValue()).endFieldRef().build())
                    .toList()).endDownwardAPI();
        }
        return builder.build();
    }


    /**
     * The quantity as written, not parsed: fabric8's parsing constructor throws on text such as {@code ""}, and the
     * object rules report every quantity they read ({@code quantity.format}), so rendering must not judge first.
     */
    private static Quantity unparsed(io.manifesto.resources.Quantity quantity) {
        return new Quantity(quantity.text(), null);
    }
}
