package dev.sagelint.suppress;

import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A user's decision that a rule does not apply somewhere, written in the source: a
 * {@code # sagelint:ignore SageMaker.3 reason} comment (Terraform, YAML), or an entry in a CloudFormation resource's
 * {@code Metadata: {sagelint: {ignore: [{rule: SageMaker.3, reason: ...}]}}}. A suppression without a reason
 * suppresses nothing: the engine reports it instead.
 *
 * @param kind            where it is written
 * @param ruleId          the rule it silences, as written
 * @param justification   the reason, or {@code null} / blank when none is given
 * @param at              where it is written
 * @param targetLine      for a comment, the line it applies to in {@code at}'s file (its own line when it follows
 *                        code, else the next line that is not a comment); 0 for metadata
 * @param resourceAddress for metadata, the address of the resource it belongs to; else {@code null}
 * @param until           the last day it suppresses ({@code until=2026-12-31}), or {@code null} when it does not
 *                        expire
 */
public record Suppression(
        Kind kind,
        String ruleId,
        String justification,
        Span at,
        int targetLine,
        String resourceAddress,
        LocalDate until) {

    /** Where a suppression is written. */
    public enum Kind {
        /** A {@code sagelint:ignore} comment. */
        COMMENT,
        /** A CloudFormation resource's {@code Metadata}. */
        METADATA
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(at, "at");
    }

    /** A comment at {@code at} that applies to line {@code targetLine} of the same file. */
    public static Suppression comment(String ruleId, String justification, Span at, int targetLine) {
        return new Suppression(Kind.COMMENT, ruleId, justification, at, targetLine, null, null);
    }

    /** This suppression, suppressing up to and including {@code lastDay} ({@code null}: for ever). */
    public Suppression until(LocalDate lastDay) {
        return new Suppression(kind, ruleId, justification, at, targetLine, resourceAddress, lastDay);
    }

    /** Whether its {@code until} date lies before {@code today}, so that it no longer suppresses. */
    public boolean expired(LocalDate today) {
        return until != null && until.isBefore(today);
    }

    /** A metadata entry at {@code at} that applies to the resource {@code resourceAddress} of the same file. */
    public static Suppression metadata(String ruleId, String justification, Span at, String resourceAddress) {
        return new Suppression(
                Kind.METADATA,
                ruleId,
                justification,
                at,
                0,
                Objects.requireNonNull(resourceAddress, "resourceAddress"),
                null);
    }

    /** Whether a reason is given; without one, the suppression has no effect. */
    public boolean hasReason() {
        return justification != null && !justification.isBlank();
    }

    /**
     * Whether this suppression silences {@code finding}: the rule matches and, for a comment, it applies to the
     * line the finding points at or to the resource's declaration; for metadata, the finding is about its resource.
     */
    public boolean covers(Finding finding) {
        if (!ruleId.equalsIgnoreCase(finding.rule().id())) return false;
        Span declaration = finding.resource().declaration();
        return switch (kind) {
            case COMMENT ->
                (sameFile(finding.location()) && finding.location().line() == targetLine)
                        || (sameFile(declaration) && declaration.line() == targetLine);
            case METADATA -> resourceAddress.equals(finding.resource().address()) && sameFile(declaration);
        };
    }

    private boolean sameFile(Span span) {
        return span.file()
                .toAbsolutePath()
                .normalize()
                .equals(at.file().toAbsolutePath().normalize());
    }
}
