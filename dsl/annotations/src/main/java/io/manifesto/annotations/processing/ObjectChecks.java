package io.manifesto.annotations.processing;

import io.dekorate.Session;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.Manifesto;
import io.manifesto.rules.CheckReport;
import io.manifesto.validate.Problem;

import javax.annotation.processing.Messager;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The object rules over the whole set dekorate and Manifesto produced, the one place they run on it
 * ({@link Manifesto#check(List)}): what the annotations cannot see (a sidecar of {@code @KubernetesApplication}
 * without a CPU request under an HPA on CPU utilisation, a property file's settings) is checked on the objects
 * themselves. An error withholds the output, as a mapping mistake does; what the DSL already reported for the
 * stand-in is not reported twice.
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
        for (Problem problem : report.problems()) {
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
