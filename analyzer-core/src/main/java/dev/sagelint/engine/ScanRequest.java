package dev.sagelint.engine;

import dev.sagelint.rules.RuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One scan, as the CLI or the Maven plugin asks for it.
 *
 * @param paths       files and folders to scan
 * @param root        the folder reported paths are relative to; {@code null} to derive it from the paths
 * @param ruleContext rule parameters
 * @param limits      input bounds
 * @param filter      which files found by walking a folder are scanned (files given explicitly always are)
 * @param settings    rule selection, severities, excludes, baseline (usually from {@code .sagelint.yml})
 * @param frontendOptions options for the front-ends by name, such as Terraform variable files; the engine checks
 *                    them against what the front-ends declare ({@link Scanner#check})
 * @param workers     how many threads read and check units at once; 0 for one per processor. The result is the same
 *                    whatever the number
 * @param keepResources whether {@link ScanResult#resources()} lists every resource read; a shell whose reports do
 *                    not need them (only the JUnit report lists resources without findings) turns it off, so that
 *                    the scan's memory does not grow with the number of files
 */
public record ScanRequest(
        List<Path> paths,
        Path root,
        RuleContext ruleContext,
        ScanContext.Limits limits,
        PathFilter filter,
        ScanSettings settings,
        FrontendOptions frontendOptions,
        int workers,
        boolean keepResources) {
    public ScanRequest {
        paths = List.copyOf(paths);
        Objects.requireNonNull(ruleContext, "ruleContext");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(frontendOptions, "frontendOptions");
        if (workers < 0)
            throw new IllegalArgumentException("workers must be 0 (one per processor) or more: " + workers);
    }

    /** A request with one worker per processor that keeps every resource. */
    public ScanRequest(
            List<Path> paths,
            Path root,
            RuleContext ruleContext,
            ScanContext.Limits limits,
            PathFilter filter,
            ScanSettings settings,
            FrontendOptions frontendOptions) {
        this(paths, root, ruleContext, limits, filter, settings, frontendOptions, 0, true);
    }

    /** A request without front-end options. */
    public ScanRequest(
            List<Path> paths,
            Path root,
            RuleContext ruleContext,
            ScanContext.Limits limits,
            PathFilter filter,
            ScanSettings settings) {
        this(paths, root, ruleContext, limits, filter, settings, FrontendOptions.none());
    }

    /** A request with the default {@link ScanSettings}. */
    public ScanRequest(
            List<Path> paths, Path root, RuleContext ruleContext, ScanContext.Limits limits, PathFilter filter) {
        this(paths, root, ruleContext, limits, filter, ScanSettings.defaults());
    }

    /** A request that scans every file found under {@code paths}. */
    public ScanRequest(List<Path> paths, Path root, RuleContext ruleContext, ScanContext.Limits limits) {
        this(paths, root, ruleContext, limits, PathFilter.all());
    }

    public static ScanRequest of(List<Path> paths) {
        return new ScanRequest(paths, null, RuleContext.defaults(), ScanContext.Limits.defaults());
    }

    public ScanRequest withRoot(Path newRoot) {
        return new ScanRequest(
                paths, newRoot, ruleContext, limits, filter, settings, frontendOptions, workers, keepResources);
    }

    /** This request with {@code newFilter} choosing the files found by walking folders. */
    public ScanRequest withFilter(PathFilter newFilter) {
        return new ScanRequest(
                paths, root, ruleContext, limits, newFilter, settings, frontendOptions, workers, keepResources);
    }

    /** This request with other rule parameters. */
    public ScanRequest withRuleContext(RuleContext newRuleContext) {
        return new ScanRequest(
                paths, root, newRuleContext, limits, filter, settings, frontendOptions, workers, keepResources);
    }

    /** This request with other {@link ScanSettings}. */
    public ScanRequest withSettings(ScanSettings newSettings) {
        return new ScanRequest(
                paths, root, ruleContext, limits, filter, newSettings, frontendOptions, workers, keepResources);
    }

    /** This request with other limits. */
    public ScanRequest withLimits(ScanContext.Limits newLimits) {
        return new ScanRequest(
                paths, root, ruleContext, newLimits, filter, settings, frontendOptions, workers, keepResources);
    }

    /** This request with other front-end options. */
    public ScanRequest withFrontendOptions(FrontendOptions newOptions) {
        return new ScanRequest(paths, root, ruleContext, limits, filter, settings, newOptions, workers, keepResources);
    }

    /** This request with other paths to scan. */
    public ScanRequest withPaths(List<Path> newPaths) {
        return new ScanRequest(
                newPaths, root, ruleContext, limits, filter, settings, frontendOptions, workers, keepResources);
    }

    /** This request with {@code count} worker threads (0: one per processor); the result does not depend on it. */
    public ScanRequest withWorkers(int count) {
        return new ScanRequest(
                paths, root, ruleContext, limits, filter, settings, frontendOptions, count, keepResources);
    }

    /** This request keeping, or not, every resource read in {@link ScanResult#resources()}. */
    public ScanRequest withKeepResources(boolean keep) {
        return new ScanRequest(paths, root, ruleContext, limits, filter, settings, frontendOptions, workers, keep);
    }

    /** The number of worker threads this request asks for, with 0 resolved to the number of processors. */
    public int effectiveWorkers() {
        return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The folder reported paths are relative to: {@link #root()} when given, else the working directory when every
     * path lies inside it, else the deepest folder that holds every path. {@code .sagelint.yml} is looked up here.
     */
    public Path effectiveRoot() {
        return root != null ? root.toAbsolutePath().normalize() : FileDiscovery.deriveRoot(paths, Path.of(""));
    }

    /**
     * Whether a file lies in what this request names: one of its files, or a file below one of its folders. When a
     * request names files (as a pre-commit hook does), a front-end may read their siblings for context (a
     * Terraform module is a folder), but only findings in the named files are reported.
     */
    public Predicate<Path> scope() {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path p : paths) {
            Path absolute = p.toAbsolutePath().normalize();
            (Files.isDirectory(absolute) ? folders : files).add(absolute);
        }
        return file -> {
            Path absolute = file.toAbsolutePath().normalize();
            return files.contains(absolute) || folders.stream().anyMatch(absolute::startsWith);
        };
    }
}
