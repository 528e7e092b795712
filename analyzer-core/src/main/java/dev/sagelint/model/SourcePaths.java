package dev.sagelint.model;

import java.nio.file.Path;

/** Path helpers shared by findings and reporters. */
public final class SourcePaths {
    private SourcePaths() {}

    /** {@code file} relative to {@code root} with forward slashes, or the absolute path when outside it. */
    public static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        Path rel = abs.startsWith(r) ? r.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
