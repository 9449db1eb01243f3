package io.manifesto.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM that writes large sets in a loop ({@link EndlessWriter}) at random moments, and checks after each
 * kill that the directory holds exactly one complete set: at once (the target is a complete set, or absent only in
 * the gap between the two renames with a complete set ready beside it), and after the recovery rule.
 * {@code -Dmanifesto.crash.seed=N} replays a run; the seed is printed.
 */
class ManifestWriterCrashTest {

    private static final int KILLS = 20;

    @TempDir
    Path parent;

    @Test
    void aWriterKilledAtAnyMomentLeavesOneCompleteSet() throws Exception {
        long seed = Long.getLong("manifesto.crash.seed", 13L);
        System.out.println("ManifestWriterCrashTest seed " + seed + " (replay: -Dmanifesto.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path out = parent.resolve("out");
        Map<String, Integer> states = new TreeMap<>();
        long generation = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    EndlessWriter.class.getName(), out.toString(), Long.toString(generation))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(150 + random.nextInt(600));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child ended").isTrue();

            String state = stateAfterKill(out);
            states.merge(state, 1, Integer::sum);
            ManifestWriter.recover(out);
            if (Files.exists(out)) {
                long found = completeSet(out, "after recovery, kill " + (kill + 1) + ", seed " + seed);
                generation = found + 1;
            }
            assertThat(siblings(parent)).as("after recovery, seed " + seed)
                    .allMatch(name -> name.equals("out") || name.equals(".out.manifesto-lock"));
        }
        System.out.println("ManifestWriterCrashTest: " + KILLS + " kills, states seen " + states);
        assertThat(Files.exists(out)).as("some child completed a set, seed " + seed).isTrue();
    }

    /** What a reader finds right after the kill, before any recovery; never a partial or mixed set. */
    private static String stateAfterKill(Path out) throws IOException {
        Path parent = out.getParent();
        List<String> state = new ArrayList<>(siblings(parent));
        state.remove(".out.manifesto-lock");
        if (Files.exists(out)) {
            completeSet(out, "right after the kill, state " + state);
        } else if (Files.exists(parent.resolve(".out.manifesto-ready"))) {
            completeSet(parent.resolve(".out.manifesto-ready"), "ready set, state " + state);
        }
        return String.join("+", state).replace(".out.manifesto-", "");
    }

    /** Asserts that {@code dir} holds exactly one generation's files, each whole; returns the generation. */
    private static long completeSet(Path dir, String when) throws IOException {
        List<String> names = siblings(dir);
        assertThat(names).as(when).isNotEmpty();
        String first = Files.readString(dir.resolve(names.get(0)));
        long generation = Long.parseLong(first.substring("# generation ".length(), first.indexOf(" files")));
        List<String> expected = EndlessWriter.set(generation).stream().map(ManifestFile::fileName).toList();
        assertThat(names).as(when + ": the files of generation " + generation).isEqualTo(expected);
        for (ManifestFile file : EndlessWriter.set(generation)) {
            assertThat(Files.readString(dir.resolve(file.fileName()))).as(when + ": " + file.fileName())
                    .isEqualTo(file.content());
        }
        return generation;
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
