package dev.sagelint.report;

import dev.sagelint.model.SourcePaths;
import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Fix;
import java.nio.file.Path;

/** How every report spells the same things, so that the formats agree. */
public final class Labels {
    private Labels() {}

    /** {@code in-place} or {@code rebuild} (the resource is replaced). */
    public static String fix(Fix fix) {
        return switch (fix) {
            case IN_PLACE -> "in-place";
            case REPLACEMENT -> "rebuild";
        };
    }

    /**
     * {@code file} relative to the scan root with forward slashes ({@code .} for the root itself); absolute when
     * outside it or without a root.
     */
    public static String path(Path root, Path file) {
        String path = root == null
                ? file.toAbsolutePath().normalize().toString().replace('\\', '/')
                : SourcePaths.relative(root, file);
        return path.isEmpty() ? "." : path;
    }

    /**
     * What a related location of a finding is, in words: the resource's declaration (when the finding points at a
     * value written elsewhere), the value in the synthesized template (when it points at the CDK app line), or the
     * value (when it points at the resource).
     */
    public static String related(Finding finding, Span related) {
        if (related.equals(finding.resource().declaration())) {
            return "where `" + finding.resource().address() + "` is declared";
        }
        if (finding.resource().origin() != null) return "where the synthesized template declares it";
        return "where the value is written";
    }

    /** A position as the text report writes it: {@code path:line:col}. */
    public static String position(Path root, Span span) {
        return path(root, span.file()) + ":" + span.line() + ":" + span.column();
    }

    /**
     * Text from an input made inert for a report that a program renders (a GitHub log, a job summary): control
     * characters other than line breaks, and the Unicode controls that reorder text (bidirectional overrides and
     * isolates), are shown as {@code \xNN} or {@code \\uNNNN} instead of being passed on.
     */
    public static String inert(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r')
                    || (c >= 0x7f && c <= 0x9f)
                    || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e'
                    || c == '\u200f'
                    || c == '\u061c';
            if (control) {
                if (out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
                out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
