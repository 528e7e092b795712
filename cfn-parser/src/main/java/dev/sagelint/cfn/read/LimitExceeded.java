package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;

/** Stops building a tree when a limit is reached; it never leaves the reader. */
final class LimitExceeded extends RuntimeException {

    private final transient Diagnostic diagnostic;

    LimitExceeded(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
