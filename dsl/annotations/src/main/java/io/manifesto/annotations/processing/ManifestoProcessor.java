package io.manifesto.annotations.processing;

import io.dekorate.ResourceRegistry;
import io.dekorate.processor.AbstractAnnotationProcessor;
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
import io.manifesto.annotations.WithoutVcsInfo;
import io.manifesto.annotations.decorator.CheckObjectsDecorator;
import io.manifesto.annotations.decorator.RemoveVcsInfoDecorator;
import io.manifesto.annotations.decorator.StableOrderDecorator;

import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one processor of Manifesto's annotations. In the round where they appear it maps them, with the class's
 * {@code @KubernetesApplication}, onto DSL values, renders those through the DSL, and registers on dekorate's shared
 * session the decorators that put the result into the manifests dekorate writes in the final round. It claims
 * nothing ({@code process} returns {@code false}), so dekorate's own processors see every annotation as before.
 */
@SupportedAnnotationTypes({
        "io.manifesto.annotations.HorizontalAutoscaling", "io.manifesto.annotations.VerticalAutoscaling",
        "io.manifesto.annotations.DisruptionBudget", "io.manifesto.annotations.SafeToEvict",
        "io.manifesto.annotations.VirtualNodes", "io.manifesto.annotations.Tolerate",
        "io.manifesto.annotations.Tolerates", "io.manifesto.annotations.NodeLabel",
        "io.manifesto.annotations.NodeLabels", "io.manifesto.annotations.LetsEncrypt",
        "io.manifesto.annotations.WithoutVcsInfo"})
public final class ManifestoProcessor extends AbstractAnnotationProcessor {

    /** dekorate's resource group of plain Kubernetes manifests ({@code kubernetes.yml}). */
    static final String GROUP = "kubernetes";

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver() || annotations.isEmpty()) {
            return false;
        }
        Set<TypeElement> classes = new TreeSet<>(Comparator.comparing(t -> t.getQualifiedName().toString()));
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                classes.add((TypeElement) element);
            }
        }
        for (TypeElement type : classes) {
            Mistakes mistakes = new Mistakes(type);
            Optional<Mapping.Mapped> mapped;
            try {
                mapped = Optional.of(Mapping.map(type, processingEnv.getElementUtils(), getProject(), mistakes));
            } catch (RuntimeException e) {
                // an annotation javac could not resolve (it reports that itself), or a bug here: a message, not a trace
                mistakes.error(null, null, "Manifesto's annotations on " + type.getSimpleName()
                        + " could not be processed: " + e + ". Fix: correct the errors javac reports on them; if "
                        + "there are none, report this message to Manifesto.");
                mapped = Optional.empty();
            }
            mistakes.report(processingEnv.getMessager());
            if (mistakes.hasErrors()) {
                getSession().setWriter(new WithheldOutput());
            } else {
                register(type, mapped.orElseThrow());
            }
        }
        return false;
    }

    private void register(TypeElement type, Mapping.Mapped mapped) {
        ResourceRegistry registry = getSession().getResourceRegistry();
        mapped.decorators().forEach(d -> registry.decorate(GROUP, d));
        if (type.getAnnotation(WithoutVcsInfo.class) != null) {
            registry.decorate(GROUP, new RemoveVcsInfoDecorator());
        }
        registry.decorate(GROUP, new StableOrderDecorator());
        registry.decorate(GROUP, new CheckObjectsDecorator(
                new ObjectChecks(mapped, new Mistakes(type), processingEnv.getMessager(), getSession())));
    }

    /** The annotation types this processor reads, for {@link Mapping}. */
    static final List<Class<?>> TYPES = List.of(HorizontalAutoscaling.class, VerticalAutoscaling.class,
            DisruptionBudget.class, SafeToEvict.class, VirtualNodes.class, Tolerate.class, Tolerates.class,
            NodeLabel.class, NodeLabels.class, LetsEncrypt.class, WithoutVcsInfo.class);
}
