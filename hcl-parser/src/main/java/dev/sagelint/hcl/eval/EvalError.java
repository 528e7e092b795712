package dev.sagelint.hcl.eval;

/**
 * An expression that Terraform itself would reject (a missing attribute, a wrong argument type). {@code try} and
 * {@code can} catch it; elsewhere it makes the value unknown, with the message as the reason.
 */
final class EvalError extends RuntimeException {
    EvalError(String message) {
        super(message, null, false, false);
    }
}
