package dev.sagelint.fix;

import dev.sagelint.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What sagelint can do about one finding, computed against the file as scanned. The {@code fix} command, SARIF
 * {@code fixes} and Markdown suggestions all read these.
 *
 * @param finding      the finding
 * @param kind         whether it is an edit, advice, a value the user must give, or nothing sagelint can write
 * @param description  the fix in words ("Set `RootAccess` to `Disabled`."), or why it cannot be written
 * @param replacements the edits by line and column of the scanned file; empty unless {@link Kind#EDIT}
 * @param suggestion   the finding's lines as they read after the edit, for a review suggestion; {@code null}
 *                     unless {@link Kind#EDIT}
 * @param sourceDigest the {@linkplain Fixer#digest(String) digest} of the file's text the replacements were
 *                     computed on, so that a writer can tell whether the file changed since; {@code null} unless
 *                     {@link Kind#EDIT}
 */
public record ProposedFix(
        Finding finding,
        Kind kind,
        String description,
        List<Replacement> replacements,
        Suggestion suggestion,
        String sourceDigest) {

    public ProposedFix {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        replacements = List.copyOf(replacements);
    }

    /** A proposal that edits nothing (advice, a value the user must give, or nothing sagelint can write). */
    public ProposedFix(Finding finding, Kind kind, String description) {
        this(finding, kind, description, List.of(), null, null);
    }

    /** This proposal with another description. */
    public ProposedFix withDescription(String text) {
        return new ProposedFix(finding, kind, text, replacements, suggestion, sourceDigest);
    }

    /** What a fix is. */
    public enum Kind {
        /** sagelint writes it: a literal secure value, in the file the finding points at. */
        EDIT,
        /** The user applies it by hand where sagelint points (a CDK app's source). */
        ADVICE,
        /** The fix is a value only the user knows (a KMS key, a subnet). */
        NEEDS_VALUE,
        /** Nothing sagelint can write: the value is computed, conditional, or lives in a generated file. */
        NOT_FIXABLE
    }

    /** Whether applying it replaces the resource. */
    public boolean replacesResource() {
        return finding.rule().fix() == dev.sagelint.rules.Fix.REPLACEMENT;
    }

    /**
     * One replacement by 1-based line and column, the end exclusive (as SARIF regions): an insertion has an empty
     * region.
     */
    public record Replacement(int startLine, int startColumn, int endLine, int endColumn, String text) {}

    /** Lines {@code startLine} to {@code endLine} of the scanned file, as they read after the fix. */
    public record Suggestion(int startLine, int endLine, String text) {}
}
