package io.manifesto.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based unified diff (Myers' O((N+M)D) algorithm), small enough to keep the test kit free
 * of diff libraries. The trace of the search is kept in memory, and it grows with the square of
 * the number of differing lines, so the search gives up beyond {@link #MAX_EDITS} of them: only
 * the first lines of a diff are ever shown anyway.
 */
final class LineDiff {

    /** Lines of context around each change, as in {@code diff -u}. */
    static final int CONTEXT = 3;

    /** The most inserted plus deleted lines a diff is computed for (about 16 MB of trace). */
    static final int MAX_EDITS = 2000;

    private enum Op { EQUAL, DELETE, INSERT }

    private record Edit(Op op, int oldIndex, int newIndex, String line) {}

    private LineDiff() {}

    /**
     * Returns the unified diff of two line lists with {@link #CONTEXT} lines of context, at most
     * {@code maxLines} lines long (including the two headers); what is cut is summarised as
     * {@code ... (N more lines)}. Returns an empty list when the lines are equal.
     */
    static List<String> unified(
            List<String> oldLines, List<String> newLines, String oldLabel, String newLabel, int maxLines) {
        return unified(oldLines, newLines, oldLabel, newLabel, maxLines, MAX_EDITS);
    }

    /**
     * As {@link #unified(List, List, String, String, int)}, but when more than {@code maxEdits}
     * lines are inserted or deleted, the diff is only the headers and a line saying so.
     */
    static List<String> unified(List<String> oldLines, List<String> newLines, String oldLabel, String newLabel,
            int maxLines, int maxEdits) {
        List<Edit> edits = edits(oldLines, newLines, maxEdits);
        List<String> out = new ArrayList<>();
        if (edits != null && edits.stream().allMatch(e -> e.op() == Op.EQUAL)) {
            return out;
        }
        out.add("--- " + oldLabel);
        out.add("+++ " + newLabel);
        if (edits == null) {
            out.add("(more than " + maxEdits + " lines are inserted or deleted; the diff is left out)");
            return out;
        }
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.EQUAL) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = hunkEnd(edits, i);
            out.addAll(hunk(edits.subList(start, end)));
            i = end;
        }
        if (out.size() > maxLines) {
            int more = out.size() - maxLines;
            out = new ArrayList<>(out.subList(0, maxLines));
            out.add("... (" + more + " more lines)");
        }
        return out;
    }

    /** Index just past the hunk that starts with the change at {@code firstChange}. */
    private static int hunkEnd(List<Edit> edits, int firstChange) {
        int lastChange = firstChange;
        int j = firstChange + 1;
        while (j < edits.size()) {
            if (edits.get(j).op() != Op.EQUAL) {
                lastChange = j;
            } else if (j - lastChange > 2 * CONTEXT) {
                break;
            }
            j++;
        }
        return Math.min(edits.size(), lastChange + 1 + CONTEXT);
    }

    private static List<String> hunk(List<Edit> hunk) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        List<String> body = new ArrayList<>();
        for (Edit e : hunk) {
            switch (e.op()) {
                case EQUAL -> {
                    body.add(" " + e.line());
                    oldCount++;
                    newCount++;
                }
                case DELETE -> {
                    body.add("-" + e.line());
                    oldCount++;
                }
                case INSERT -> {
                    body.add("+" + e.line());
                    newCount++;
                }
            }
            if (oldStart < 0 && e.op() != Op.INSERT) {
                oldStart = e.oldIndex();
            }
            if (newStart < 0 && e.op() != Op.DELETE) {
                newStart = e.newIndex();
            }
        }
        // An empty side is numbered by the line before it, as diff -u does (e.g. "-0,0").
        int oldFirst = oldCount == 0 ? hunk.get(0).oldIndex() : oldStart + 1;
        int newFirst = newCount == 0 ? hunk.get(0).newIndex() : newStart + 1;
        List<String> out = new ArrayList<>();
        out.add("@@ -" + oldFirst + "," + oldCount + " +" + newFirst + "," + newCount + " @@");
        out.addAll(body);
        return out;
    }

    /**
     * The shortest edit script turning {@code a} into {@code b}, in order; {@code null} when it
     * has more than {@code maxEdits} insertions and deletions.
     */
    private static List<Edit> edits(List<String> a, List<String> b, int maxEdits) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, maxEdits);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        // trace.get(d) holds v[k] for k in -d..d after step d, at index k + d.
        List<int[]> trace = new ArrayList<>();
        search:
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    trace.add(slice(v, offset, d));
                    break search;
                }
            }
            trace.add(slice(v, offset, d));
            if (d == max) {
                return null; // the search did not reach the end within maxEdits
            }
        }
        return backtrack(a, b, trace);
    }

    private static int[] slice(int[] v, int offset, int d) {
        int[] s = new int[2 * d + 1];
        System.arraycopy(v, offset - d, s, 0, s.length);
        return s;
    }

    private static List<Edit> backtrack(List<String> a, List<String> b, List<int[]> trace) {
        List<Edit> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1));
            int prevK = down ? k + 1 : k - 1;
            int prevX = at(previous, d - 1, prevK);
            int prevY = prevX - prevK;
            int startX = down ? prevX : prevX + 1;
            while (x > startX) {
                x--;
                y--;
                reversed.add(new Edit(Op.EQUAL, x, y, a.get(x)));
            }
            if (down) {
                reversed.add(new Edit(Op.INSERT, prevX, prevY, b.get(prevY)));
            } else {
                reversed.add(new Edit(Op.DELETE, prevX, prevY, a.get(prevX)));
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0) {
            x--;
            y--;
            reversed.add(new Edit(Op.EQUAL, x, y, a.get(x)));
        }
        List<Edit> edits = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            edits.add(reversed.get(i));
        }
        return edits;
    }

    private static int at(int[] slice, int d, int k) {
        return slice[k + d];
    }
}
