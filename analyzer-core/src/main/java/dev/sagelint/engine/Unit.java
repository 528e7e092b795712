package dev.sagelint.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one front-end analyzes at once: a single template, or a folder read as a whole.
 *
 * @param frontend the front-end that claimed it
 * @param primary  the file or folder that names the unit (used for ordering and messages)
 * @param files    every file the unit reads
 */
public record Unit(Frontend frontend, Path primary, List<Path> files) {
    public Unit {
        Objects.requireNonNull(frontend, "frontend");
        Objects.requireNonNull(primary, "primary");
        files = List.copyOf(files);
    }

    public static Unit of(Frontend frontend, Path file) {
        return new Unit(frontend, file, List.of(file));
    }
}
