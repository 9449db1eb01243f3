package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;

import io.manifesto.environment.Drift;
import io.manifesto.environment.FieldDrift;
import io.manifesto.environment.ObjectDrift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link Drift} between two environments: that they differ only where the team allows it.
 *
 * <pre>{@code
 * assertThat(Manifesto.diff(staging, prod)).differsOnlyIn(
 *         "metadata.namespace", "spec.replicas", "spec.minReplicas", "spec.maxReplicas",
 *         "Deployment/web spec.template.spec.containers[web].image", "**[app.kubernetes.io/version]",
 *         "Ingress/* spec.rules[*].host", "Ingress/* spec.tls[*].hosts[*]");
 * }</pre>
 *
 * An allowed difference is a field path, or {@code Kind/name path} for one object's field; {@code Kind/name} alone
 * allows that object to be in one environment only, or to differ anywhere. In a pattern, {@code *} stands for any
 * characters within one step of the path (it stops at {@code .}, {@code [} and {@code ]}) and {@code **} for any
 * characters at all.
 */
public class DriftAssert extends AbstractAssert<DriftAssert, Drift> {

    /** Creates assertions on a drift report. */
    public DriftAssert(Drift drift) {
        super(drift, DriftAssert.class);
    }

    /** Checks that nothing differs. */
    public DriftAssert isEmpty() {
        return differsOnlyIn();
    }

    /** Checks that every difference matches one of {@code allowed}; fails with the differences that do not. */
    public DriftAssert differsOnlyIn(String... allowed) {
        isNotNull();
        List<Allowed> patterns = Arrays.stream(allowed == null ? new String[0] : allowed)
                .map(Allowed::of).toList();
        List<String> unexpected = new ArrayList<>();
        for (ObjectDrift object : actual.objects()) {
            if (object.change() != ObjectDrift.Change.CHANGED) {
                if (patterns.stream().noneMatch(p -> p.allowsObject(object.object()))) {
                    unexpected.add(object.toString());
                }
                continue;
            }
            List<FieldDrift> fields = object.fields().stream()
                    .filter(f -> patterns.stream().noneMatch(p -> p.allowsField(object.object(), f.path())))
                    .toList();
            if (!fields.isEmpty()) {
                unexpected.add(new ObjectDrift(object.object(), object.change(), fields).toString());
            }
        }
        if (!unexpected.isEmpty()) {
            String found = String.join("\n", unexpected);
            throw failureWithActualExpected(found, String.join("\n", allowed), "%s", expecting(
                    actual.left() + " and " + actual.right() + " to differ only in",
                    patterns.isEmpty() ? "(nothing)" : Arrays.stream(allowed).collect(Collectors.joining("\n")),
                    "they also differ in\n" + indent(found)));
        }
        return myself;
    }

    /** One allowed difference: an optional {@code Kind/name} pattern and an optional field path pattern. */
    private record Allowed(Pattern object, Pattern field) {

        static Allowed of(String text) {
            String value = text == null ? "" : text.strip();
            int space = value.indexOf(' ');
            if (space >= 0) {
                return new Allowed(glob(value.substring(0, space)), glob(value.substring(space + 1).strip()));
            }
            boolean isObject = value.matches("[A-Za-z*][A-Za-z0-9*]*/[^.\\[\\]]*");
            return isObject ? new Allowed(glob(value), null) : new Allowed(null, glob(value));
        }

        boolean allowsObject(String id) {
            return field == null && object != null && object.matcher(id).matches();
        }

        boolean allowsField(String id, String path) {
            boolean objectMatches = object == null || object.matcher(id).matches();
            return objectMatches && (field == null || field.matcher(path).matches());
        }

        private static Pattern glob(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else if (c == '*') {
                    regex.append("[^.\\[\\]]*");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }
}
