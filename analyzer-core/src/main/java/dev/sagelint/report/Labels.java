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
}
