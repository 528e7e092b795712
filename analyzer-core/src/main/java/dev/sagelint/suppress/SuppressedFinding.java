package dev.sagelint.suppress;

import dev.sagelint.rules.Finding;
import java.util.Objects;

/**
 * A finding that a {@link Suppression} silenced. It does not count for the exit code; SARIF keeps it with a
 * {@code suppressions} entry so that code scanning shows it as suppressed in source.
 *
 * @param finding     the finding
 * @param suppression what silenced it
 * @param inBaseline  whether the scan's baseline also holds it (for SARIF's {@code baselineState})
 */
public record SuppressedFinding(Finding finding, Suppression suppression, boolean inBaseline) {
    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(suppression, "suppression");
    }
}
