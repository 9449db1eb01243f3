package io.manifesto.networking.rules;

import io.manifesto.networking.PathType;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The paths of an ingress's rules, as the API server accepts them. */
final class IngressPaths {

    /**
     * A path the API server refuses: one that is set but does not start with {@code /} (any type), an empty Exact or
     * Prefix path, or an Exact or Prefix path that is not normalised.
     */
    static final RuleInfo PATH = RuleInfo.error("ingress.path",
            "a path starts with '/', and an Exact or Prefix path is normalised (no //, /./, /../, %2F, trailing /. or"
                    + " /..)",
            "the API server refuses such an ingress: it matches Exact and Prefix paths element by element");

    /** What the API server refuses inside an Exact or Prefix path, and at its end. */
    private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");

    private IngressPaths() {
    }

    /**
     * Checks {@code path} of {@code pathType} at {@code scope} ({@code ...http.paths[i]}); a missing path or an
     * unknown type is not this rule's (a DSL value reports the null it was given).
     */
    static void check(Findings.On scope, String pathType, String path) {
        PathType type = PathType.of(pathType).orElse(null);
        if (type == null || path == null) {
            return;
        }
        if ((type.checksElements() || !path.isEmpty()) && !path.startsWith("/")) {
            scope.report(PATH, "path", path,
                    "a path of type " + type.value() + " must start with '/'"
                            + (type.checksElements() ? "" : " when it is set"),
                    Fix.of("write \"/" + path + "\""));
        } else if (type.checksElements()) {
            checkElements(scope, type, path);
        }
    }

    /** The API server matches Prefix and Exact paths element by element, so it accepts only normalised ones. */
    private static void checkElements(Findings.On scope, PathType type, String path) {
        List<String> faults = new ArrayList<>();
        List<String> sequences = INVALID_SEQUENCES.stream().filter(path::contains).map(s -> "\"" + s + "\"")
                .toList();
        if (!sequences.isEmpty()) {
            faults.add("contain " + String.join(" or ", sequences));
        }
        INVALID_SUFFIXES.stream().filter(path::endsWith).findFirst()
                .ifPresent(suffix -> faults.add("end with \"" + suffix + "\""));
        if (!faults.isEmpty()) {
            scope.report(PATH, "path", path,
                    "a path of type " + type.value() + " must not " + String.join(" nor ", faults)
                            + ": the API server refuses \"//\", \"/./\", \"/../\", \"%2F\" and a trailing \"/.\" or"
                            + " \"/..\" in such a path",
                    Fix.of("write \"" + normalised(path) + "\""));
        }
    }

    /** {@code path} with its {@code .} and {@code ..} elements resolved and empty elements and encoded slashes gone. */
    private static String normalised(String path) {
        String decoded = path.replaceAll("%2[fF]", "/");
        Deque<String> elements = new ArrayDeque<>();
        for (String element : decoded.split("/")) {
            if (element.equals("..")) {
                elements.pollLast();
            } else if (!element.isEmpty() && !element.equals(".")) {
                elements.addLast(element);
            }
        }
        boolean trailingSlash = decoded.endsWith("/") && !elements.isEmpty();
        return "/" + String.join("/", elements) + (trailingSlash ? "/" : "");
    }
}
