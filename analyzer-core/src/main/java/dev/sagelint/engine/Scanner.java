package dev.sagelint.engine;

import dev.sagelint.fix.Fixer;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.Suppression;
import dev.sagelint.suppress.Triage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * The scan engine: discovers files, checks their sizes, lets the front-ends claim them, then reads each unit and
 * runs every rule on its resources in worker threads ({@link UnitPipeline}), and returns findings and diagnostics
 * in a deterministic order, the same whatever the number of workers.
 */
public final class Scanner {

    private final List<Frontend> frontends;
    private final List<Rule> rules;
    private final List<FrontendOption> options;

    /**
     * @throws IllegalArgumentException when two front-ends declare an option of the same name with different kinds
     */
    public Scanner(List<Frontend> frontends, List<Rule> rules) {
        // Not Comparator.comparingInt(...).thenComparing(...), whose serializable lambdas the class-data sharing
        // archive cannot hold (they would be spun at run time, in every scan's start-up).
        this.frontends = frontends.stream()
                .sorted((a, b) -> a.priority() != b.priority()
                        ? Integer.compare(a.priority(), b.priority())
                        : a.name().compareTo(b.name()))
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
        Set<Path> named = namedFiles(request.paths());
        List<Diagnostic> tooLarge = removeTooLarge(unclaimed, found, named, frontends, context.limits());
        diagnostics.addAll(tooLarge);
        List<Unit> units = new ArrayList<>();
        Set<Path> claimed = new HashSet<>();
        // Each front-end sees the files left, in discovery's sorted order, through a view rather than a copy.
        Set<Path> offered = Collections.unmodifiableSet(unclaimed);
        for (Frontend frontend : frontends) {
            for (Unit unit : frontend.claim(offered)) {
                units.add(unit);
                unit.files().forEach(unclaimed::remove);
                claimed.addAll(unit.files());
            }
        }
        units.sort(Comparator.comparing((Unit u) -> u.primary().toString()));
        tooLarge.forEach(d -> claimed.add(d.file()));
        diagnostics.addAll(emptyFolders(request.paths(), claimed));
        for (Path file : named) {
            if (unclaimed.contains(file)) diagnostics.add(notRecognized(file));
        }

        // The rules that run, as the project configured them; rules that ask other rules see this list too.
        List<Rule> active = Stream.concat(rules.stream(), settings.policies().stream())
                .filter(r -> !settings.disabledRules().contains(r.meta().id()))
                .map(settings::effective)
                .toList();
        RuleContext ruleContext = request.ruleContext().withRules(active);
        Checker checker = new Checker(
                active,
                active.stream().map(r -> ruleContext.forRule(r.meta())).toList(),
                f -> !excluded.test(root, f.resource().declaration().file()),
                request.keepResources());

        // Each unit's findings go to the store as the pipeline hands them over, so that neither the models nor the
        // findings of the whole scan are held in memory; the rest of a unit is small and kept in unit order.
        FindingStore.Sorter sorter = FindingStore.sorter();
        Map<Integer, Checked> rest = new TreeMap<>();
        int[] filesRead = {0};
        new UnitPipeline(context, checker, request.effectiveWorkers()).run(units, (i, checked) -> {
            List<Finding> unitFindings = checked.findings();
            for (int k = 0; k < unitFindings.size(); k++) sorter.add(unitFindings.get(k), ((long) i << 32) | k);
            if (!checked.resources().isEmpty()
                    || !checked.diagnostics().isEmpty()
                    || !checked.suppressions().isEmpty()) {
                rest.put(i, checked.withoutFindings());
            }
            filesRead[0] += units.get(i).files().size();
        });
        List<SageMakerResource> resources = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        for (Checked checked : rest.values()) {
            resources.addAll(checked.resources());
            diagnostics.addAll(checked.diagnostics());
            suppressions.addAll(checked.suppressions());
        }
        FindingList findings = sorter.finish();
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
        FindingList reported = reported(triage.findings(), settings);
        return new ScanResult(
                root,
                metas,
                resources,
                reported,
                diagnostics,
                filesRead[0],
                triage.suppressed().stream()
                        .filter(s -> settings.reported(s.finding().severity()))
                        .toList(),
                reported(triage.unchanged(), settings),
                settings.baseline() != null,
                new Fixer(editors())::propose);
    }

    /** The findings at or above the severity the settings report; no copy when that is all of them. */
    private static FindingList reported(List<Finding> findings, ScanSettings settings) {
        if (Arrays.stream(Severity.values()).allMatch(settings::reported)) return FindingList.of(findings);
        FindingStore.Subset kept = FindingStore.subset(findings);
        for (Finding f : findings) {
            if (settings.reported(f.severity())) {
                kept.keep(f);
            } else {
                kept.drop();
            }
        }
        return kept.finish();
    }

    /** The regular files among {@code paths}, absolute and normalized: the files the user named. */
    private static Set<Path> namedFiles(List<Path> paths) {
        Set<Path> named = new LinkedHashSet<>();
        for (Path path : paths) {
            Path file = path.toAbsolutePath().normalize();
            if (Files.isRegularFile(file)) named.add(file);
        }
        return named;
    }

    /**
     * Takes the files over the size limit out of {@code files} before any front-end opens them, and reports those
     * a front-end would have read (or the user named). A file that a front-end reads streaming stays.
     */
    private static List<Diagnostic> removeTooLarge(
            Set<Path> files,
            FileDiscovery.Found found,
            Set<Path> named,
            List<Frontend> frontends,
            ScanContext.Limits limits) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (var it = files.iterator(); it.hasNext(); ) {
            Path file = it.next();
            long size = found.size(file);
            if (size <= limits.maxFileBytes()) continue;
            if (frontends.stream().anyMatch(f -> f.streams(file))) continue;
            it.remove();
            if (named.contains(file) || frontends.stream().anyMatch(f -> f.mayRead(file))) {
                diagnostics.add(tooLarge(file, size, limits));
            }
        }
        return diagnostics;
    }

    private static Diagnostic tooLarge(Path file, long size, ScanContext.Limits limits) {
        return Diagnostic.error(
                DiagnosticCode.FILE_TOO_LARGE,
                "file is " + size + " bytes, more than the limit of " + limits.maxFileBytes() + "; not analyzed",
                file,
                0,
                0);
    }

    private static Diagnostic notRecognized(Path file) {
        return new Diagnostic(
                Diagnostic.Level.NOTE,
                DiagnosticCode.NOT_RECOGNIZED,
                "not recognized as a CloudFormation template, CDK assembly, Terraform file or Terraform plan; "
                        + "not analyzed",
                file,
                0,
                0);
    }

    /**
     * A warning for each folder among {@code paths} that holds none of the {@code found} files: those the front-ends
     * claimed and those reported as too large.
     */
    private static List<Diagnostic> emptyFolders(List<Path> paths, Set<Path> found) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (Path path : paths) {
            Path folder = path.toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) continue;
            boolean claimed =
                    found.stream().anyMatch(f -> f.toAbsolutePath().normalize().startsWith(folder));
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

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** {@code file} relative to the scan root, as reporters print it. */
    public static String relative(Path root, Path file) {
        return SourcePaths.relative(root, file);
    }
}
