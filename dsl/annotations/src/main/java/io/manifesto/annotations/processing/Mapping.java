package io.manifesto.annotations.processing;

import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.project.Project;
import io.manifesto.annotations.DisruptionBudget;
import io.manifesto.annotations.HorizontalAutoscaling;
import io.manifesto.annotations.LetsEncrypt;
import io.manifesto.annotations.NodeLabel;
import io.manifesto.annotations.NodeLabels;
import io.manifesto.annotations.SafeToEvict;
import io.manifesto.annotations.Tolerate;
import io.manifesto.annotations.Tolerates;
import io.manifesto.annotations.VerticalAutoscaling;
import io.manifesto.annotations.VirtualNodes;
import io.manifesto.resources.ResourceAmount;
import io.manifesto.workload.Container;
import io.manifesto.workload.Deployment;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.manifesto.Manifesto.container;
import static io.manifesto.Manifesto.cpu;
import static io.manifesto.Manifesto.deployment;
import static io.manifesto.Manifesto.memory;

/**
 * The annotations of one class onto a DSL definition, rendered: reads {@code @KubernetesApplication} into the
 * stand-in Deployment, applies the pod-level annotations to it, adds the components, and renders.
 */
final class Mapping {

    private Mapping() {
    }

    /**
     * What the annotations of a class mapped to: the decorators, where each field came from, and the problems
     * already reported.
     *
     * @param decorators the decorators for dekorate's session; empty after a mistake
     * @param origins    where each rendered field came from
     * @param reported   the problems reported on the stand-in (see {@link Rendering#key})
     */
    record Mapped(List<Decorator<?>> decorators, Origins origins, Set<String> reported) {
    }

    /** The decorators for {@code type}; none, with the mistakes recorded, when there are any. */
    static Mapped map(TypeElement type, Elements elements, Project project, Mistakes mistakes) {
        Optional<AnnotationView> dekorate = find(type, elements, DekorateApplication.TYPE).stream().findFirst();
        if (dekorate.isEmpty()) {
            AnnotationMirror first = ours(type, elements).get(0).mirror();
            mistakes.error(first, null, "@" + new AnnotationView(first, elements).type() + " on "
                    + type.getSimpleName() + ": Manifesto's annotations add to the manifests of dekorate's "
                    + "@KubernetesApplication, which this class lacks. Fix: annotate " + type.getSimpleName()
                    + " with @KubernetesApplication too.");
            return new Mapped(List.of(), new Origins(new AnnotationView(first, elements)), Set.of());
        }
        DekorateApplication application = DekorateApplication.read(dekorate.get(),
                project.getBuildInfo().getName(), project.getBuildInfo().getVersion());
        if (!application.kind().equals("Deployment")) {
            mistakes.error(application.mirror(), application.attribute("deploymentKind"),
                    application.view().show("deploymentKind") + " on " + type.getSimpleName()
                            + ": Manifesto's annotations decorate a Deployment only. Fix: leave deploymentKind out.");
            return new Mapped(List.of(), new Origins(application.view()), Set.of());
        }
        Draft draft = new Draft(application, standIn(application), mistakes);
        find(type, elements, VirtualNodes.class.getName()).forEach(v -> PodMapping.virtualNodes(v, draft));
        List<AnnotationView> tolerations = repeated(type, elements, Tolerate.class, Tolerates.class);
        List<AnnotationView> labels = repeated(type, elements, NodeLabel.class, NodeLabels.class);
        if (!tolerations.isEmpty() || !labels.isEmpty()) {
            PodMapping.tolerationsAndLabels(tolerations, labels, draft);
        }
        find(type, elements, SafeToEvict.class.getName()).forEach(v -> PodMapping.evictionHint(v, draft));
        find(type, elements, HorizontalAutoscaling.class.getName()).forEach(v -> HorizontalMapping.map(v, draft));
        find(type, elements, VerticalAutoscaling.class.getName()).forEach(v -> VerticalMapping.map(v, draft));
        find(type, elements, DisruptionBudget.class.getName()).forEach(v -> BudgetMapping.map(v, draft));
        find(type, elements, LetsEncrypt.class.getName()).forEach(v -> TlsMapping.map(v, draft));
        // rendered even after a mapping mistake, so the DSL's rules report the rest at once
        Optional<Contributions> rendered = Rendering.render(draft);
        List<Decorator<?>> decorators = mistakes.hasErrors() ? List.of()
                : rendered.map(Contributions::decorators).orElse(List.of());
        return new Mapped(decorators, draft.origins(), draft.reported());
    }

    /** The Deployment dekorate writes, as far as the rules need it: name, container, resources, ports, replicas. */
    private static Deployment standIn(DekorateApplication application) {
        Container container = container(application.name()).image(application.name() + ":" + application.version());
        for (var port : application.ports().entrySet()) {
            container = container.port(port.getKey(), port.getValue());
        }
        List<ResourceAmount> requests = amounts(application, "requestResources");
        if (!requests.isEmpty()) {
            container = container.requests(requests.toArray(ResourceAmount[]::new));
        }
        List<ResourceAmount> limits = amounts(application, "limitResources");
        if (!limits.isEmpty()) {
            container = container.limits(limits.toArray(ResourceAmount[]::new));
        }
        Deployment deployment = deployment(application.name()).container(container);
        return application.replicas().map(deployment::replicas).orElse(deployment);
    }

    private static List<ResourceAmount> amounts(DekorateApplication application, String attribute) {
        List<ResourceAmount> amounts = new ArrayList<>();
        add(amounts, application.amount(attribute, "cpu"), q -> cpu(q));
        add(amounts, application.amount(attribute, "memory"), q -> memory(q));
        return amounts;
    }

    private static void add(List<ResourceAmount> amounts, Optional<String> quantity,
                            Function<String, ResourceAmount> amount) {
        quantity.ifPresent(q -> amounts.add(amount.apply(q)));
    }

    private static List<AnnotationView> repeated(TypeElement type, Elements elements, Class<?> single,
                                                 Class<?> container) {
        List<AnnotationView> views = new ArrayList<>(find(type, elements, single.getName()));
        find(type, elements, container.getName()).forEach(c -> views.addAll(c.nestedList("value")));
        return views;
    }

    private static List<AnnotationView> find(TypeElement type, Elements elements, String annotation) {
        return type.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(annotation))
                .map(m -> new AnnotationView(m, elements))
                .map(AnnotationView.class::cast)
                .toList();
    }

    private static List<AnnotationView> ours(TypeElement type, Elements elements) {
        return ManifestoProcessor.TYPES.stream().flatMap(t -> find(type, elements, t.getName()).stream()).toList();
    }
}
