package dev.sagelint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a fixed file safely: never over a file that changed since it was read, never a half-written file. The new
 * text goes to a temporary file beside the original, which is then moved into place.
 */
final class FixWriter {

    /** What happened to one file. */
    enum Outcome {
        WRITTEN,
        READ_ONLY,
        CHANGED_ON_DISK,
        FAILED
    }

    record Result(Outcome outcome, String detail) {}

    private FixWriter() {}

    /**
     * Replaces {@code file}'s content {@code before} with {@code after}.
     *
     * @param before the content the fixes were computed on; when the file no longer holds it, nothing is written
     */
    static Result write(Path file, String before, String after) {
        if (!writable(file)) return new Result(Outcome.READ_ONLY, "the file is read-only");
        Path temp = null;
        try {
            if (!unchanged(file, before)) {
                return new Result(Outcome.CHANGED_ON_DISK, "the file changed on disk since sagelint read it");
            }
            Path dir = file.toAbsolutePath().getParent();
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".sagelint-fix");
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            copyPermissions(file, temp);
            if (!unchanged(file, before)) {
                return new Result(Outcome.CHANGED_ON_DISK, "the file changed on disk since sagelint read it");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return new Result(Outcome.WRITTEN, null);
        } catch (IOException | RuntimeException e) {
            return new Result(Outcome.FAILED, e instanceof IOException io ? ScanCommand.reason(io) : e.toString());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays behind; nothing else to do
                }
            }
        }
    }

    /** Writable, and not marked read-only by its owner (which a process running as root could still write). */
    private static boolean writable(Path file) {
        if (!Files.isWritable(file)) return false;
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null || view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean unchanged(Path file, String before) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(before);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) return;
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, permissions);
    }
}
