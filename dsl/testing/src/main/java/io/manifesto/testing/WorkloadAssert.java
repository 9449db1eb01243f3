package io.manifesto.testing;

import static io.manifesto.testing.Messages.entries;
import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.map;
import static io.manifesto.testing.Messages.quote;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a workload that runs pods from a template: a {@link Deployment} or a
 * {@link StatefulSet}. Pod-level checks (annotations, node selector, tolerations, security
 * context, service account, containers) read {@code spec.template}.
 */
public class WorkloadAssert extends AbstractAssert<WorkloadAssert, HasMetadata> {

    private final Integer replicas;
    private final LabelSelector selector;
    private final PodTemplateSpec template;

    /** Creates assertions on a Deployment. */
    public WorkloadAssert(Deployment deployment) {
        this(deployment, Optional.ofNullable(deployment).map(Deployment::getSpec).orElseGet(DeploymentSpec::new));
    }

    /** Creates assertions on a StatefulSet. */
    public WorkloadAssert(StatefulSet statefulSet) {
        this(statefulSet, Optional.ofNullable(statefulSet).map(StatefulSet::getSpec).orElseGet(StatefulSetSpec::new));
    }

    private WorkloadAssert(Deployment deployment, DeploymentSpec spec) {
        this(deployment, spec.getReplicas(), spec.getSelector(), spec.getTemplate());
    }

    private WorkloadAssert(StatefulSet statefulSet, StatefulSetSpec spec) {
        this(statefulSet, spec.getReplicas(), spec.getSelector(), spec.getTemplate());
    }

    private WorkloadAssert(HasMetadata workload, Integer replicas, LabelSelector selector, PodTemplateSpec template) {
        super(workload, WorkloadAssert.class);
        this.replicas = replicas;
        this.selector = selector;
        this.template = template == null ? new PodTemplateSpec() : template;
    }

    /** Checks {@code spec.replicas}. */
    public WorkloadAssert hasReplicas(int expected) {
        isNotNull();
        if (replicas == null || replicas != expected) {
            throw failureWithActualExpected(replicas, expected, "%s", expecting(
                    name() + " to have replicas", String.valueOf(expected),
                    replicas == null ? "spec.replicas was not set" : itHad(String.valueOf(replicas))));
        }
        return myself;
    }

    /**
     * Checks that {@code spec.replicas} is left out, as it must be when an autoscaler owns the
     * count (otherwise every apply resets it).
     */
    public WorkloadAssert hasNoReplicas() {
        isNotNull();
        if (replicas != null) {
            throw failureWithActualExpected(replicas, null, "%s", expecting(
                    name() + " to leave spec.replicas out", "(not set)", itHad(String.valueOf(replicas))));
        }
        return myself;
    }

    /** Picks the container with this name from the pod template ({@code spec.containers}). */
    public ContainerAssert container(String name) {
        isNotNull();
        List<Container> containers = list(podSpec().getContainers());
        for (Container container : containers) {
            if (Objects.equals(container.getName(), name)) {
                return new ContainerAssert(container, name());
            }
        }
        List<String> names = containers.stream().map(Container::getName).collect(Collectors.toList());
        throw failureWithActualExpected(names, name, "%s", expecting(
                name() + " to have a container named", quote(name),
                "its containers were\n" + indent(names.toString())));
    }

    /** Checks a label of the workload itself ({@code metadata.labels}). */
    public WorkloadAssert hasLabel(String key, String value) {
        isNotNull();
        return hasEntry("label", actual.getMetadata() == null ? null : actual.getMetadata().getLabels(), key, value);
    }

    /** Checks an annotation of the pod template ({@code spec.template.metadata.annotations}). */
    public WorkloadAssert hasPodAnnotation(String key, String value) {
        isNotNull();
        ObjectMeta podMetadata = template.getMetadata();
        return hasEntry("pod annotation", podMetadata == null ? null : podMetadata.getAnnotations(), key, value);
    }

    /** Checks an entry of the pod's {@code nodeSelector}. */
    public WorkloadAssert hasNodeSelector(String key, String value) {
        isNotNull();
        return hasEntry("node selector", podSpec().getNodeSelector(), key, value);
    }

    /**
     * Checks that some toleration of the pod matches the node taint {@code key=value:effect}, with
     * the scheduler's rules: an empty toleration effect matches every effect; an empty key with
     * {@code Exists} tolerates every taint; {@code Exists} matches any value; {@code Equal}, or no
     * operator, compares the values.
     */
    public WorkloadAssert toleratesTaint(String key, String value, String effect) {
        isNotNull();
        List<Toleration> tolerations = list(podSpec().getTolerations());
        if (tolerations.stream().noneMatch(t -> tolerates(t, key, value, effect))) {
            String taint = taint(key, value, effect);
            throw failureWithActualExpected(tolerations(tolerations), taint, "%s", expecting(
                    name() + " to tolerate the taint", taint,
                    "its tolerations were\n" + indent(tolerations(tolerations))));
        }
        return myself;
    }

    /**
     * Checks that no toleration of the pod matches the node taint {@code key=value:effect}, with the
     * same rules as {@link #toleratesTaint(String, String, String)}.
     */
    public WorkloadAssert doesNotTolerateTaint(String key, String value, String effect) {
        isNotNull();
        List<Toleration> matching = list(podSpec().getTolerations()).stream()
                .filter(t -> tolerates(t, key, value, effect))
                .collect(Collectors.toList());
        if (!matching.isEmpty()) {
            String taint = taint(key, value, effect);
            throw failureWithActualExpected(tolerations(matching), "(none)", "%s", expecting(
                    name() + " not to tolerate the taint", taint,
                    "it was tolerated by\n" + indent(tolerations(matching))));
        }
        return myself;
    }

    /** Checks that {@code spec.selector.matchLabels} is exactly {@code labels}. */
    public WorkloadAssert selectsOn(Map<String, String> labels) {
        isNotNull();
        Map<String, String> matchLabels = selector == null ? Map.of() : map(selector.getMatchLabels());
        if (!matchLabels.equals(labels)) {
            throw failureWithActualExpected(entries(matchLabels), entries(labels), "%s", expecting(
                    name() + " to select pods on", entries(labels), itHad(entries(matchLabels))));
        }
        return myself;
    }

    /** Checks that the pod security context sets {@code runAsNonRoot: true}. */
    public WorkloadAssert runsAsNonRoot() {
        isNotNull();
        Boolean runAsNonRoot = podSpec().getSecurityContext() == null
                ? null
                : podSpec().getSecurityContext().getRunAsNonRoot();
        if (!Boolean.TRUE.equals(runAsNonRoot)) {
            throw failureWithActualExpected(runAsNonRoot, true, "%s", expecting(
                    name() + " to set the pod's securityContext.runAsNonRoot to", "true",
                    runAsNonRoot == null ? "it was not set" : itHad(String.valueOf(runAsNonRoot))));
        }
        return myself;
    }

    /** Checks the pod's {@code serviceAccountName}. */
    public WorkloadAssert hasServiceAccount(String name) {
        isNotNull();
        String serviceAccount = podSpec().getServiceAccountName();
        if (!Objects.equals(serviceAccount, name)) {
            throw failureWithActualExpected(serviceAccount, name, "%s", expecting(
                    name() + " to run as the service account", quote(name),
                    serviceAccount == null ? "it set no serviceAccountName" : itHad(quote(serviceAccount))));
        }
        return myself;
    }

    /**
     * Whether a toleration matches a taint, as the Kubernetes scheduler decides: an empty toleration
     * effect matches every effect; an empty key matches every key (valid only with {@code Exists},
     * which then tolerates everything); {@code Exists} matches any value; {@code Equal}, or no
     * operator, compares the values (a missing value is the empty string).
     */
    static boolean tolerates(Toleration toleration, String key, String value, String effect) {
        if (!isEmpty(toleration.getEffect()) && !toleration.getEffect().equals(effect)) {
            return false;
        }
        if (!isEmpty(toleration.getKey()) && !toleration.getKey().equals(key)) {
            return false;
        }
        String operator = isEmpty(toleration.getOperator()) ? "Equal" : toleration.getOperator();
        switch (operator) {
            case "Exists":
                return true;
            case "Equal":
                return nullToEmpty(toleration.getValue()).equals(nullToEmpty(value));
            default:
                return false;
        }
    }

    private WorkloadAssert hasEntry(String what, Map<String, String> entries, String key, String value) {
        Map<String, String> map = map(entries);
        if (!map.containsKey(key) || !Objects.equals(map.get(key), value)) {
            String expected = quote(key) + "=" + quote(value);
            throw failureWithActualExpected(
                    map.containsKey(key) ? quote(key) + "=" + quote(map.get(key)) : null, expected, "%s", expecting(
                            name() + " to have the " + what, expected,
                            map.containsKey(key)
                                    ? itHad(quote(key) + "=" + quote(map.get(key)))
                                    : "it had no " + what + " " + quote(key) + "; it had\n" + indent(entries(map))));
        }
        return myself;
    }

    private PodSpec podSpec() {
        return template.getSpec() == null ? new PodSpec() : template.getSpec();
    }

    private String name() {
        return resource(actual);
    }

    /** A taint as {@code kubectl taint} writes it: {@code key=value:effect}, or {@code key:effect}. */
    private static String taint(String key, String value, String effect) {
        return nullToEmpty(key) + (isEmpty(value) ? "" : "=" + value) + ":" + nullToEmpty(effect);
    }

    private static String tolerations(List<Toleration> tolerations) {
        if (tolerations.isEmpty()) {
            return "(none)";
        }
        return tolerations.stream().map(WorkloadAssert::toleration).collect(Collectors.joining("\n"));
    }

    private static String toleration(Toleration t) {
        StringBuilder text = new StringBuilder("{key: ").append(quote(nullToEmpty(t.getKey())))
                .append(", operator: ").append(isEmpty(t.getOperator()) ? "Equal" : t.getOperator());
        if (!isEmpty(t.getValue())) {
            text.append(", value: ").append(quote(t.getValue()));
        }
        text.append(", effect: ").append(isEmpty(t.getEffect()) ? "(all)" : t.getEffect());
        return text.append('}').toString();
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- scheduling ----

    /** Creates assertions on a DaemonSet (it has no replica count). */
    public WorkloadAssert(io.fabric8.kubernetes.api.model.apps.DaemonSet daemonSet) {
        this(daemonSet, null, Optional.ofNullable(daemonSet).map(d -> d.getSpec()).map(s -> s.getSelector())
                .orElse(null), Optional.ofNullable(daemonSet).map(d -> d.getSpec()).map(s -> s.getTemplate())
                .orElse(null));
    }

    /**
     * Checks that the pods prefer, with {@code weight}, nodes matching {@code key operator values}:
     * an entry of {@code affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution}
     * whose {@code preference.matchExpressions} include that requirement.
     */
    public WorkloadAssert prefersNodes(int weight, String key, String operator, String... values) {
        isNotNull();
        List<io.fabric8.kubernetes.api.model.PreferredSchedulingTerm> terms = Optional
                .ofNullable(podSpec().getAffinity()).map(a -> a.getNodeAffinity())
                .map(n -> n.getPreferredDuringSchedulingIgnoredDuringExecution()).orElse(List.of());
        List<String> wantedValues = List.of(values);
        boolean found = terms.stream().anyMatch(t -> Objects.equals(t.getWeight(), weight)
                && t.getPreference() != null && list(t.getPreference().getMatchExpressions()).stream()
                .anyMatch(e -> Objects.equals(e.getKey(), key) && Objects.equals(e.getOperator(), operator)
                        && list(e.getValues()).equals(wantedValues)));
        if (!found) {
            String expected = "weight " + weight + ": " + key + " " + operator + " " + wantedValues;
            String actualTerms = terms.isEmpty() ? "(none)" : terms.stream()
                    .map(t -> "weight " + t.getWeight() + ": " + (t.getPreference() == null ? "[]"
                            : list(t.getPreference().getMatchExpressions()).stream()
                            .map(e -> e.getKey() + " " + e.getOperator() + " " + list(e.getValues()))
                            .collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("\n"));
            throw failureWithActualExpected(actualTerms, expected, "%s", expecting(
                    name() + " to prefer the nodes", expected,
                    "its preferred node affinity was\n" + indent(actualTerms)));
        }
        return myself;
    }
}
