package io.manifesto.environment;

import io.manifesto.hosts.Hosts;
import io.manifesto.validate.Names;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One place a definition is rendered for: {@code prod}, {@code staging}, the shared {@code dev}... A typed value that
 * a {@link Definition} reads, so that what differs between environments is plain Java, never a template:
 *
 * <pre>{@code
 * Environment staging = Environment.named("staging")
 *         .namespace("shop-staging")
 *         .host("web", "staging.shop.example.com")
 *         .replicas(2, 4)
 *         .imageTag("myregistry.azurecr.io/web", "2.2.0-rc.1")
 *         .without("disruption-budget");
 * ...
 * .image(environment.image("myregistry.azurecr.io/web", "2.1.0"))   // 2.2.0-rc.1 in staging, 2.1.0 elsewhere
 * }</pre>
 *
 * Each method returns a new value; a value written wrong throws a {@link io.manifesto.validate.ValidationException}
 * naming the environment, the field, the value and the fix. Two environments are equal when they have the same
 * name: a definition has one environment per name.
 */
public final class Environment {

    /** The environment of a definition that declares none. */
    public static final Environment DEFAULT = new Environment("default", null, new TreeMap<>(), null,
            new TreeMap<>(), new TreeSet<>());

    /** Rule id: a namespace that is not a DNS-1123 label. */
    public static final String NAMESPACE_RULE = "environment.namespace";
    /** Rule id: a host that is not a valid DNS name, or a host key asked for that the environment does not have. */
    public static final String HOST_RULE = "environment.host";
    /** Rule id: an image tag or feature name that is empty or malformed. */
    public static final String VALUE_RULE = "environment.value";

    private final String name;
    private final String namespace;
    private final SortedMap<String, String> hosts;
    private final ReplicaBounds replicas;
    private final SortedMap<String, String> imageTags;
    private final Set<String> switchedOff;

    private Environment(String name, String namespace, SortedMap<String, String> hosts, ReplicaBounds replicas,
                        SortedMap<String, String> imageTags, Set<String> switchedOff) {
        this.name = name;
        this.namespace = namespace;
        this.hosts = Collections.unmodifiableSortedMap(new TreeMap<>(hosts));
        this.replicas = replicas;
        this.imageTags = Collections.unmodifiableSortedMap(new TreeMap<>(imageTags));
        this.switchedOff = Collections.unmodifiableSet(new TreeSet<>(switchedOff));
    }

    /** An environment called {@code name}: the folder its manifests are written to, {@code <name>/}. */
    public static Environment named(String name) {
        return new Environment(Objects.requireNonNullElse(name, ""), null, new TreeMap<>(), null, new TreeMap<>(),
                new TreeSet<>());
    }

    /** The environment's name. */
    public String name() {
        return name;
    }

    /** The namespace the environment renders into ({@code metadata.namespace}); a DNS-1123 label. */
    public Environment namespace(String namespace) {
        if (namespace == null || !Names.isDns1123Label(namespace)) {
            throw EnvironmentProblem.of(describe(), NAMESPACE_RULE, "namespace", namespace,
                    "a namespace must be a DNS-1123 label: at most 63 characters of [a-z0-9-], alphanumeric ends",
                    "use a name such as \"shop-" + safeName() + "\"");
        }
        return new Environment(name, namespace, hosts, replicas, imageTags, switchedOff);
    }

    /** The namespace, when one was given. */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /**
     * The public host that entry point {@code key} (a name the definition chooses, e.g. {@code web}) has here, as an
     * Ingress rule's {@code host}.
     */
    public Environment host(String key, String host) {
        if (key == null || key.isBlank() || host == null || !Hosts.isValid(host)) {
            throw EnvironmentProblem.of(describe(), HOST_RULE, "hosts." + key, host,
                    "a host needs a key and a DNS name (no scheme, port or IP address)",
                    "write it as host(\"web\", \"shop.example.com\")");
        }
        SortedMap<String, String> changed = new TreeMap<>(hosts);
        changed.put(key, host);
        return new Environment(name, namespace, changed, replicas, imageTags, switchedOff);
    }

    /**
     * The host of entry point {@code key}.
     *
     * @throws io.manifesto.validate.ValidationException when the environment has no such host, naming those it has
     */
    public String host(String key) {
        String host = hosts.get(key);
        if (host == null) {
            throw EnvironmentProblem.of(describe(), HOST_RULE, "hosts." + key, null,
                    "the environment has no host for this entry point",
                    "add .host(\"" + key + "\", \"...\") to the environment, or use one of " + hosts.keySet());
        }
        return host;
    }

    /** Every host, by entry point. */
    public SortedMap<String, String> hosts() {
        return hosts;
    }

    /** The replica bounds a definition gives its autoscalers, or as a fixed count when {@code min == max}. */
    public Environment replicas(int min, int max) {
        ReplicaBounds.check(describe(), min, max);
        return new Environment(name, namespace, hosts, new ReplicaBounds(min, max), imageTags, switchedOff);
    }

    /** The replica bounds; {@code 1..1} when none were given. */
    public ReplicaBounds replicas() {
        return replicas == null ? new ReplicaBounds(1, 1) : replicas;
    }

    /** The tag that image {@code repository} (e.g. {@code myregistry.azurecr.io/web}) runs with here. */
    public Environment imageTag(String repository, String tag) {
        if (repository == null || repository.isBlank() || repository.contains("@")
                || tag == null || !tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")) {
            throw EnvironmentProblem.of(describe(), VALUE_RULE, "imageTags." + repository, tag,
                    "an image tag is 1 to 128 characters of [A-Za-z0-9_.-], not starting with '.' or '-'",
                    "write it as imageTag(\"myregistry.azurecr.io/web\", \"2.1.0\")");
        }
        SortedMap<String, String> changed = new TreeMap<>(imageTags);
        changed.put(repository, tag);
        return new Environment(name, namespace, hosts, replicas, changed, switchedOff);
    }

    /**
     * The image reference {@code repository:tag} for a container's {@code image}: the environment's tag for
     * {@code repository} when it has one, else {@code defaultTag}.
     */
    public String image(String repository, String defaultTag) {
        return repository + ":" + imageTags.getOrDefault(repository, defaultTag);
    }

    /** Every image tag this environment sets, by repository. */
    public SortedMap<String, String> imageTags() {
        return imageTags;
    }

    /**
     * Switches {@code feature} off here: a name the definition chooses and tests with {@link #has(String)}, e.g.
     * {@code autoscaling}, {@code disruption-budget}, {@code tls}.
     */
    public Environment without(String feature) {
        if (feature == null || feature.isBlank()) {
            throw EnvironmentProblem.of(describe(), VALUE_RULE, "without", feature,
                    "a feature to switch off needs a name", "write it as without(\"autoscaling\")");
        }
        Set<String> changed = new TreeSet<>(switchedOff);
        changed.add(feature);
        return new Environment(name, namespace, hosts, replicas, imageTags, changed);
    }

    /** {@code false} when {@code feature} was switched off with {@link #without(String)}. */
    public boolean has(String feature) {
        return !switchedOff.contains(feature);
    }

    /** What is switched off here, sorted. */
    public Set<String> switchedOff() {
        return switchedOff;
    }

    private String describe() {
        return "Environment/" + name;
    }

    private String safeName() {
        return Names.isDns1123Label(name) ? name : "dev";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Environment that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Environment/" + name;
    }
}
