package dev.sagelint.cfn.cdk;

import dev.sagelint.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app source line that created a construct, from its {@code aws:cdk:creationStack} frames
 * ({@code "<anonymous> (/home/me/app/app.js:16:1)"}): the first frame outside {@code node_modules} whose file lies
 * under the scan root. A frame's path is absolute where the app was synthesized; when the assembly was synthesized
 * elsewhere (a committed {@code cdk.out}), the longest tail of the path that exists beside the assembly is used.
 */
final class CreationStack {

    private static final Pattern FRAME = Pattern.compile("(?:\\(|^|\\s)([^()\\s][^()]*?):(\\d+):(\\d+)\\)?$");

    private CreationStack() {}

    static Optional<Span> sourceLine(List<String> frames, Path assemblyDir, Path root) {
        for (String frame : frames) {
            Matcher m = FRAME.matcher(frame.strip());
            if (!m.find()) continue;
            String file = m.group(1).replace('\\', '/');
            if (file.contains("/node_modules/") || file.startsWith("node:") || file.startsWith("internal/")) continue;
            Optional<Path> local = locate(file, assemblyDir, root);
            if (local.isEmpty()) continue;
            int line = Integer.parseInt(m.group(2));
            int column = Integer.parseInt(m.group(3));
            if (line < 1) continue;
            return Optional.of(Span.at(local.get(), line, Math.max(1, column)));
        }
        return Optional.empty();
    }

    private static Optional<Path> locate(String file, Path assemblyDir, Path root) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        try {
            Path direct = Path.of(file).toAbsolutePath().normalize();
            if (direct.startsWith(normalizedRoot) && Files.isRegularFile(direct)) return Optional.of(direct);
        } catch (RuntimeException e) {
            // not a path on this system; try its tail below
        }
        String[] parts = file.split("/");
        Path base = assemblyDir.toAbsolutePath().normalize().getParent();
        for (int start = 0; start < parts.length && base != null; start++) {
            if (parts[start].isEmpty()) continue;
            Path candidate = base.resolve(String.join("/", java.util.Arrays.copyOfRange(parts, start, parts.length)))
                    .normalize();
            if (candidate.startsWith(normalizedRoot) && Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
