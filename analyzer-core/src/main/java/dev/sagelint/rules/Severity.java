package dev.sagelint.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How bad a finding is. The order is from most to least severe; {@link #atLeast} compares against a threshold.
 * The SARIF {@code security-severity} scores follow GitHub's bands (critical &gt; 9.0, high 7.0-8.9,
 * medium 4.0-6.9, low 0.1-3.9).
 */
public enum Severity {
    CRITICAL("9.5", "error"),
    HIGH("8.0", "error"),
    MEDIUM("5.5", "warning"),
    LOW("3.0", "note");

    private final String securitySeverity;
    private final String sarifLevel;

    Severity(String securitySeverity, String sarifLevel) {
        this.securitySeverity = securitySeverity;
        this.sarifLevel = sarifLevel;
    }

    /** The score GitHub code scanning reads from {@code properties.security-severity}. */
    public String securitySeverity() {
        return securitySeverity;
    }

    /** The SARIF {@code level} for a result of this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** Whether this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) return Optional.of(s);
        }
        return Optional.empty();
    }
}
