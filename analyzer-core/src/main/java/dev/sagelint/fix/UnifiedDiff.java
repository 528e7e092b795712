package dev.sagelint.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines, with three lines of context, as {@code diff -u} and {@code git} print it. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Above this many cells the middle of two texts is shown as one removed and one added block. */
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {}

    /** The diff of {@code before} and {@code after} under the header {@code --- a/name} / {@code +++ b/name}. */
    public static String of(String name, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = ops(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n');
        out.append("+++ b/").append(name).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end).kind != ' ') lastChange = end;
                else if (end - lastChange > 2 * CONTEXT) break;
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int aStart = ops.get(start).aLine;
            int bStart = ops.get(start).bLine;
            int aCount = 0;
            int bCount = 0;
            StringBuilder body = new StringBuilder();
            for (int k = start; k < end; k++) {
                Op op = ops.get(k);
                if (op.kind != '+') aCount++;
                if (op.kind != '-') bCount++;
                body.append(op.kind).append(strip(op.text)).append('\n');
                if (!op.text.endsWith("\n")) body.append("\\ No newline at end of file\n");
            }
            out.append("@@ -")
                    .append(range(aStart, aCount))
                    .append(" +")
                    .append(range(bStart, bCount))
                    .append(" @@\n")
                    .append(body);
            i = end;
        }
        return out.toString();
    }

    /** The 1-based lines of {@code before} that {@code after} does not keep, by the same line matching as the diff. */
    public static List<Integer> removedLines(String before, String after) {
        List<Integer> removed = new ArrayList<>();
        for (Op op : ops(lines(before), lines(after))) {
            if (op.kind == '-') removed.add(op.aLine);
        }
        return removed;
    }

    private static String range(int start, int count) {
        return count == 0 ? (start - 1) + ",0" : count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static String strip(String line) {
        if (line.endsWith("\r\n")) return line.substring(0, line.length() - 2);
        if (line.endsWith("\n")) return line.substring(0, line.length() - 1);
        return line;
    }

    /** The lines of a text, each with its line end. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) lines.add(text.substring(from));
        return lines;
    }

    private record Op(char kind, String text, int aLine, int bLine) {}

    private static List<Op> ops(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < prefix; k++) ops.add(new Op(' ', a.get(k), k + 1, k + 1));
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if ((long) n * m > MAX_CELLS) {
            for (int k = 0; k < n; k++) ops.add(new Op('-', a.get(prefix + k), prefix + k + 1, prefix + 1));
            for (int k = 0; k < m; k++) ops.add(new Op('+', b.get(prefix + k), prefix + n + 1, prefix + k + 1));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y))
                            ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
                    ops.add(new Op(' ', a.get(prefix + x), prefix + x + 1, prefix + y + 1));
                    x++;
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(new Op('-', a.get(prefix + x), prefix + x + 1, prefix + y + 1));
                    x++;
                } else {
                    ops.add(new Op('+', b.get(prefix + y), prefix + x + 1, prefix + y + 1));
                    y++;
                }
            }
        }
        for (int k = 0; k < suffix; k++) {
            ops.add(new Op(' ', a.get(a.size() - suffix + k), a.size() - suffix + k + 1, b.size() - suffix + k + 1));
        }
        return ops;
    }
}
