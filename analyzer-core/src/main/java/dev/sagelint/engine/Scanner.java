package dev.sagelint.engine;

import dev.sagelint.fix.Fixer;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleFailure;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import dev.sagelint.suppress.Suppression;
import dev.sagelint.suppress.Triage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * The scan engine: discovers files, lets the front-ends claim and read them (in parallel), runs every rule on
 * every resource, and returns findings and diagnostics in a deterministic order.
 */
public final class Scanner {

    private final List<Frontend> frontends;
    private final List<Rule> rules;
    private final List<FrontendOption> options;

    /**
     * @throws IllegalArgumentException when two front-ends declare an option of the same name with different kinds
     */
    public Scanner(List<Frontend> frontends, List<Rule> rules) {
        this.frontends = frontends.stream()
                .sorted(Comparator.comparingInt(Frontend::priority).thenComparing(Frontend::name))
                .toList();
        this.rules = List.copyOf(rules);
        Map<String, FrontendOption> declared = new TreeMap<>();
        for (Frontend frontend : this.frontends) {
            for (FrontendOption option : frontend.options()) {
                FrontendOption earlier = declared.putIfAbsent(option.name(), option);
                if (earlier != null && earlier.kind() != option.kind()) {
                    throw new IllegalArgumentException("front-end " + frontend.name() + " declares option "
                            + option.name() + " as " + option.kind() + ", another front-end as " + earlier.kind());
                }
            }
        }
        this.options = List.copyOf(declared.values());
    }

    /** A scanner with every front-end on the class path and every rule of the catalog. */
    public static Scanner withInstalledFrontends() {
        List<Frontend> found = new ArrayList<>();
        ServiceLoader.load(Frontend.class, Scanner.class.getClassLoader()).forEach(found::add);
        return new Scanner(found, Rules.all());
    }

    /** The source editors of every front-end, in front-end order. */
    public List<SourceEditor> editors() {
        return frontends.stream().flatMap(f -> f.editors().stream()).toList();
    }

    public List<Frontend> frontends() {
        return frontends;
    }

    /** The ids of every rule this scanner can run, in catalog order, before a configuration disables any. */
    public List<String> ruleIds() {
        return rules.stream().map(r -> r.meta().id()).toList();
    }

    /** Every option the front-ends declare, by name; an option two front-ends read is listed once. */
    public List<FrontendOption> options() {
        return options;
    }

    /** What is wrong with {@code given} against the options the front-ends declare; empty when nothing is. */
    public List<FrontendOptions.Problem> check(FrontendOptions given) {
        return given.check(options);
    }

    /**
     * {@code request} with the folders its front-end options name as input ({@link FrontendOption.Kind#INPUT_FOLDER})
     * added to its paths, so that its root, its scope and the files offered to the front-ends take them in. A shell
     * that looks up the configuration in {@link ScanRequest#effectiveRoot()} before scanning calls this first;
     * {@link #scan} calls it too, and a folder already among the paths is not added again.
     */
    public ScanRequest withInputFolders(ScanRequest request) {
        List<Path> paths = new ArrayList<>(request.paths());
        Set<Path> present = new HashSet<>();
        paths.forEach(p -> present.add(p.toAbsolutePath().normalize()));
        boolean added = false;
        for (Path folder : request.frontendOptions().inputFolders(options)) {
            if (present.add(folder)) {
                paths.add(folder);
                added = true;
            }
        }
        return added ? request.withPaths(paths) : request;
    }

    /**
     * Scans what {@code request} names.
     *
     * @throws IllegalArgumentException when its front-end options do not pass {@link #check}; a shell checks them
     *                                  first and reports them as a usage error
     */
    public ScanResult scan(ScanRequest given) {
        List<FrontendOptions.Problem> problems = check(given.frontendOptions());
        if (!problems.isEmpty()) {
            FrontendOptions.Problem first = problems.get(0);
            throw new IllegalArgumentException(first.describe("front-end option " + first.option()));
        }
        ScanRequest request = withInputFolders(given);
        List<Frontend> frontends = this.frontends.stream()
                .map(f -> f.configure(request.frontendOptions()))
                .toList();
        Path root = request.root() != null
                ? request.root().toAbsolutePath().normalize()
                : FileDiscovery.deriveRoot(request.paths(), Path.of(""));
        ScanContext context = new ScanContext(root, request.limits());

        FileDiscovery.Found found = FileDiscovery.discover(request.paths(), request.filter());
        List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());

        ScanSettings settings = request.settings();
        Set<Path> unclaimed = new LinkedHashSet<>(found.files());
        BiPredicate<Path, Path> excluded = settings.excluded();
        unclaimed.removeIf(file -> excluded.test(root, file));
        List<Unit> units = new ArrayList<>();
        for (Frontend frontend : frontends) {
            for (Unit unit : frontend.claim(Set.copyOf(unclaimed))) {
                units.add(unit);
                unit.files().forEach(unclaimed::remove);
            }
        }
        units.sort(Comparator.comparing((Unit u) -> u.primary().toString()));
        diagnostics.addAll(emptyFolders(request.paths(), units));

        List<UnitResult> results = analyzeAll(units, context);
        List<SageMakerResource> resources = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        int filesRead = 0;
        for (int i = 0; i < units.size(); i++) {
            resources.addAll(results.get(i).resources());
            diagnostics.addAll(results.get(i).diagnostics());
            suppressions.addAll(results.get(i).suppressions());
            filesRead += units.get(i).files().size();
        }

        // The rules that run, as the project configured them; rules that ask other rules see this list too.
        List<Rule> active = Stream.concat(rules.stream(), settings.policies().stream())
                .filter(r -> !settings.disabledRules().contains(r.meta().id()))
                .map(settings::effective)
                .toList();
        RuleContext ruleContext = request.ruleContext().withRules(active);
        List<RuleContext> bound =
                active.stream().map(r -> ruleContext.forRule(r.meta())).toList();

        List<Finding> findings = new ArrayList<>();
        for (SageMakerResource resource : resources) {
            for (int r = 0; r < active.size(); r++) {
                Rule rule = active.get(r);
                try {
                    findings.addAll(rule.check(resource, bound.get(r)));
                } catch (RuleFailure e) {
                    diagnostics.add(Diagnostic.error(
                            e.code(),
                            rule.meta().id() + " failed on " + resource.id().address() + " ("
                                    + resource.id().declaration().file() + ":"
                                    + resource.id().declaration().line() + "): " + e.getMessage(),
                            e.file(),
                            e.line(),
                            e.column()));
                } catch (RuntimeException e) {
                    diagnostics.add(Diagnostic.error(
                            DiagnosticCode.INTERNAL_ERROR,
                            "rule " + rule.meta().id() + " failed on "
                                    + resource.id().address() + ": " + describe(e),
                            resource.id().declaration().file(),
                            resource.id().declaration().line(),
                            0));
                }
            }
        }
        // A front-end may read an excluded file for context (a module's other files); its resources stay unreported.
        findings.removeIf(f -> excluded.test(root, f.resource().declaration().file()));
        findings.sort(Comparator.naturalOrder());
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.meta().id()));
        settings.policies().forEach(r -> ruleIds.add(r.meta().id()));
        Rules.all().forEach(r -> ruleIds.add(r.meta().id()));
        Triage.Outcome triage = Triage.sort(
                findings,
                suppressions,
                request.scope(),
                root,
                settings.baseline(),
                settings.reportUnusedSuppressions(),
                ruleIds,
                settings.effectiveToday());
        diagnostics.addAll(triage.diagnostics());
        diagnostics.sort(Comparator.naturalOrder());
        List<RuleMeta> metas = active.stream().map(Rule::meta).toList();
        List<Finding> reported = triage.findings().stream()
                .filter(f -> settings.reported(f.severity()))
                .toList();
        return new ScanResult(
                root,
                metas,
                resources,
                reported,
                diagnostics,
                filesRead,
                triage.suppressed().stream()
                        .filter(s -> settings.reported(s.finding().severity()))
                        .toList(),
                triage.unchanged().stream()
                        .filter(f -> settings.reported(f.severity()))
                        .toList(),
                settings.baseline() != null,
                () -> new Fixer(editors()).propose(reported));
    }

    /** A warning for each folder among {@code paths} in which no front-end claimed a file. */
    private static List<Diagnostic> emptyFolders(List<Path> paths, List<Unit> units) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (Path path : paths) {
            Path folder = path.toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) continue;
            boolean claimed = units.stream()
                    .flatMap(u -> u.files().stream())
                    .anyMatch(f -> f.toAbsolutePath().normalize().startsWith(folder));
            if (!claimed) {
                warnings.add(Diagnostic.warning(
                        DiagnosticCode.NO_INPUT_FILES,
                        "no CloudFormation template, CDK assembly, Terraform file or plan found in this folder; "
                                + "nothing in it was analyzed",
                        path,
                        0,
                        0));
            }
        }
        return warnings;
    }

    private static List<UnitResult> analyzeAll(List<Unit> units, ScanContext context) {
        if (units.size() <= 1) {
            return units.stream().map(u -> analyzeOne(u, context)).toList();
        }
        int threads = Math.min(units.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "sagelint-reader", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (Unit unit : units) {
                futures.add(pool.submit(() -> analyzeOne(unit, context)));
            }
            List<UnitResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(internalError(units.get(i), e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.add(internalError(units.get(i), e));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static UnitResult analyzeOne(Unit unit, ScanContext context) {
        for (Path file : unit.files()) {
            try {
                long size = Files.size(file);
                if (size > context.limits().maxFileBytes() && !unit.frontend().streams(file)) {
                    return UnitResult.of(Diagnostic.error(
                            DiagnosticCode.FILE_TOO_LARGE,
                            "file is " + size
                                    + " bytes, more than the limit of "
                                    + context.limits().maxFileBytes()
                                    + "; not analyzed",
                            file,
                            0,
                            0));
                }
            } catch (IOException e) {
                return UnitResult.of(
                        Diagnostic.error(DiagnosticCode.IO_ERROR, "cannot read file: " + e.getMessage(), file, 0, 0));
            }
        }
        try {
            return unit.frontend().analyze(unit, context);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return internalError(unit, e);
        }
    }

    private static UnitResult internalError(Unit unit, Throwable e) {
        return UnitResult.of(Diagnostic.error(
                DiagnosticCode.INTERNAL_ERROR,
                "the " + unit.frontend().name() + " reader failed on this input (" + describe(e)
                        + "); please report it",
                unit.primary(),
                0,
                0));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** {@code file} relative to the scan root, as reporters print it. */
    public static String relative(Path root, Path file) {
        return SourcePaths.relative(root, file);
    }
}
