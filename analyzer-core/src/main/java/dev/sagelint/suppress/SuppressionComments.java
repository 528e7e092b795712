package dev.sagelint.suppress;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code sagelint:ignore} comments from the comments a front-end's parser found in one file, so that a
 * {@code #} inside a YAML block scalar, a quoted string or a heredoc, which is text rather than a comment, never
 * suppresses anything:
 * <pre>
 * # sagelint:ignore SageMaker.3 the image needs root to install drivers     (applies to the next line)
 * root_access = "Enabled"  # sagelint:ignore SageMaker.3 reason              (applies to its own line)
 * # sagelint:ignore SageMaker.1,SageMaker.2 reason                           (several rules)
 * # sagelint:ignore SageMaker.3 until=2026-12-31 reason                      (suppresses up to that day)
 * </pre>
 * A comment on a line of its own applies to the next line that holds no comment of its own, so that several
 * suppressions can be stacked above one resource or attribute.
 *
 * <p>The front-end hands over every comment of the file in source order ({@link #add}), then calls {@link #finish}.
 * The work is linear in the comments' length: the rule list is read without regular expressions, and a rule named
 * twice in one comment is kept once.
 */
public final class SuppressionComments {

    private static final String MARKER = "sagelint:ignore";

    /** The suppressions and the malformed comments of one file. */
    public record Found(List<Suppression> suppressions, List<Diagnostic> diagnostics) {
        public Found {
            suppressions = List.copyOf(suppressions);
            diagnostics = List.copyOf(diagnostics);
        }

        public static Found none() {
            return new Found(List.of(), List.of());
        }
    }

    /** A suppression comment on a line of its own, waiting for the line it applies to. */
    private record Pending(List<String> ruleIds, String reason, LocalDate until, Span at) {}

    private final Path file;
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    /** The last line of the run of comment-only lines that the pending comments belong to. */
    private int runEnd;

    /** @param file the file the comments are read from, as its spans name it */
    public SuppressionComments(Path file) {
        this.file = file;
    }

    /**
     * Whether a comment's text can hold a suppression; a front-end may skip building the positions of the others,
     * but must still {@link #add} them when they stand on lines of their own (they extend a stack of comments).
     */
    public static boolean mayHold(CharSequence text) {
        return text.toString().contains(MARKER);
    }

    /**
     * One comment of the file; comments come in source order.
     *
     * @param line      the 1-based line it starts on
     * @param column    the 1-based column of its first character (the {@code #} or {@code //})
     * @param endLine   the line it ends on (a block comment may span several)
     * @param endColumn the column just after its last character
     * @param text      the comment as written, with its opening delimiter ({@code #}, {@code //} or
     *                  <code>/*</code>) and, for a block comment, its closing one
     * @param ownLine   whether only blanks precede it on its line
     */
    public void add(int line, int column, int endLine, int endColumn, String text, boolean ownLine) {
        if (!pending.isEmpty() && line > runEnd + (ownLine ? 1 : 0)) resolve(runEnd + 1);
        if (ownLine) runEnd = Math.max(runEnd, endLine);
        String body = body(text);
        if (body == null) return;
        Span at = new Span(file, line, column, endLine, endColumn);
        Pending parsed = parse(body, at);
        if (parsed == null) return;
        if (ownLine) {
            if (pending.isEmpty()) runEnd = endLine;
            pending.add(parsed);
        } else {
            emit(parsed, line);
        }
    }

    /** The suppressions and problems found; comments still waiting apply to the line after the last comment. */
    public Found finish() {
        if (!pending.isEmpty()) resolve(runEnd + 1);
        return new Found(suppressions, diagnostics);
    }

    private void resolve(int target) {
        for (Pending p : pending) emit(p, target);
        pending.clear();
    }

    private void emit(Pending p, int target) {
        for (String ruleId : p.ruleIds()) {
            suppressions.add(
                    Suppression.comment(ruleId, p.reason(), p.at(), target).until(p.until()));
        }
    }

    /**
     * What follows the marker when the comment starts with {@code sagelint:ignore} (after its delimiter and blanks,
     * and followed by a character that cannot continue a word); else {@code null}.
     */
    private static String body(String text) {
        if (!text.contains(MARKER)) return null;
        int i;
        int end = text.length();
        if (text.startsWith("#")) {
            i = 1;
        } else if (text.startsWith("//")) {
            i = 2;
        } else if (text.startsWith("/*")) {
            i = 2;
            if (end >= 4 && text.endsWith("*/")) end -= 2;
        } else {
            return null;
        }
        while (i < end && Character.isWhitespace(text.charAt(i))) i++;
        if (!text.startsWith(MARKER, i)) return null;
        i += MARKER.length();
        if (i < end && isWordChar(text.charAt(i))) return null;
        return text.substring(i, end);
    }

    /** The rule ids, reason and expiry of a comment's text after the marker; {@code null} after a diagnostic. */
    private Pending parse(String body, Span at) {
        Map<String, String> ids = new LinkedHashMap<>();
        int i = skipBlanks(body, 0);
        int idEnd = ruleId(body, i);
        if (idEnd < 0) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.INVALID_SUPPRESSION,
                    "'sagelint:ignore' names no rule; write '# sagelint:ignore SageMaker.N reason'",
                    file,
                    at.line(),
                    at.column()));
            return null;
        }
        ids.putIfAbsent(body.substring(i, idEnd).toLowerCase(Locale.ROOT), body.substring(i, idEnd));
        int restStart = idEnd;
        while (true) {
            int comma = skipBlanks(body, restStart);
            if (comma >= body.length() || body.charAt(comma) != ',') break;
            int next = skipBlanks(body, comma + 1);
            int nextEnd = ruleId(body, next);
            if (nextEnd < 0) break;
            ids.putIfAbsent(body.substring(next, nextEnd).toLowerCase(Locale.ROOT), body.substring(next, nextEnd));
            restStart = nextEnd;
        }
        String rest = body.substring(restStart);
        LocalDate until = null;
        int u = untilWord(rest);
        if (u >= 0) {
            int valueStart = u + "until=".length();
            int valueEnd = valueStart;
            while (valueEnd < rest.length() && !Character.isWhitespace(rest.charAt(valueEnd))) valueEnd++;
            String value = rest.substring(valueStart, valueEnd);
            try {
                until = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                diagnostics.add(Diagnostic.warning(
                        DiagnosticCode.INVALID_SUPPRESSION,
                        "'until=" + value + "' is not a date; write until=YYYY-MM-DD, such as until=2026-12-31",
                        file,
                        at.line(),
                        at.column()));
                return null;
            }
            rest = rest.substring(0, u) + " " + rest.substring(valueEnd);
        }
        return new Pending(List.copyOf(ids.values()), reason(rest), until, at);
    }

    /** The index of the first {@code until=} that starts the text or follows a blank, or -1. */
    private static int untilWord(String rest) {
        int from = 0;
        while (true) {
            int u = rest.indexOf("until=", from);
            if (u < 0) return -1;
            if (u == 0 || Character.isWhitespace(rest.charAt(u - 1))) return u;
            from = u + 1;
        }
    }

    /** The end of a rule id ({@code [A-Za-z][A-Za-z0-9_.-]*}) starting at {@code i}, or -1 when none starts there. */
    private static int ruleId(String s, int i) {
        if (i >= s.length() || !isAsciiLetter(s.charAt(i))) return -1;
        int j = i + 1;
        while (j < s.length() && (isWordChar(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) j++;
        return j;
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    /** The reason after the rule ids, without a leading separator such as {@code --} or {@code :}. */
    private static String reason(String rest) {
        String reason = rest.strip();
        for (String separator : List.of("--", "-", ":", "\u2014")) {
            if (reason.startsWith(separator)) {
                reason = reason.substring(separator.length()).strip();
                break;
            }
        }
        return reason.isEmpty() ? null : reason;
    }
}
