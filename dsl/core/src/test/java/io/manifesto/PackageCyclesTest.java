package io.manifesto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package of the core imports a package that imports it back, directly or through others: the import graph of
 * {@code src/main/java} (static imports included) has no strongly connected component of two or more packages.
 * A cycle is named with one import that makes each of its edges.
 */
class PackageCyclesTest {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);

    @Test
    void corePackagesImportNoPackageThatImportsThemBack() {
        assertThat(cycles(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void namesTheCycleAndTheImportsThatMakeIt(@TempDir Path sources) throws IOException {
        write(sources, "a/One.java", "package a;\nimport b.Two;\nclass One {}\n");
        write(sources, "b/Two.java", "package b;\nimport static c.Three.helper;\nclass Two {}\n");
        write(sources, "c/Three.java", "package c;\nimport a.*;\nimport java.util.List;\nclass Three {}\n");
        write(sources, "d/Four.java", "package d;\nimport a.One;\nclass Four {}\n");

        assertThat(cycles(sources)).containsExactly("a -> b (a/One.java imports b.Two) -> c (b/Two.java imports"
                + " c.Three.helper) -> a (c/Three.java imports a.*)");
    }

    /** Each strongly connected component of two or more packages, as one cycle through it. */
    static List<String> cycles(Path root) {
        Map<String, Map<String, String>> graph = importGraph(root);
        List<String> found = new ArrayList<>();
        for (Set<String> component : new Tarjan(graph).components()) {
            if (component.size() > 1) {
                found.add(describeCycle(graph, component));
            }
        }
        return found;
    }

    /** Each package to the packages it imports, each with the first file and import that does it. */
    private static Map<String, Map<String, String>> importGraph(Path root) {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Map<String, String> edges = graph.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher imported = IMPORT.matcher(text);
                while (imported.find()) {
                    String name = imported.group(1);
                    String to = packageOf(name);
                    if (!to.equals(from)) {
                        String star = imported.group(0).contains("*") ? ".*" : "";
                        edges.putIfAbsent(to, root.relativize(file).toString().replace('\\', '/') + " imports "
                                + name + star);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph.values().forEach(edges -> edges.keySet().retainAll(graph.keySet())); // only packages of these sources
        return graph;
    }

    /** The package of an imported name: its segments up to the first that starts with a capital (a class). */
    private static String packageOf(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    /** The shortest cycle from the first package (by name) of {@code component} back to it, with its imports. */
    private static String describeCycle(Map<String, Map<String, String>> graph, Set<String> component) {
        String start = new TreeSet<>(component).first();
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        String last = null;
        while (!queue.isEmpty() && last == null) {
            String at = queue.poll();
            for (String next : graph.get(at).keySet()) {
                if (next.equals(start)) {
                    last = at;
                    break;
                }
                if (component.contains(next) && !previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        List<String> path = new ArrayList<>(List.of(start));
        for (String at = last; !at.equals(start); at = previous.get(at)) {
            path.add(1, at);
        }
        path.add(start);
        StringBuilder text = new StringBuilder(start);
        for (int i = 1; i < path.size(); i++) {
            text.append(" -> ").append(path.get(i)).append(" (")
                    .append(graph.get(path.get(i - 1)).get(path.get(i))).append(')');
        }
        return text.toString();
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** Tarjan's strongly connected components, in a deterministic order. */
    private static final class Tarjan {
        private final Map<String, Map<String, String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Map<String, String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            graph.keySet().stream().filter(p -> !index.containsKey(p)).forEach(this::visit);
            return components;
        }

        private void visit(String at) {
            index.put(at, index.size());
            low.put(at, index.get(at));
            stack.push(at);
            onStack.add(at);
            for (String next : graph.get(at).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(at, Math.min(low.get(at), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(at, Math.min(low.get(at), index.get(next)));
                }
            }
            if (low.get(at).equals(index.get(at))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(at));
                components.add(component);
            }
        }
    }
}
