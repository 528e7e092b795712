package dev.sagelint.cli;

import dev.sagelint.rules.Severity;
import java.util.Locale;

/** The {@code --fail-on} threshold: a severity, or {@code none} to never fail on findings. */
enum FailOn {
    CRITICAL(Severity.CRITICAL),
    HIGH(Severity.HIGH),
    MEDIUM(Severity.MEDIUM),
    LOW(Severity.LOW),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity that fails the scan, or {@code null} for {@link #NONE}. */
    Severity threshold() {
        return threshold;
    }

    /** The spelling on the command line, which picocli also shows in help and error messages. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
