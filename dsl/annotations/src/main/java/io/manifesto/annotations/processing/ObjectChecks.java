package io.manifesto.annotations.processing;

import io.dekorate.Session;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.Manifesto;
import io.manifesto.rules.CheckReport;
import io.manifesto.validate.Problem;

import javax.annotation.processing.Messager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The object rules over the whole set dekorate and Manifesto produced, the one place they run on it
 * ({@link Manifesto#check(List)}): what the annotations cannot see (a sidecar of {@code @KubernetesApplication}
 * without a CPU request under an HPA on CPU utilisation, a property file's settings) is checked on the objects
 * themselves. An error withholds the output, as a mapping mistake does; what the DSL already reported for the
 * stand-in is not reported twice. The messages come by object and field.
 */
final class ObjectChecks implements Consumer<List<HasMetadata>> {

    private final Mistakes mistakes;
    private final Origins origins;
    private final Set<String> reported;
    private final Messager messager;
    private final Session session;

    ObjectChecks(Mapping.Mapped mapped, Mistakes mistakes, Messager messager,
                 Session session) {
        this.mistakes = mistakes;
        this.origins = mapped.origins();
        this.reported = mapped.reported();
        this.messager = messager;
        this.session = session;
    }

    @Override
    public void accept(List<HasMetadata> objects) {
        CheckReport report = Manifesto.check(objects);
        // by object and field, stably: the rules walk dekorate's maps in the order it filled them (hash order of its
        // configuration), and the messages should come in the same order on every build
        List<Problem> problems = new ArrayList<>(report.problems());
        problems.sort(Comparator.comparing(Problem::resource).thenComparing(Problem::field));
        for (Problem problem : problems) {
            if (!reported.contains(Rendering.key(problem))) {
                Rendering.report(problem, origins, mistakes);
            }
        }
        mistakes.report(messager);
        if (mistakes.hasErrors()) {
            session.setWriter(new WithheldOutput());
        }
    }
}
