package io.manifesto.spaces;

import io.manifesto.environment.Environment;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Suppression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One developer's space: a child of a parent environment (the shared {@code dev}) that runs only the services the
 * developer works on, in its own namespace, and falls back to the parent for every other service.
 *
 * <pre>{@code
 * Space alice = Space.named("alice").parent(DEV).runs("web")
 *         .routeByHeader(HeaderRouting.gatewayApi("shared", "gateway-system"));
 * }</pre>
 *
 * Rendered by {@link Spaces}, which checks every space at once. Each method returns a new value. The defaults,
 * each visible in the output and changeable here: namespace {@code <parent namespace>-<space>}, one certificate per
 * prefixed host ({@link SpaceTls#perHost()}), no header routing, autoscalers pinned at 1, replicas 1, disruption
 * budgets and overprovisioning dropped, requests and limits kept.
 */
public final class Space {

    private final String name;
    private final Environment parent;
    private final String namespace;
    private final Set<String> runs;
    private final SpaceTls tls;
    private final HeaderRouting routing;
    private final Autoscalers autoscalers;
    private final int replicas;
    private final boolean keepBudgets;
    private final boolean keepOverprovisioning;
    private final List<PortChange> portChanges;
    private final List<Suppression> suppressions;
    private final List<MissingValue> missing;

    private Space(String name, Environment parent, String namespace, Set<String> runs, SpaceTls tls,
                  HeaderRouting routing, Autoscalers autoscalers, int replicas, boolean keepBudgets,
                  boolean keepOverprovisioning, List<PortChange> portChanges, List<Suppression> suppressions,
                  List<MissingValue> missing) {
        this.name = name;
        this.parent = parent;
        this.namespace = namespace;
        this.runs = Collections.unmodifiableSet(new LinkedHashSet<>(runs));
        this.tls = tls;
        this.routing = routing;
        this.autoscalers = autoscalers;
        this.replicas = replicas;
        this.keepBudgets = keepBudgets;
        this.keepOverprovisioning = keepOverprovisioning;
        this.portChanges = List.copyOf(portChanges);
        this.suppressions = List.copyOf(suppressions);
        this.missing = List.copyOf(missing);
    }

    /** A space named {@code name}: a DNS-1123 label, the {@code <space>} of its namespace and hosts. */
    public static Space named(String name) {
        List<MissingValue> missing = name == null ? List.of(new MissingValue("name", "Space.named(...)")) : List.of();
        return new Space(Objects.requireNonNullElse(name, ""), null, null, Set.of(), SpaceTls.perHost(), null,
                Autoscalers.PINNED, 1, false, false, List.of(), List.of(), missing);
    }

    /** The environment this space is a child of, an environment of the definition (label {@code manifesto.io/space-parent}). */
    public Space parent(Environment parent) {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, suppressions, remember(parent, "parent", "parent(...)"));
    }

    /** The space's own namespace instead of {@code <parent namespace>-<space>}. */
    public Space namespace(String namespace) {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, suppressions, remember(namespace, "namespace", "namespace(...)"));
    }

    /** The services (workload names) the developer runs in the space; every other one falls back to the parent. */
    public Space runs(String... services) {
        Set<String> changed = new LinkedHashSet<>(runs);
        List<MissingValue> gaps = new ArrayList<>(missing);
        if (services == null) {
            gaps.add(new MissingValue("runs", "runs(...)"));
        } else {
            for (String service : services) {
                if (service == null) {
                    gaps.add(new MissingValue("runs", "runs(...)"));
                } else {
                    changed.add(service);
                }
            }
        }
        return new Space(name, parent, namespace, changed, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, suppressions, gaps);
    }

    /** How the prefixed hosts get certificates; {@link SpaceTls#perHost()} by default. */
    public Space tls(SpaceTls tls) {
        return new Space(name, parent, namespace, runs, tls == null ? this.tls : tls, routing, autoscalers, replicas,
                keepBudgets, keepOverprovisioning, portChanges, suppressions, remember(tls, "tls", "tls(...)"));
    }

    /** Also routes requests with {@code kubernetes-route-as: <space>} on the parent's hosts to this space. */
    public Space routeByHeader(HeaderRouting routing) {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, suppressions,
                remember(routing, "routeByHeader", "routeByHeader(...)"));
    }

    /** What happens to the autoscalers of the services the space runs; {@link Autoscalers#PINNED} by default. */
    public Space autoscalers(Autoscalers autoscalers) {
        return new Space(name, parent, namespace, runs, tls, routing,
                autoscalers == null ? this.autoscalers : autoscalers, replicas, keepBudgets, keepOverprovisioning,
                portChanges, suppressions, remember(autoscalers, "autoscalers", "autoscalers(...)"));
    }

    /** {@code spec.replicas} of the workloads the space runs without an autoscaler; 1 by default. */
    public Space replicas(int replicas) {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, suppressions, missing);
    }

    /** Keeps the parent's PodDisruptionBudgets (dropped by default: a budget on one replica blocks every drain). */
    public Space keepDisruptionBudgets() {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, true,
                keepOverprovisioning, portChanges, suppressions, missing);
    }

    /** Keeps the parent's overprovisioning placeholders (dropped by default: one developer needs no headroom). */
    public Space keepOverprovisioning() {
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets, true,
                portChanges, suppressions, missing);
    }

    /** Serves port {@code port} of {@code Service/<service>} on {@code number} in this space. */
    public Space port(String service, String port, int number) {
        List<PortChange> changed = new ArrayList<>(portChanges);
        if (service != null && port != null) {
            changed.add(new PortChange(service, port, number));
        }
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, changed, suppressions,
                remember(service == null ? null : port, "port", "port(...)"));
    }

    /** Accepts the warnings of rule {@code ruleId} on this space, for the written {@code reason}. */
    public Space suppress(String ruleId, String reason) {
        List<Suppression> changed = new ArrayList<>(suppressions);
        if (ruleId != null) {
            changed.add(new Suppression(ruleId, Suppression.ANY_RESOURCE, Objects.requireNonNullElse(reason, "")));
        }
        return new Space(name, parent, namespace, runs, tls, routing, autoscalers, replicas, keepBudgets,
                keepOverprovisioning, portChanges, changed, remember(ruleId, "suppress", "suppress(...)"));
    }

    /** The space's name. */
    public String name() {
        return name;
    }

    /** The parent environment, when given. */
    public Optional<Environment> parent() {
        return Optional.ofNullable(parent);
    }

    /** The namespace the space was given, if any; {@link Spaces} derives {@code <parent namespace>-<space>} otherwise. */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** The services the developer runs, in the order given. */
    public Set<String> runs() {
        return runs;
    }

    /** How the prefixed hosts get certificates. */
    public SpaceTls tls() {
        return tls;
    }

    /** The header routing, when asked for. */
    public Optional<HeaderRouting> routing() {
        return Optional.ofNullable(routing);
    }

    /** What happens to the autoscalers. */
    public Autoscalers autoscalers() {
        return autoscalers;
    }

    /** The replicas of the workloads without an autoscaler. */
    public int replicas() {
        return replicas;
    }

    /** {@code true} when the parent's disruption budgets are kept. */
    public boolean keepsDisruptionBudgets() {
        return keepBudgets;
    }

    /** {@code true} when the parent's overprovisioning placeholders are kept. */
    public boolean keepsOverprovisioning() {
        return keepOverprovisioning;
    }

    /** The ports served on another number. */
    public List<PortChange> portChanges() {
        return portChanges;
    }

    /** The accepted warnings. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The {@code null}s passed to this space's methods, reported by {@link Spaces}. */
    List<MissingValue> missing() {
        return missing;
    }

    /** The environment name the space renders as: {@code <parent>-<space>}, e.g. {@code dev-alice}. */
    public String environmentName() {
        return (parent == null ? "" : parent.name() + "-") + name;
    }

    @Override
    public String toString() {
        return "Space/" + name;
    }

    private List<MissingValue> remember(Object value, String field, String method) {
        if (value != null) {
            return missing;
        }
        List<MissingValue> gaps = new ArrayList<>(missing);
        gaps.add(new MissingValue(field, method));
        return gaps;
    }
}
