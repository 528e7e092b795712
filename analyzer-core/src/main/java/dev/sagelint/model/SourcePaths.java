package dev.sagelint.model;

import java.nio.file.Path;

/** Path helpers shared by findings and reporters. */
public final class SourcePaths {
    private SourcePaths() {}

    /** The last path made relative, and the result: findings of one file come together, a few per file each. */
    private record Last(Path root, Path file, String relative) {}

    private static volatile Last last;

    /** {@code file} relative to {@code root} with forward slashes, or the absolute path when outside it. */
    public static String relative(Path root, Path file) {
        Last known = last;
        // The same path objects give the same answer (paths are immutable, and so is the working directory).
        if (known != null && known.root() == root && known.file() == file) return known.relative();
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        Path rel = abs.startsWith(r) ? r.relativize(abs) : abs;
        String relative = rel.toString().replace('\\', '/');
        last = new Last(root, file, relative);
        return relative;
    }
}
