package dev.sagelint.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the scan paths and lists candidate files. Skips folders that never hold a user's own infrastructure code
 * ({@code .git}, {@code node_modules}, {@code .terraform}) and does not follow symbolic links to folders.
 */
final class FileDiscovery {

    static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", ".terraform");

    /**
     * The files found, with their sizes as the folder listing gave them (no file is opened), and diagnostics for
     * paths that could not be read.
     */
    record Found(Set<Path> files, Map<Path, Long> sizes, List<Diagnostic> diagnostics) {
        /** The size of a found file in bytes. */
        long size(Path file) {
            Long size = sizes.get(file);
            return size == null ? 0 : size;
        }
    }

    private FileDiscovery() {}

    static Found discover(List<Path> paths) {
        return discover(paths, PathFilter.all());
    }

    /** As {@link #discover(List)}, keeping only the walked files {@code filter} accepts; given files are kept. */
    static Found discover(List<Path> paths, PathFilter filter) {
        // Collected as walked and sorted once at the end, rather than kept sorted file by file.
        List<Path> walked = new ArrayList<>();
        Map<Path, Long> sizes = new HashMap<>();
        boolean everything = filter.keepsEverything();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path given : paths) {
            Path start = given.toAbsolutePath().normalize();
            if (!Files.exists(start)) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.PATH_NOT_FOUND, "no such file or directory: " + given, start, 0, 0));
                continue;
            }
            if (!Files.isDirectory(start)) {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(start, BasicFileAttributes.class);
                    if (attrs.isRegularFile()) {
                        walked.add(start);
                        sizes.put(start, attrs.size());
                    } else {
                        diagnostics.add(Diagnostic.error(
                                DiagnosticCode.IO_ERROR,
                                "not a regular file (a device, a pipe or a socket); not analyzed",
                                start,
                                0,
                                0));
                    }
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error(
                            DiagnosticCode.IO_ERROR, "cannot read " + given + ": " + e.getMessage(), start, 0, 0));
                }
                continue;
            }
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        if (!dir.equals(start)
                                && name != null
                                && (SKIPPED_DIRECTORIES.contains(name.toString())
                                        || filter.prunes(relative(start, dir)))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && (everything || filter.accepts(relative(start, file)))) {
                            Path normal = file.normalize();
                            walked.add(normal);
                            sizes.put(normal, attrs.size());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        diagnostics.add(Diagnostic.error(
                                DiagnosticCode.IO_ERROR, "cannot read " + file + ": " + e.getMessage(), file, 0, 0));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.IO_ERROR, "cannot read " + given + ": " + e.getMessage(), start, 0, 0));
            }
        }
        walked.sort(null);
        Set<Path> files = new LinkedHashSet<>();
        files.addAll(walked);
        return new Found(files, sizes, diagnostics);
    }

    private static String relative(Path start, Path path) {
        return start.relativize(path).toString().replace('\\', '/');
    }

    /**
     * The folder that reported paths are relative to: the working directory when every path lies inside it, else
     * the deepest folder that contains every path.
     */
    static Path deriveRoot(List<Path> paths, Path workingDirectory) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        List<Path> abs = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (abs.isEmpty() || abs.stream().allMatch(p -> p.startsWith(cwd))) return cwd;
        Path common = null;
        for (Path p : abs) {
            Path dir = Files.isDirectory(p) ? p : p.getParent();
            if (dir == null) dir = p;
            if (common == null) {
                common = dir;
            } else {
                while (!dir.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common;
    }
}
