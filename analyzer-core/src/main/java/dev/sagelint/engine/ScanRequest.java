package dev.sagelint.engine;

import dev.sagelint.rules.RuleContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One scan, as the CLI or the Maven plugin asks for it.
 *
 * @param paths       files and folders to scan
 * @param root        the folder reported paths are relative to; {@code null} to derive it from the paths
 * @param ruleContext rule parameters
 * @param limits      input bounds
 */
public record ScanRequest(List<Path> paths, Path root, RuleContext ruleContext, ScanContext.Limits limits) {
    public ScanRequest {
        paths = List.copyOf(paths);
        Objects.requireNonNull(ruleContext, "ruleContext");
        Objects.requireNonNull(limits, "limits");
    }

    public static ScanRequest of(List<Path> paths) {
        return new ScanRequest(paths, null, RuleContext.defaults(), ScanContext.Limits.defaults());
    }

    public ScanRequest withRoot(Path newRoot) {
        return new ScanRequest(paths, newRoot, ruleContext, limits);
    }
}
