package dev.sagelint.cfn.cdk;

import dev.sagelint.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app source line that created a construct, from its {@code aws:cdk:creationStack} frames
 * ({@code "<anonymous> (/home/me/app/app.js:16:1)"}): the first frame outside {@code node_modules} whose file lies
 * under the scan root. A frame's path is absolute where the app was synthesized; when the assembly was synthesized
 * elsewhere (a committed {@code cdk.out}), the longest tail of the path that exists beside the assembly is used.
 */
final class CreationStack {

    /** Longer frames are skipped: no file system takes a path this long (Linux's PATH_MAX is 4,096). */
    static final int MAX_FRAME_LENGTH = 8192;

    /** How many trailing parts of a frame's path are tried beside the assembly. */
    private static final int MAX_PATH_PARTS = 64;

    private CreationStack() {}

    /** A frame's file and position. */
    record Frame(String file, int line, int column) {}

    static Optional<Span> sourceLine(List<String> frames, Path assemblyDir, Path root) {
        for (String text : frames) {
            Optional<Frame> frame = parse(text);
            if (frame.isEmpty()) continue;
            String file = frame.get().file().replace('\\', '/');
            if (file.contains("/node_modules/") || file.startsWith("node:") || file.startsWith("internal/")) continue;
            Optional<Path> local = locate(file, assemblyDir, root);
            if (local.isEmpty()) continue;
            return Optional.of(
                    Span.at(local.get(), frame.get().line(), frame.get().column()));
        }
        return Optional.empty();
    }

    /**
     * Splits a frame such as {@code "<anonymous> (/home/me/app.js:16:1)"} or {@code "/home/me/app.js:16:1"} into
     * its file, line and column, in one pass from the end: the file is what follows the last opening parenthesis
     * (or the whole frame). A frame without a position, a line below 1, or a number beyond the {@code int} range
     * gives nothing.
     */
    static Optional<Frame> parse(String raw) {
        if (raw.length() > MAX_FRAME_LENGTH) return Optional.empty();
        String frame = raw.strip();
        int end = frame.endsWith(")") ? frame.length() - 1 : frame.length();
        int columnStart = digitsBefore(frame, end);
        if (columnStart < 0 || columnStart == 0 || frame.charAt(columnStart - 1) != ':') return Optional.empty();
        int lineEnd = columnStart - 1;
        int lineStart = digitsBefore(frame, lineEnd);
        if (lineStart <= 0 || frame.charAt(lineStart - 1) != ':') return Optional.empty();
        int fileEnd = lineStart - 1;
        int open = frame.lastIndexOf('(', fileEnd - 1);
        int fileStart = open + 1;
        String file = frame.substring(fileStart, fileEnd);
        if (file.isEmpty() || file.indexOf(')') >= 0 || Character.isWhitespace(file.charAt(0))) return Optional.empty();
        long line = number(frame, lineStart, lineEnd);
        long column = number(frame, columnStart, end);
        if (line < 1 || line > Integer.MAX_VALUE || column > Integer.MAX_VALUE) return Optional.empty();
        return Optional.of(new Frame(file, (int) line, (int) Math.max(1, column)));
    }

    /** The start of the run of digits that ends at {@code end}, or -1 when there is none. */
    private static int digitsBefore(String text, int end) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') i--;
        return i == end ? -1 : i;
    }

    /** The decimal number in {@code [from, to)}, or {@link Long#MAX_VALUE} when it has more than 18 digits. */
    private static long number(String text, int from, int to) {
        if (to - from > 18) return Long.MAX_VALUE;
        return Long.parseLong(text, from, to, 10);
    }

    private static Optional<Path> locate(String file, Path assemblyDir, Path root) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        try {
            Path direct = Path.of(file).toAbsolutePath().normalize();
            if (isSourceUnder(direct, normalizedRoot)) return Optional.of(direct);
        } catch (RuntimeException e) {
            // not a path on this system; try its tail below
        }
        String[] parts = file.split("/");
        Path base = assemblyDir.toAbsolutePath().normalize().getParent();
        // The tails of a path with absurdly many parts are not tried: no app lies that deep.
        for (int start = Math.max(0, parts.length - MAX_PATH_PARTS); start < parts.length && base != null; start++) {
            if (parts[start].isEmpty()) continue;
            try {
                Path candidate = base.resolve(
                                String.join("/", java.util.Arrays.copyOfRange(parts, start, parts.length)))
                        .normalize();
                if (isSourceUnder(candidate, normalizedRoot)) return Optional.of(candidate);
            } catch (RuntimeException e) {
                // a part that is not a path on this system
            }
        }
        return Optional.empty();
    }

    /** A regular file under the scan root, also once symbolic links are resolved. */
    private static boolean isSourceUnder(Path candidate, Path root) {
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) return false;
        try {
            return candidate.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
