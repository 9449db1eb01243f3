package io.manifesto.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalLinesGiveNoDiff() {
        assertThat(LineDiff.unified(List.of("a", "b"), List.of("a", "b"), "old", "new", 60)).isEmpty();
    }

    @Test
    void numbersAnEmptySideByTheLineBeforeIt() {
        assertThat(LineDiff.unified(List.of(), List.of("a", "b"), "old", "new", 60))
                .containsExactly("--- old", "+++ new", "@@ -0,0 +1,2 @@", "+a", "+b");
    }

    @Test
    void leavesTheDiffOutBeyondTheMostEditsItSearches() {
        assertThat(LineDiff.unified(List.of("a", "b", "c"), List.of("x", "y", "z"), "old", "new", 60, 4))
                .containsExactly("--- old", "+++ new",
                        "(more than 4 lines are inserted or deleted; the diff is left out)");
        assertThat(LineDiff.unified(List.of("a", "b", "c"), List.of("x", "y", "z"), "old", "new", 60, 6))
                .contains("@@ -1,3 +1,3 @@");
    }

    @Test
    void comparesLargeFilesThatDifferEverywhereInLittleMemory() {
        List<String> oldLines = new ArrayList<>();
        List<String> newLines = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            oldLines.add("line " + i);
            newLines.add("LINE " + i);
        }
        assertThat(LineDiff.unified(oldLines, newLines, "old", "new", 60)).containsExactly("--- old", "+++ new",
                "(more than 2000 lines are inserted or deleted; the diff is left out)");
    }

    @Test
    void patchingTheOldLinesWithTheDiffGivesTheNewLinesAndTheDiffIsMinimal() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<String> oldLines = randomLines(random);
            List<String> newLines = randomLines(random);

            List<String> diff = LineDiff.unified(oldLines, newLines, "old", "new", Integer.MAX_VALUE);

            assertThat(patch(oldLines, diff)).as("round %d", round).isEqualTo(newLines);
            long changes = diff.stream().skip(2).filter(l -> l.startsWith("+") || l.startsWith("-")).count();
            assertThat(changes).as("round %d", round)
                    .isEqualTo(oldLines.size() + newLines.size() - 2L * lcs(oldLines, newLines));
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int size = random.nextInt(25);
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    /** Applies a unified diff, checking that every context and removed line is where the header says. */
    private static List<String> patch(List<String> oldLines, List<String> diff) {
        List<String> result = new ArrayList<>();
        int next = 0;
        for (int i = 2; i < diff.size(); ) {
            String header = diff.get(i++);
            assertThat(header).startsWith("@@ -");
            String[] oldRange = header.substring(4, header.indexOf(' ', 4)).split(",");
            int start = Integer.parseInt(oldRange[0]);
            int count = Integer.parseInt(oldRange[1]);
            int from = count == 0 ? start : start - 1;
            while (next < from) {
                result.add(oldLines.get(next++));
            }
            while (i < diff.size() && !diff.get(i).startsWith("@@")) {
                String line = diff.get(i++);
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertThat(oldLines.get(next++)).isEqualTo(line.substring(1));
                        result.add(line.substring(1));
                    }
                    case '-' -> assertThat(oldLines.get(next++)).isEqualTo(line.substring(1));
                    case '+' -> result.add(line.substring(1));
                    default -> throw new AssertionError("unexpected diff line " + line);
                }
            }
        }
        while (next < oldLines.size()) {
            result.add(oldLines.get(next++));
        }
        return result;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
