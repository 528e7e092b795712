package dev.sagelint.report;

import dev.sagelint.model.SourcePaths;
import dev.sagelint.rules.Fix;
import java.nio.file.Path;

/** How every report spells the same things, so that the formats agree. */
public final class Labels {
    private Labels() {}

    /** {@code in-place} or {@code rebuild} (the resource is replaced). */
    public static String fix(Fix fix) {
        return switch (fix) {
            case IN_PLACE -> "in-place";
            case REPLACEMENT -> "rebuild";
        };
    }

    /** {@code file} relative to the scan root with forward slashes; absolute when outside it or without a root. */
    public static String path(Path root, Path file) {
        return root == null
                ? file.toAbsolutePath().normalize().toString().replace('\\', '/')
                : SourcePaths.relative(root, file);
    }
}
