package io.manifesto.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.render.ManifestFile;
import io.manifesto.rules.RuleEngine;
import io.manifesto.render.ManifestSerializer;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;
import io.manifesto.validate.Suppression;
import io.manifesto.validate.ValidationReport;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A built application: a named set of Kubernetes objects that passed every rule, rendered in apply order. Get one
 * from {@link #named(String)} ... {@link Builder#build()}.
 */
public final class Application {

    /** Rule id: two components render an object of the same kind and name in the same namespace. */
    public static final String DUPLICATE_RULE = "app.duplicate-resource";
    /** Rule id: a customization names an object the application does not render. */
    public static final String CUSTOMIZE_UNKNOWN_RULE = "customize.unknown-resource";
    /** Rule id: a customization threw, or left a value that cannot be written as YAML. */
    public static final String CUSTOMIZE_FAILED_RULE = "customize.failed";
    /** Rule id (warning): a suppression that accepts no warning: a stale decision or a misspelt rule id. */
    public static final String SUPPRESSION_UNUSED_RULE = "suppress.unused";
    /** Rule id: a component threw while it was validated or rendered. */
    public static final String COMPONENT_FAILED_RULE = "component.failed";
    /** Rule id: {@code createNamespace()} on an application without namespace, which would render nothing. */
    public static final String CREATE_NAMESPACE_RULE = "app.create-namespace";
    /** Rule id: a suppression without a reason. */
    public static final String SUPPRESSION_REASON_RULE = "suppress.reason";
    /** Rule id: an object added with {@link Builder#add(HasMetadata)} without apiVersion, kind or name. */
    public static final String RAW_INCOMPLETE_RULE = "raw.incomplete";
    /** Rule id: an object added with {@link Builder#add(HasMetadata)} holding a value that cannot be written. */
    public static final String RAW_UNSERIALIZABLE_RULE = "raw.unserializable";

    private final Model model;
    private final List<Customization<?>> customizations;
    private final List<ObjectNode> documents;
    private final ValidationReport report;

    private Application(Model model, List<Customization<?>> customizations, List<ObjectNode> documents,
                        ValidationReport report) {
        this.model = model;
        this.customizations = customizations;
        this.documents = documents;
        this.report = report;
    }

    /** Starts an application named {@code name} ({@code app.kubernetes.io/part-of}, the output file name). */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The application's name. */
    public String name() {
        return model.application();
    }

    /** The namespace, when the application has one. */
    public Optional<String> namespace() {
        return model.namespace();
    }

    /** The warnings of the build, and the ones suppressed with their reasons. */
    public ValidationReport report() {
        return report;
    }

    /** The model the components were validated and rendered against. */
    public Model model() {
        return model;
    }

    /**
     * Fresh fabric8 objects, in apply order: every call renders again, so changing them changes nothing here.
     */
    public List<HasMetadata> resources() {
        return renderObjects(model, customizations);
    }

    /**
     * The workloads that run as their images' user: {@code runAsNonRoot: true} without {@code runAsUser}, which
     * start only if each image's {@code USER} is a numeric uid other than 0. The CLI and the Maven plugin print it
     * after rendering; see the README's section on the security defaults.
     */
    public io.manifesto.security.ImageUserReport imageUserReport() {
        return io.manifesto.security.ImageUserReport.of(resources());
    }

    /** The manifests as multi-document YAML: deterministic bytes, apply order, sorted keys. */
    public String toYaml() {
        return ManifestSerializer.yaml(documents);
    }

    /**
     * Writes {@link #toYaml()} to {@code out} document by document, without building it as one string: for a large
     * application written to a file ({@link io.manifesto.render.ManifestSet#add(String,
     * io.manifesto.render.ManifestSet.Content)} takes {@code application::writeYaml}). {@code out} is flushed, not
     * closed.
     *
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void writeYaml(Writer out) {
        ManifestSerializer.writeYaml(documents, out);
    }

    /** The manifests as one JSON {@code v1 List}. */
    public String toJson() {
        return ManifestSerializer.json(documents);
    }

    /** The name of the application's file of manifests: {@code <name>.yaml}. */
    public String fileName() {
        return name() + ".yaml";
    }

    /** The YAML as a file named {@link #fileName()}, for {@link io.manifesto.render.ManifestWriter}. */
    public ManifestFile toFile() {
        return new ManifestFile(fileName(), toYaml());
    }

    private static List<HasMetadata> renderObjects(Model model, List<Customization<?>> customizations) {
        return ObjectPipeline.customize(ObjectPipeline.renderComponents(model), customizations);
    }

    /**
     * Assembles an application: components, namespace, labels, suppressions and customizations. Nothing is checked
     * until {@link #build()}, which reports every problem at once.
     */
    public static final class Builder {
        private final String name;
        private String namespace;
        /** {@code namespace(null)} was called: its input.null says what app.create-namespace would. */
        private boolean namespaceNull;
        private boolean createNamespace;
        private boolean aksVirtualNodes = true;
        private String instance;
        private LabelPolicy labelPolicy = LabelPolicy.RECOMMENDED;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final List<Component> components = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final List<Customization<?>> customizations = new ArrayList<>();
        private final List<MissingValue> missing = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNullElse(name, "");
        }

        /** Puts every namespaced object in {@code namespace}: {@code metadata.namespace}. */
        public Builder namespace(String namespace) {
            if (namespace == null) {
                missing.add(new MissingValue("namespace", "namespace(...)"));
                namespaceNull = true;
            }
            this.namespace = namespace;
            return this;
        }

        /**
         * Says that the cluster has no AKS virtual nodes (any cluster but AKS with the virtual node add-on): the
         * application assumes the generic cluster profile ({@code ClusterProfile.generic()}) instead of the standard
         * one, so the placements are no longer checked against the virtual node pools, so a workload that tolerates every taint, such as a node
         * agent, is not held to what Azure Container Instances can run. A placement that still picks a virtual node
         * is then an error ({@code virtual-node.absent}). Renders nothing.
         */
        public Builder withoutAksVirtualNodes() {
            this.aksVirtualNodes = false;
            return this;
        }

        /** Also renders the {@code Namespace} object of {@link #namespace(String)} (first in apply order). */
        public Builder createNamespace() {
            this.createNamespace = true;
            return this;
        }

        /**
         * The instance this rendering is, {@code app.kubernetes.io/instance} on every object and in every selector;
         * the application's name by default.
         */
        public Builder instance(String instance) {
            if (instance == null) {
                missing.add(new MissingValue("instance", "instance(...)"));
            }
            this.instance = instance;
            return this;
        }

        /** Which recommended labels are rendered; {@link LabelPolicy#RECOMMENDED} by default. */
        public Builder labels(LabelPolicy policy) {
            if (policy == null) {
                missing.add(new MissingValue("labels", "labels(...)"));
            } else {
                this.labelPolicy = policy;
            }
            return this;
        }

        /**
         * A label on every object of the application ({@code metadata.labels}). A workload's own label with the same
         * key ({@code Workload.label}) wins on that workload, its pods and its Service: it is the more specific
         * setting.
         */
        public Builder label(String key, String value) {
            labels.put(key == null ? "" : key, value == null ? "" : value);
            return this;
        }

        /** Adds components: workloads, autoscalers, ingresses, config maps... */
        public Builder add(Component... components) {
            if (components == null) {
                missing.add(new MissingValue("components", "add(...)"));
                return this;
            }
            for (Component component : components) {
                if (component == null) {
                    missing.add(new MissingValue("components", "add(...)"));
                } else {
                    this.components.add(component);
                }
            }
            return this;
        }

        /**
         * Adds any fabric8 object as it is (copied now): the escape hatch. It gets the application's namespace when
         * it has none, nothing else.
         */
        public Builder add(HasMetadata object) {
            if (object == null) {
                missing.add(new MissingValue("components", "add(HasMetadata)"));
            } else {
                components.add(new RawComponent(object));
            }
            return this;
        }

        /** Accepts the warnings of rule {@code ruleId} everywhere in the application, for the given reason. */
        public Builder suppress(String ruleId, String reason) {
            return suppress(ruleId, Suppression.ANY_RESOURCE, reason);
        }

        /** Accepts the warnings of rule {@code ruleId} on {@code resource} ({@code Kind/name}), for the reason. */
        public Builder suppress(String ruleId, String resource, String reason) {
            if (ruleId == null || resource == null) {
                missing.add(new MissingValue("suppress", "suppress(...)"));
            } else {
                suppressions.add(new Suppression(ruleId, resource, Objects.requireNonNullElse(reason, "")));
            }
            return this;
        }

        /**
         * Changes the rendered fabric8 object of {@code type} named {@code name}, after everything else: the
         * escape hatch for a field the DSL does not model. Every rendered object of that class and name is changed
         * ({@code HasMetadata.class} and {@code "web"} would change both Service/web and Deployment/web), and the
         * rules of the DSL do not see what it changes.
         */
        public <T extends HasMetadata> Builder customize(Class<T> type, String name, Consumer<? super T> change) {
            if (type == null || name == null || change == null) {
                missing.add(new MissingValue("customize", "customize(...)"));
            } else {
                customizations.add(new Customization<>(type, name, change));
            }
            return this;
        }

        /**
         * Checks every rule, then renders.
         *
         * @throws io.manifesto.validate.ValidationException with every problem, when any is an error
         */
        public Application build() {
            List<Component> all = new ArrayList<>(components);
            if (createNamespace && namespace != null) {
                all.add(new RawComponent(new NamespaceBuilder().withNewMetadata().withName(namespace)
                        .endMetadata().build()));
            }
            Model model = new Model(name, namespace, instance == null ? name : instance, labelPolicy,
                    labels, all, aksVirtualNodes);
            Problems problems = new Problems();
            validateApplication(problems);
            all.forEach(component -> validateGuarded(component, model, problems));
            DuplicateCheck.checkDuplicates(all, model, problems);
            // the object rules run even when a DSL rule failed, so that one build reports every mistake; a component
            // whose values are already reported may fail to render, and then says nothing more
            List<Resource> resources = ObjectPipeline.render(model, customizations, problems, problems.hasErrors());
            List<Suppression> inForce = new ArrayList<>(suppressions);
            // the model goes along for what the objects do not say: the cluster profile and the node pools added
            inForce.addAll(RuleEngine.standard().run(ResolvedSet.of(ObjectPipeline.withDeclared(model, resources),
                    model), problems));
            UnusedSuppressions.check(suppressions, problems, "Application/" + name);
            ValidationReport report = problems.verdict("application " + name, inForce);
            List<ObjectNode> documents = ObjectPipeline.serialize(resources, problems);
            problems.verdict("application " + name, inForce);
            return new Application(model, List.copyOf(customizations), documents, report);
        }

        private void validateApplication(Problems problems) {
            Problems.Scope scope = problems.at("Application/" + name);
            Names.checkDns1123Label(scope, "name", name);
            missing.forEach(value -> value.report(scope));
            if (namespace != null) {
                Names.checkDns1123Label(scope, "namespace", namespace);
            } else if (createNamespace && !namespaceNull) {
                scope.error(CREATE_NAMESPACE_RULE, "namespace", null,
                        "createNamespace() renders the application's Namespace, but the application has no namespace",
                        "add .namespace(\"...\"), or remove .createNamespace()");
            }
            if (instance != null) {
                Names.checkLabelValue(scope, "instance", instance);
            }
            labels.forEach((key, value) -> {
                Names.checkLabelKey(scope, "labels", key);
                Labels.checkNotDerived(scope, "labels", key);
                Names.checkLabelValue(scope, "labels." + key, value);
            });
            for (Suppression suppression : suppressions) {
                if (suppression.reason().isBlank()) {
                    scope.error(SUPPRESSION_REASON_RULE, "suppress(" + suppression.ruleId() + ")", "",
                            "a suppression needs a written reason", "say why the warning does not apply here");
                }
            }
        }

        /** A component that throws is a bug, in Manifesto or a custom component: report it, never let it escape. */
        private void validateGuarded(Component component, Model model, Problems problems) {
            try {
                component.validate(model, problems);
            } catch (RuntimeException e) {
                problems.at(describe(component)).error(COMPONENT_FAILED_RULE, "", null,
                        "validating this component threw " + e,
                        "report it as a bug, with the definition that caused it");
            }
        }

        private static String describe(Component component) {
            return component.ids().isEmpty() ? component.getClass().getSimpleName() : component.ids().get(0).toString();
        }
    }
}
