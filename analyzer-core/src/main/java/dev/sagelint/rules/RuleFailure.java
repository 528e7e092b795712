package dev.sagelint.rules;

import dev.sagelint.engine.DiagnosticCode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A rule that could not decide on one resource for a reason that lies in its definition rather than in sagelint
 * (a custom policy that divides by zero). The engine turns it into a diagnostic at {@code file}:{@code line} (the
 * policy, not the template) and goes on with the other rules and resources.
 */
public final class RuleFailure extends RuntimeException {

    private final DiagnosticCode code;
    private final transient Path file;
    private final int line;
    private final int column;

    public RuleFailure(DiagnosticCode code, String message, Path file, int line, int column) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public DiagnosticCode code() {
        return code;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
