package io.manifesto.security;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.manifesto.objects.PodTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workloads whose containers must run as non-root but run as the user their image names: {@code runAsNonRoot:
 * true} (the security default) with no {@code runAsUser} on the container or the pod. The kubelet then reads the
 * image's {@code USER}, and refuses to start a container whose image runs as root (no {@code USER}, or
 * {@code USER 0}) or names its user ({@code USER nginx}: it cannot tell a name is not root), with
 * {@code CreateContainerConfigError}. Nothing in the manifests shows which images do: this report makes the reliance
 * visible, so that a reviewer checks those images or sets the uid. It is information, not a problem.
 *
 * @param entries one per workload that relies on its images' user, in the order of the objects
 */
public record ImageUserReport(List<Entry> entries) {

    /**
     * A workload whose containers rely on their images' user.
     *
     * @param resource   {@code Kind/name} of the workload
     * @param containers the containers (init containers included) with no {@code runAsUser}, in order
     */
    public record Entry(String resource, List<String> containers) {

        public Entry {
            containers = List.copyOf(containers);
        }

        /** One line for a build's output: {@code note Deployment/web: ...}. */
        @Override
        public String toString() {
            return "note " + resource + ": runAsNonRoot is true and no runAsUser is set, so containers " + containers
                    + " run as the user their images name, and do not start if an image runs as root or names its"
                    + " user (USER nginx) instead of a numeric uid. Set the uid with"
                    + " .podSecurity(PodSecurity.NONE.runAsUser(10001)), or check each image's USER is a numeric"
                    + " uid other than 0.";
        }
    }

    public ImageUserReport {
        entries = List.copyOf(entries);
    }

    /** The report of {@code objects}: every object that runs pods is looked at, others are skipped. */
    public static ImageUserReport of(Collection<? extends HasMetadata> objects) {
        List<Entry> entries = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (object == null || object.getMetadata() == null) {
                continue;
            }
            PodTemplate.of(object).ifPresent(pods -> {
                PodSecurityContext pod = pods.spec().getSecurityContext();
                List<String> relying = Stream.concat(stream(pods.spec().getContainers()),
                                stream(pods.spec().getInitContainers()))
                        .filter(container -> reliesOnImageUser(pod, container.getSecurityContext()))
                        .map(Container::getName).toList();
                if (!relying.isEmpty()) {
                    entries.add(new Entry(object.getKind() + "/" + object.getMetadata().getName(), relying));
                }
            });
        }
        return new ImageUserReport(entries);
    }

    /** {@code true} when no workload relies on its images' user. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries as lines, one per workload. */
    public List<String> lines() {
        return entries.stream().map(Entry::toString).toList();
    }

    private static Stream<Container> stream(List<Container> containers) {
        return containers == null ? Stream.empty() : containers.stream().filter(Objects::nonNull);
    }

    /** The container's setting wins over the pod's, field by field, as the kubelet applies them. */
    private static boolean reliesOnImageUser(PodSecurityContext pod, SecurityContext container) {
        Optional<PodSecurityContext> podContext = Optional.ofNullable(pod);
        Optional<SecurityContext> own = Optional.ofNullable(container);
        Boolean nonRoot = own.map(SecurityContext::getRunAsNonRoot)
                .or(() -> podContext.map(PodSecurityContext::getRunAsNonRoot)).orElse(null);
        Long user = own.map(SecurityContext::getRunAsUser)
                .or(() -> podContext.map(PodSecurityContext::getRunAsUser)).orElse(null);
        return Boolean.TRUE.equals(nonRoot) && user == null;
    }
}
