package dev.sagelint.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a front-end may know about the scan as a whole.
 *
 * @param root   the scan root, against which paths are reported
 * @param limits bounds that protect against hostile input
 * @param pool   the evaluation steps the whole scan may still spend, shared by the per-file {@link Budget}s
 */
public record ScanContext(Path root, Limits limits, Budget.Pool pool) {

    public ScanContext {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pool, "pool");
    }

    /** A context whose scan-wide step pool is full. */
    public ScanContext(Path root, Limits limits) {
        this(root, limits, new Budget.Pool(limits.maxStepsPerScan()));
    }

    /** A fresh budget for one file (or one unit: a template, a Terraform root module with the modules it calls). */
    public Budget budget() {
        return new Budget(limits, pool);
    }

    /**
     * Bounds on input size and shape, and on the work and memory evaluating one input may cost. README's "Limits"
     * section lists each with its default and the option that changes it.
     *
     * @param maxFileBytes       larger files are not read (a diagnostic says so)
     * @param maxNestingDepth    deeper YAML/JSON/HCL nesting is rejected
     * @param maxAliasesPerFile  YAML aliases beyond this are rejected (the "billion laughs" guard)
     * @param maxStepsPerFile    evaluation steps (expressions, intrinsic functions, elements and characters built)
     *                           one file may cost; beyond it values become unknown
     * @param maxStepsPerScan    evaluation steps all files together may cost
     * @param maxStringLength    longest string an evaluation may build, in characters
     * @param maxCollectionSize  most values one list or map an evaluation builds may hold, nested ones included
     * @param maxEvalDepth       deepest nesting of expressions an evaluation follows
     * @param maxInstances       most instances one Terraform {@code count} or {@code for_each} expands to
     * @param maxModuleDepth     deepest chain of local Terraform module calls followed
     * @param maxModuleInstances most module instances evaluated for one Terraform root module
     */
    public record Limits(
            long maxFileBytes,
            int maxNestingDepth,
            int maxAliasesPerFile,
            long maxStepsPerFile,
            long maxStepsPerScan,
            int maxStringLength,
            int maxCollectionSize,
            int maxEvalDepth,
            int maxInstances,
            int maxModuleDepth,
            int maxModuleInstances) {

        private static final Limits DEFAULTS = new Limits(
                64L * 1024 * 1024,
                200,
                500,
                2_000_000,
                50_000_000,
                4 * 1024 * 1024,
                1_000_000,
                50_000,
                1_000,
                16,
                1_000);

        public Limits {
            positive("maxFileBytes", maxFileBytes);
            positive("maxNestingDepth", maxNestingDepth);
            positive("maxAliasesPerFile", maxAliasesPerFile);
            positive("maxStepsPerFile", maxStepsPerFile);
            positive("maxStepsPerScan", maxStepsPerScan);
            positive("maxStringLength", maxStringLength);
            positive("maxCollectionSize", maxCollectionSize);
            positive("maxEvalDepth", maxEvalDepth);
            positive("maxInstances", maxInstances);
            positive("maxModuleDepth", maxModuleDepth);
            positive("maxModuleInstances", maxModuleInstances);
        }

        /** The default evaluation bounds with these input bounds. */
        public Limits(long maxFileBytes, int maxNestingDepth, int maxAliasesPerFile) {
            this(
                    maxFileBytes,
                    maxNestingDepth,
                    maxAliasesPerFile,
                    DEFAULTS.maxStepsPerFile,
                    DEFAULTS.maxStepsPerScan,
                    DEFAULTS.maxStringLength,
                    DEFAULTS.maxCollectionSize,
                    DEFAULTS.maxEvalDepth,
                    DEFAULTS.maxInstances,
                    DEFAULTS.maxModuleDepth,
                    DEFAULTS.maxModuleInstances);
        }

        public static Limits defaults() {
            return DEFAULTS;
        }

        /** These limits with the one named {@code name} (a {@link Limit} key) set to {@code value}. */
        public Limits with(Limit limit, long value) {
            long[] v = {
                maxFileBytes,
                maxNestingDepth,
                maxAliasesPerFile,
                maxStepsPerFile,
                maxStepsPerScan,
                maxStringLength,
                maxCollectionSize,
                maxEvalDepth,
                maxInstances,
                maxModuleDepth,
                maxModuleInstances
            };
            v[limit.ordinal()] = value;
            return new Limits(
                    v[0],
                    toInt(Limit.NESTING_DEPTH, v[1]),
                    toInt(Limit.ALIASES, v[2]),
                    v[3],
                    v[4],
                    toInt(Limit.STRING_LENGTH, v[5]),
                    toInt(Limit.COLLECTION_SIZE, v[6]),
                    toInt(Limit.EVAL_DEPTH, v[7]),
                    toInt(Limit.INSTANCES, v[8]),
                    toInt(Limit.MODULE_DEPTH, v[9]),
                    toInt(Limit.MODULE_INSTANCES, v[10]));
        }

        /** The value of one limit. */
        public long get(Limit limit) {
            return switch (limit) {
                case FILE_BYTES -> maxFileBytes;
                case NESTING_DEPTH -> maxNestingDepth;
                case ALIASES -> maxAliasesPerFile;
                case STEPS_PER_FILE -> maxStepsPerFile;
                case STEPS_PER_SCAN -> maxStepsPerScan;
                case STRING_LENGTH -> maxStringLength;
                case COLLECTION_SIZE -> maxCollectionSize;
                case EVAL_DEPTH -> maxEvalDepth;
                case INSTANCES -> maxInstances;
                case MODULE_DEPTH -> maxModuleDepth;
                case MODULE_INSTANCES -> maxModuleInstances;
            };
        }

        private static int toInt(Limit limit, long value) {
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(limit.key() + " must be at most " + Integer.MAX_VALUE);
            }
            return (int) value;
        }

        private static void positive(String name, long value) {
            if (value <= 0) throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    /**
     * Each limit by the name the configuration file ({@code limits:} section) and the command line
     * ({@code --limit NAME=VALUE}) give it, in the order of {@link Limits}' components.
     */
    public enum Limit {
        FILE_BYTES("file-bytes", "largest file read, in bytes"),
        NESTING_DEPTH("nesting-depth", "deepest YAML, JSON or HCL nesting read"),
        ALIASES("aliases", "most YAML aliases in one file"),
        STEPS_PER_FILE("steps-per-file", "evaluation steps one file may cost"),
        STEPS_PER_SCAN("steps-per-scan", "evaluation steps the whole scan may cost"),
        STRING_LENGTH("string-length", "longest string an evaluation builds, in characters"),
        COLLECTION_SIZE(
                "collection-size", "most values one list or map an evaluation builds holds, nested ones included"),
        EVAL_DEPTH("eval-depth", "deepest nesting of expressions evaluated"),
        INSTANCES("instances", "most instances of one Terraform count or for_each"),
        MODULE_DEPTH("module-depth", "deepest chain of local Terraform module calls followed"),
        MODULE_INSTANCES("module-instances", "most Terraform module instances per root module");

        private final String key;
        private final String description;

        Limit(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** The name in {@code .sagelint.yml} and on the command line, such as {@code steps-per-file}. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }

        /** Whether the limit is an {@code int} (all but the file size and the step counts are). */
        public boolean isInt() {
            return this != FILE_BYTES && this != STEPS_PER_FILE && this != STEPS_PER_SCAN;
        }

        /** The limit called {@code key}, or {@code null}. */
        public static Limit byKey(String key) {
            for (Limit l : values()) {
                if (l.key.equals(key)) return l;
            }
            return null;
        }
    }
}
