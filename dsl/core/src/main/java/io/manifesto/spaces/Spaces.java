package io.manifesto.spaces;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import io.manifesto.validate.Problem;
import io.manifesto.validate.Problems;
import io.manifesto.validate.Suppression;
import io.manifesto.validate.ValidationException;
import io.manifesto.validate.ValidationReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The developers' spaces of one {@link Definition}: each is rendered from its parent environment's objects by one
 * transform, then built as an application, so every rule of the library checks the result. Every problem of every
 * space is reported at once; nothing is rendered when one is an error.
 *
 * <pre>{@code
 * Spaces spaces = Spaces.of(new DevSpaces(), alice, bob);
 * for (SpaceRendering space : spaces.render()) { ... space.application().toYaml() ... }
 * }</pre>
 */
public final class Spaces {

    /** Rule id: a space name that does not make a DNS-1123 label, or a namespace derived from it that is not one. */
    public static final String INVALID_NAME_RULE = "space.invalid-name";
    /** Rule id: two spaces with one name. */
    public static final String DUPLICATE_RULE = "space.duplicate";
    /** Rule id: a space runs (or changes a port of) a service the application does not have. */
    public static final String UNKNOWN_SERVICE_RULE = "space.unknown-service";
    /** Rule id: a prefixed host longer than 253 characters, or with a label longer than 63. */
    public static final String HOST_TOO_LONG_RULE = "space.host-too-long";
    /** Rule id: a space whose parent is not an environment of the definition. */
    public static final String UNKNOWN_PARENT_RULE = "space.unknown-parent";
    /** Rule id: a port change on a service that falls back to the parent through an ExternalName Service. */
    public static final String FALLBACK_PORT_RULE = "space.fallback-port";
    /** Rule id: a second space routed by an ingress-nginx canary on one host and path. */
    public static final String CANARY_CONFLICT_RULE = "space.canary-conflict";
    /** Rule id: a wildcard certificate through an issuer that cannot issue one. */
    public static final String WILDCARD_ISSUER_RULE = "space.wildcard-issuer";
    /** Rule id (warning): the spaces would ask Let's Encrypt for more certificates a week than it issues. */
    public static final String LETS_ENCRYPT_LIMIT_RULE = "space.lets-encrypt-limit";
    /** Rule id (warning): a space routed by header runs a service that is not an entry point. */
    public static final String EAST_WEST_RULE = "space.east-west";
    /** Rule id (warning): a ConfigMap or Secret the space's services read that the manifests do not hold. */
    public static final String MISSING_REFERENCE_RULE = "space.missing-reference";

    private final Definition definition;
    private final List<Space> spaces;

    private Spaces(Definition definition, List<Space> spaces) {
        this.definition = definition;
        this.spaces = List.copyOf(spaces);
    }

    /** The spaces {@code spaces} of {@code definition}. */
    public static Spaces of(Definition definition, Space... spaces) {
        Objects.requireNonNull(definition, "definition");
        List<Space> given = new ArrayList<>();
        for (Space space : spaces == null ? new Space[0] : spaces) {
            given.add(Objects.requireNonNullElse(space, Space.named(null)));
        }
        return new Spaces(definition, given);
    }

    /** The spaces that {@code definition} declares. */
    public static Spaces of(SpaceDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        List<Space> declared = definition.spaces();
        return of(definition, declared == null ? null : declared.toArray(Space[]::new));
    }

    /** The spaces, in the order given. */
    public List<Space> spaces() {
        return spaces;
    }

    /**
     * Renders every space from its parent's application.
     *
     * @throws ValidationException with the problems of every space, when any is an error
     */
    public List<SpaceRendering> render() {
        Map<String, Space> byName = new LinkedHashMap<>();
        List<Environment> environments = definition.environments();
        SpaceChecks checks = new SpaceChecks();
        List<Prepared> prepared = new ArrayList<>();
        Map<Environment, Application> parents = new LinkedHashMap<>(); // built once, however many spaces
        for (Space space : spaces) {
            Problems problems = new Problems();
            Problems.Scope scope = problems.at(space.toString());
            space.missing().forEach(m -> m.report(scope));
            Space first = byName.putIfAbsent(space.name(), space);
            if (first != null) {
                scope.error(DUPLICATE_RULE, "name", space.name(), "two spaces are named " + space.name(),
                        "give each developer's space its own name");
            }
            Environment parent = space.parent().orElse(null);
            if (parent == null && space.missing().stream().noneMatch(m -> m.field().equals("parent"))) {
                scope.error(UNKNOWN_PARENT_RULE, "parent", null, "a space needs a parent environment",
                        "add .parent(...) with one of " + environments.stream().map(Environment::name).toList());
            } else if (parent != null && !environments.contains(parent)) {
                scope.error(UNKNOWN_PARENT_RULE, "parent", parent.name(),
                        "the parent is not an environment of the definition",
                        "use one of " + environments.stream().map(Environment::name).toList()
                                + ", or add it to environments()");
            }
            SpaceChecks.checkWildcard(space, scope);
            boolean valid = SpaceChecks.checkName(space, scope);
            if (problems.hasErrors() || parent == null || !valid) {
                prepared.add(new Prepared(space, problems, null));
                continue;
            }
            try {
                prepared.add(transform(space, parents.computeIfAbsent(parent, definition::application), problems));
            } catch (ValidationException e) {
                e.problems().forEach(problems::add);
                prepared.add(new Prepared(space, problems, null));
            }
        }
        prepared.stream().filter(p -> p.transformed != null).forEach(p -> checks.acrossSpaces(p.space,
                p.transformed, p.problems.at(p.space.toString())));
        return finish(prepared);
    }

    /**
     * Renders one space from any object set: what the annotation path or raw YAML produced for the parent, which
     * renders into {@code parentNamespace}. The checks that need every space of a definition (duplicate names,
     * parents, canaries on one host, certificate counts) are {@link #render()}'s.
     */
    public static SpaceRendering render(Space space, String application, String parentNamespace,
                                        List<? extends HasMetadata> parentObjects) {
        Problems problems = new Problems();
        Problems.Scope scope = problems.at(space.toString());
        space.missing().forEach(m -> m.report(scope));
        SpaceChecks.checkWildcard(space, scope);
        boolean valid = SpaceChecks.checkName(space, scope);
        Prepared prepared = valid && !problems.hasErrors()
                ? transform(space, application, parentNamespace, new ArrayList<>(parentObjects), problems)
                : new Prepared(space, problems, null);
        return finish(List.of(prepared)).get(0);
    }

    /** One space on its way: its problems, and its transformed objects unless it had errors before. */
    private record Prepared(Space space, Problems problems, SpaceTransform.Transformed transformed,
                            String application) {
        Prepared(Space space, Problems problems, SpaceTransform.Transformed transformed) {
            this(space, problems, transformed, "");
        }
    }

    private static Prepared transform(Space space, Application parent, Problems problems) {
        String parentNamespace = parent.namespace().orElse(space.parent().map(Environment::name).orElse(""));
        return transform(space, parent.name(), parentNamespace, parent.resources(), problems);
    }

    private static Prepared transform(Space space, String application, String parentNamespace,
                                      List<HasMetadata> objects, Problems problems) {
        String namespace = SpaceChecks.namespaceOf(space, parentNamespace);
        if (!SpaceChecks.checkNamespace(space, namespace, problems.at(space.toString()))) {
            return new Prepared(space, problems, null);
        }
        SpaceTransform.Transformed transformed;
        try {
            transformed = SpaceTransform.apply(space, namespace, parentNamespace, objects, problems);
        } catch (RuntimeException e) { // a bug, or an object no API server would accept: reported, never thrown
            problems.at(space.toString()).error(Application.COMPONENT_FAILED_RULE, "", null,
                    "transforming the parent's objects threw " + e,
                    "report it as a bug, with the parent's objects that caused it");
            return new Prepared(space, problems, null);
        }
        SpaceChecks.checkHosts(space, transformed.objects(), problems.at(space.toString()));
        return new Prepared(space, problems, transformed, application);
    }

    private static List<SpaceRendering> finish(List<Prepared> prepared) {
        List<Problem> errors = new ArrayList<>();
        List<SpaceRendering> renderings = new ArrayList<>();
        for (Prepared space : prepared) {
            if (space.problems.hasErrors() || space.transformed == null) {
                errors.addAll(space.problems.all());
                continue;
            }
            try {
                Application.Builder builder = Application.named(space.application);
                space.transformed.objects().forEach(builder::add);
                List<Problem> found = new ArrayList<>(space.problems.all());
                found.addAll(checkSuppressions(space.space, found));
                found.stream().filter(Problem::isError).forEach(errors::add);
                ValidationReport report = ValidationReport.of(found, space.space.suppressions());
                renderings.add(new SpaceRendering(space.space, space.space.environmentName(), builder.build(),
                        report));
            } catch (ValidationException e) {
                errors.addAll(e.problems());
            }
        }
        if (errors.stream().anyMatch(Problem::isError)) {
            List<Problem> ordered = new ArrayList<>(errors.stream().filter(Problem::isError).toList());
            errors.stream().filter(p -> !p.isError()).forEach(ordered::add);
            throw new ValidationException("spaces", ordered);
        }
        return renderings;
    }

    /**
     * A suppression needs a reason, and one that accepts no warning is a stale decision or a misspelt rule id:
     * the application's rules for its own suppressions, on the space's.
     */
    private static List<Problem> checkSuppressions(Space space, List<Problem> found) {
        Problems problems = new Problems();
        Problems.Scope scope = problems.at(space.toString());
        for (Suppression suppression : space.suppressions()) {
            if (suppression.reason().isBlank()) {
                scope.error(Application.SUPPRESSION_REASON_RULE, "suppress(" + suppression.ruleId() + ")", "",
                        "a suppression needs a written reason", "say why the warning does not apply here");
            } else if (found.stream().noneMatch(suppression::covers)) {
                scope.warning(Application.SUPPRESSION_UNUSED_RULE, "suppress(" + suppression.ruleId() + ")",
                        suppression.ruleId(), "no warning of this rule was found on this space",
                        "remove the suppression, or correct its rule id");
            }
        }
        return problems.all();
    }

    /** The hosts of an object set's Ingresses: what {@link SpaceChecks} holds to DNS limits. */
    static Set<String> hostsOf(List<HasMetadata> objects) {
        Set<String> hosts = new LinkedHashSet<>();
        objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast).forEach(ingress -> {
            ingress.getSpec().getRules().stream().map(r -> r.getHost()).filter(Objects::nonNull).forEach(hosts::add);
            ingress.getSpec().getTls().forEach(t -> hosts.addAll(t.getHosts()));
        });
        return hosts;
    }
}
