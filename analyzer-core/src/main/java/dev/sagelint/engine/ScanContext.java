package dev.sagelint.engine;

import java.nio.file.Path;

/**
 * What a front-end may know about the scan as a whole.
 *
 * @param root   the scan root, against which paths are reported
 * @param limits bounds that protect against hostile input
 */
public record ScanContext(Path root, Limits limits) {

    /**
     * Bounds on input size and shape.
     *
     * @param maxFileBytes        larger files are not read (a diagnostic says so)
     * @param maxNestingDepth     deeper YAML/JSON nesting is rejected
     * @param maxAliasesPerFile   YAML aliases beyond this are rejected (the "billion laughs" guard)
     */
    public record Limits(long maxFileBytes, int maxNestingDepth, int maxAliasesPerFile) {
        public static Limits defaults() {
            return new Limits(64L * 1024 * 1024, 200, 500);
        }
    }
}
