package dev.sagelint.engine;

import dev.sagelint.engine.ScanContext.Limit;
import dev.sagelint.engine.ScanContext.Limits;
import dev.sagelint.model.Span;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What evaluating one file may still cost: steps, nesting depth, and the size of each string and collection it
 * builds, within {@link Limits}. Every evaluator (Terraform expressions, CloudFormation intrinsics, embedded
 * workflow definitions) draws from one budget per file; its steps also come out of the scan-wide {@link Pool}.
 * Running out throws {@link Exceeded}, which the evaluator turns into an unknown value and a
 * {@link DiagnosticCode#LIMIT_EXCEEDED} diagnostic, never a crash.
 *
 * <p>A budget belongs to one thread (the one analyzing its file); the pool is shared.
 */
public final class Budget {

    /** Steps taken from the scan-wide pool at a time, so that threads seldom touch the shared counter. */
    private static final int CHUNK = 4096;

    private final Limits limits;
    private final Pool pool;
    private long steps;
    private long reserved;
    private int depth;

    Budget(Limits limits, Pool pool) {
        this.limits = limits;
        this.pool = pool;
    }

    /** A budget with a scan-wide pool of its own, for a file read outside a scan (a fix, a test). */
    public static Budget of(Limits limits) {
        return new Budget(limits, new Pool(limits.maxStepsPerScan()));
    }

    public Limits limits() {
        return limits;
    }

    /** Spends one step. */
    public void step() {
        steps(1);
    }

    /** Spends {@code n} steps. */
    public void steps(long n) {
        steps += n;
        if (steps > limits.maxStepsPerFile()) {
            throw new Exceeded(
                    Limit.STEPS_PER_FILE,
                    "evaluating this file takes more than " + limits.maxStepsPerFile() + " steps");
        }
        while (steps > reserved) {
            if (!pool.take(CHUNK)) {
                throw new Exceeded(
                        Limit.STEPS_PER_SCAN,
                        "the scan as a whole takes more than " + limits.maxStepsPerScan() + " evaluation steps");
            }
            reserved += CHUNK;
        }
    }

    /** The steps spent so far. */
    public long spent() {
        return steps;
    }

    /**
     * Checks that a string of {@code length} characters may be built, and pays for building it (a step per 16
     * characters, so that many strings just under the limit still run out).
     */
    public void string(long length) {
        if (length > limits.maxStringLength()) {
            throw new Exceeded(
                    Limit.STRING_LENGTH,
                    "a string would be " + length + " characters long, more than the limit of "
                            + limits.maxStringLength());
        }
        steps(1 + length / 16);
    }

    /**
     * Checks that a list or map holding {@code size} values, nested ones included, may be built, and pays a step
     * per element it holds directly ({@code elements}).
     */
    public void collection(long elements, long size) {
        if (size > limits.maxCollectionSize()) {
            throw new Exceeded(
                    Limit.COLLECTION_SIZE,
                    "a list or map would hold " + size + " values, more than the limit of "
                            + limits.maxCollectionSize());
        }
        steps(1 + elements);
    }

    /** Checks that a list or map of {@code size} elements, none nested, may be built, and pays for them. */
    public void collection(long size) {
        collection(size, size);
    }

    /** Enters one level of nesting and spends a step; pair with {@link #leave()} in a {@code finally}. */
    public void enter() {
        if (depth >= limits.maxEvalDepth()) {
            throw new Exceeded(
                    Limit.EVAL_DEPTH, "expressions are nested more than " + limits.maxEvalDepth() + " levels deep");
        }
        depth++;
        step();
    }

    public void leave() {
        depth--;
    }

    /** The evaluation steps the whole scan may still spend, shared by every file's budget. */
    public static final class Pool {
        private final AtomicLong left;

        public Pool(long steps) {
            this.left = new AtomicLong(steps);
        }

        boolean take(long n) {
            return left.addAndGet(-n) >= 0;
        }
    }

    /**
     * A limit ran out. Not an error of the input's language: {@code try}, {@code can} and their kind do not catch
     * it. The evaluator that meets it first records where ({@link #locate}).
     */
    public static final class Exceeded extends RuntimeException {
        private final Limit limit;
        private Span at;

        private final String consequence;

        /** A limit ran out while evaluating a value: it becomes unknown, and so do the values that use it. */
        public Exceeded(Limit limit, String message) {
            this(limit, message, "; that value and those computed from it are unknown");
        }

        /**
         * A limit ran out, with what follows from it in words ({@code "; only the first 1000 are analyzed"}), for the
         * diagnostic.
         */
        public Exceeded(Limit limit, String message, String consequence) {
            super(message, null, false, false);
            this.limit = limit;
            this.consequence = consequence;
        }

        public Limit limit() {
            return limit;
        }

        /** Where evaluation was when the limit ran out, or {@code null} when not known. */
        public Span at() {
            return at;
        }

        /** Records {@code span} as where the limit ran out, unless a deeper evaluation already did. */
        public Exceeded locate(Span span) {
            if (at == null && span != null) at = span;
            return this;
        }

        /**
         * The diagnostic for this limit in {@code file} (the file evaluation was in when no span is known): what
         * ran out, the option that raises it, and that the values from there on are unknown.
         */
        public Diagnostic diagnostic(java.nio.file.Path file) {
            java.nio.file.Path where = at != null && at.file() != null ? at.file() : file;
            return Diagnostic.error(
                    DiagnosticCode.LIMIT_EXCEEDED,
                    getMessage() + consequence + " (limit " + limit.key() + ")",
                    where,
                    at != null ? at.line() : 0,
                    at != null ? at.column() : 0);
        }
    }
}
