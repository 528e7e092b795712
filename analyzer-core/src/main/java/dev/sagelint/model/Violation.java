package dev.sagelint.model;

import java.util.Objects;

/**
 * The answer of {@link Prop#violation}: a property that is, or may be, insecure.
 *
 * @param path      the property path in the source's spelling
 * @param fact      what is written or defaulted, in words ("`RootAccess` is not set, so it defaults to `Enabled`")
 * @param span      where to point: the offending value where written, else the enclosing resource
 * @param condition when it is insecure (condition {@code IsDev} holds), or {@code null} when it always is
 */
public record Violation(String path, String fact, Span span, Condition condition) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(span, "span");
    }

    public boolean isConditional() {
        return condition != null;
    }

    /** The condition in words, or {@code null} when it always is insecure. */
    public String conditionText() {
        return condition == null ? null : condition.words();
    }
}
