package dev.sagelint.report.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a pull request's unified diff (as {@code git diff BASE...HEAD} prints it) that a review comment can
 * sit on: per file of the new side, the line ranges of its hunks, added and context lines alike. GitHub lets a
 * comment, and so a suggestion, cover only lines of one hunk of the pull request's diff. sagelint reads the diff
 * from a file the user or the CI job wrote; it runs no git command itself.
 */
public final class PullRequestDiff {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

    /** The hunks' new-side line ranges, by path as the diff names it ({@code infra/notebook.yaml}). */
    private final Map<String, List<int[]>> hunks;

    private PullRequestDiff(Map<String, List<int[]>> hunks) {
        this.hunks = hunks;
    }

    /** A diff in which nothing is reviewable. */
    public static PullRequestDiff empty() {
        return new PullRequestDiff(Map.of());
    }

    /** A line of the diff that is not what a unified diff has there. */
    public static final class Malformed extends Exception {
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The 1-based line of the diff. */
        public int line() {
            return line;
        }
    }

    /**
     * Reads a unified diff. Lines outside the file headers ({@code +++ b/path}) and hunk headers ({@code @@ ... @@})
     * are skipped, so that {@code git diff}'s extended headers and a mail's preamble do no harm.
     *
     * @throws Malformed at a hunk header that cannot be read, or a hunk before any file header
     */
    public static PullRequestDiff parse(String text) throws Malformed {
        Map<String, List<int[]>> hunks = new HashMap<>();
        String current = null;
        boolean inFile = false;
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = withoutCr(lines[i++]);
            if (line.startsWith("+++ ")) {
                current = path(line.substring(4));
                inFile = true;
            } else if (line.startsWith("@@")) {
                if (!inFile) throw new Malformed(i, "a hunk before any `+++` file header");
                Matcher m = HUNK.matcher(line);
                if (!m.matches()) throw new Malformed(i, "not a unified diff hunk header: " + line);
                int oldLeft = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                int start = Integer.parseInt(m.group(2));
                int newLeft = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                if (current != null && newLeft > 0) {
                    hunks.computeIfAbsent(current, k -> new ArrayList<>()).add(new int[] {start, start + newLeft - 1});
                }
                // The hunk's body: its lines are content, whatever they start with ("+++ " included).
                while ((oldLeft > 0 || newLeft > 0) && i < lines.length) {
                    String body = withoutCr(lines[i]);
                    char kind = body.isEmpty() ? ' ' : body.charAt(0);
                    if (kind == ' ') {
                        oldLeft--;
                        newLeft--;
                    } else if (kind == '+') {
                        newLeft--;
                    } else if (kind == '-') {
                        oldLeft--;
                    } else if (kind != '\\') {
                        break;
                    }
                    i++;
                }
            } else if (line.startsWith("diff ")) {
                inFile = false;
                current = null;
            }
        }
        return new PullRequestDiff(hunks);
    }

    /**
     * Whether lines {@code first} to {@code last} of {@code file} lie in one hunk of the diff. The diff's paths are
     * taken relative to {@code root}, the folder reported paths are relative to (in CI, the repository's top).
     */
    public boolean covers(Path root, Path file, int first, int last) {
        Path target = file.toAbsolutePath().normalize();
        for (Map.Entry<String, List<int[]>> e : hunks.entrySet()) {
            if (!root.toAbsolutePath().resolve(e.getKey()).normalize().equals(target)) continue;
            for (int[] range : e.getValue()) {
                if (first >= range[0] && last <= range[1]) return true;
            }
        }
        return false;
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The path of a {@code +++} header: without git's {@code b/} prefix and a trailing tab and timestamp, unquoted;
     * {@code null} for {@code /dev/null} (a deleted file).
     */
    private static String path(String header) {
        String p = header;
        if (p.startsWith("\"")) {
            p = unquote(p);
        } else {
            int tab = p.indexOf('\t');
            if (tab >= 0) p = p.substring(0, tab);
        }
        if (p.equals("/dev/null")) return null;
        return p.startsWith("b/") ? p.substring(2) : p;
    }

    /** A path git quoted because of special characters: C escapes, octal bytes of its UTF-8 form. */
    private static String unquote(String quoted) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '"') break;
            if (c != '\\' || i + 1 >= quoted.length()) {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                continue;
            }
            char n = quoted.charAt(++i);
            if (n >= '0' && n <= '7' && i + 2 < quoted.length()) {
                bytes.write(Integer.parseInt(quoted.substring(i, i + 3), 8));
                i += 2;
            } else {
                bytes.write(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
