package dev.sagelint.suppress;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code sagelint:ignore} comments in any source with {@code #} or {@code //} line comments (YAML, HCL),
 * without knowing its syntax, so that every front-end gets inline suppressions for free:
 * <pre>
 * # sagelint:ignore SageMaker.3 the image needs root to install drivers     (applies to the next line)
 * root_access = "Enabled"  # sagelint:ignore SageMaker.3 reason              (applies to its own line)
 * # sagelint:ignore SageMaker.1,SageMaker.2 reason                           (several rules)
 * # sagelint:ignore SageMaker.3 until=2026-12-31 reason                      (suppresses up to that day)
 * </pre>
 * A comment on a line of its own applies to the next line that is not itself a comment, so that several
 * suppressions can be stacked above one resource or attribute. JSON has no comments, so {@code .json} files are
 * not read.
 */
final class CommentSuppressions {

    /** The comment marker, preceded by the start of the line or a space so that {@code a#b} in a value is ignored. */
    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)(?:#|//)\\s*sagelint:ignore\\b(.*)$");

    private static final Pattern RULES = Pattern.compile("\\s*([A-Za-z][\\w.-]*(?:\\s*,\\s*[A-Za-z][\\w.-]*)*)(.*)");
    /** The expiry date, a word of its own anywhere after the rule ids: {@code until=2026-12-31}. */
    private static final Pattern UNTIL = Pattern.compile("(?:^|\\s)until=(\\S*)");

    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*(?:#|//).*");

    /** The suppressions and the malformed comments of one file. */
    record Found(List<Suppression> suppressions, List<Diagnostic> diagnostics) {}

    private CommentSuppressions() {}

    static boolean readable(Path file) {
        Path name = file.getFileName();
        return name != null && !name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads {@code file}; a file that cannot be read yields nothing (its front-end has reported why). */
    static Found read(Path file) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) return new Found(List.of(), List.of());
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return new Found(List.of(), List.of());
        }
        return find(file, lines);
    }

    static Found find(Path file, List<String> lines) {
        List<Suppression> suppressions = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("sagelint:ignore")) continue;
            Matcher comment = COMMENT.matcher(line);
            if (!comment.find()) continue;
            int column = comment.start() + (Character.isWhitespace(line.charAt(comment.start())) ? 2 : 1);
            Span at = new Span(file, i + 1, column, i + 1, line.length() + 1);
            Matcher rules = RULES.matcher(comment.group(1));
            if (comment.group(1).isBlank() || !rules.matches()) {
                diagnostics.add(Diagnostic.warning(
                        DiagnosticCode.INVALID_SUPPRESSION,
                        "'sagelint:ignore' names no rule; " + "write '# sagelint:ignore SageMaker.N reason'",
                        file,
                        i + 1,
                        column));
                continue;
            }
            String rest = rules.group(2);
            LocalDate until = null;
            Matcher expiry = UNTIL.matcher(rest);
            if (expiry.find()) {
                try {
                    until = LocalDate.parse(expiry.group(1));
                } catch (DateTimeParseException e) {
                    diagnostics.add(Diagnostic.warning(
                            DiagnosticCode.INVALID_SUPPRESSION,
                            "'until=" + expiry.group(1) + "' is not a date; write until=YYYY-MM-DD, such as "
                                    + "until=2026-12-31",
                            file,
                            i + 1,
                            column));
                    continue;
                }
                rest = rest.substring(0, expiry.start()) + " " + rest.substring(expiry.end());
            }
            String reason = reason(rest);
            int target = COMMENT_LINE.matcher(line).matches() ? nextCodeLine(lines, i) : i + 1;
            for (String ruleId : rules.group(1).split("\\s*,\\s*")) {
                suppressions.add(Suppression.comment(ruleId, reason, at, target).until(until));
            }
        }
        return new Found(suppressions, diagnostics);
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

    /** The 1-based number of the first line after {@code index} that is not a comment, or 0 when none follows. */
    private static int nextCodeLine(List<String> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            if (!COMMENT_LINE.matcher(lines.get(j)).matches()) return j + 1;
        }
        return 0;
    }
}
