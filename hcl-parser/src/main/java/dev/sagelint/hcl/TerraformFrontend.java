package dev.sagelint.hcl;

import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.FrontendOption;
import dev.sagelint.engine.FrontendOptions;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.hcl.adapt.ResourceAdapters;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.TerraformEvaluator;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.JsonConfigReader;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import dev.sagelint.suppress.SuppressionComments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Terraform front-end: reads {@code .tf} and {@code .tf.json} source with its {@code .tfvars}, one unit per
 * root module (a directory), evaluates it with the local modules it calls, and maps the SageMaker resources of
 * the hashicorp/aws and awscc providers onto the model.
 *
 * <p>Variable files beyond those Terraform loads by itself ({@code terraform.tfvars}, {@code *.auto.tfvars}) come
 * from the front-end option {@link #VAR_FILES} ({@code --tf-var-file}), as {@code terraform plan -var-file} would take
 * them; they apply to every root module.
 */
public final class TerraformFrontend implements Frontend {

    private static final Pattern LOCAL_SOURCE =
            Pattern.compile("\"?\\bsource\"?\\s*[=:]\\s*\"(\\.{1,2}(?:/[^\"]*)?)\"");
    /** Only this much of each file is sniffed for module calls. */
    private static final int SNIFF_BYTES = 1 << 20;
    /** Stack for reading one unit: deep but legal expressions recurse in the parser and the evaluator. */

    /** Extra variable files for every root module, repeatable; the plan front-end reads them too. */
    public static final FrontendOption VAR_FILES = FrontendOption.files(
            "tf-var-file",
            "A Terraform variables file "
                    + "(HCL or JSON) applied to every root module after terraform.tfvars and *.auto.tfvars; repeatable, "
                    + "later files win.");

    private final List<Path> extraVarFiles;

    /** The front-end as {@link java.util.ServiceLoader} creates it: no extra variable files. */
    public TerraformFrontend() {
        this(List.of());
    }

    /**
     * @param extraVarFiles variable files to apply to every root module after {@code terraform.tfvars} and
     *                      {@code *.auto.tfvars}, later files taking precedence ({@code --tf-var-file})
     */
    public TerraformFrontend(List<Path> extraVarFiles) {
        this.extraVarFiles =
                extraVarFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public List<FrontendOption> options() {
        return List.of(VAR_FILES);
    }

    @Override
    public Frontend configure(FrontendOptions options) {
        List<Path> varFiles = options.paths(VAR_FILES.name());
        return varFiles.isEmpty() ? this : new TerraformFrontend(varFiles);
    }

    /** The extra variable files, absolute. */
    public List<Path> extraVarFiles() {
        return extraVarFiles;
    }

    @Override
    public String name() {
        return "terraform";
    }

    static boolean isConfig(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".tf") || n.endsWith(".tf.json");
    }

    static boolean isVars(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".tfvars") || n.endsWith(".tfvars.json");
    }

    /** Terraform configuration and variable files. */
    @Override
    public boolean mayRead(Path file) {
        return file.getFileName() != null && (isConfig(file) || isVars(file));
    }

    @Override
    public List<Unit> claim(Set<Path> files) {
        Map<Path, List<Path>> byDir = new TreeMap<>();
        for (Path f : new TreeSet<>(files)) {
            if ((isConfig(f) || isVars(f)) && f.getParent() != null) {
                byDir.computeIfAbsent(f.getParent(), d -> new ArrayList<>()).add(f);
            }
        }
        // A module is its whole folder: when only some of its files were named (a pre-commit hook passes the
        // staged ones), read the others too so that variables and locals resolve. The engine reports only findings
        // in the named files.
        byDir.replaceAll((dir, named) -> moduleFiles(dir, named));
        Map<Path, Set<Path>> calls = new TreeMap<>();
        for (Map.Entry<Path, List<Path>> e : byDir.entrySet()) {
            Set<Path> called = new LinkedHashSet<>();
            for (Path f : e.getValue()) {
                if (isConfig(f)) called.addAll(localModuleDirs(f));
            }
            called.remove(e.getKey());
            calls.put(e.getKey(), called);
        }
        Set<Path> calledByOthers = new HashSet<>();
        calls.values().forEach(calledByOthers::addAll);
        List<Unit> units = new ArrayList<>();
        Set<Path> assigned = new HashSet<>();
        List<Path> order = new ArrayList<>();
        byDir.keySet().stream().filter(d -> !calledByOthers.contains(d)).forEach(order::add);
        byDir.keySet().stream().filter(calledByOthers::contains).forEach(order::add);
        for (Path dir : order) {
            if (assigned.contains(dir) || byDir.get(dir).stream().noneMatch(TerraformFrontend::isConfig)) continue;
            List<Path> unitFiles = new ArrayList<>();
            Deque<Path> todo = new ArrayDeque<>(List.of(dir));
            while (!todo.isEmpty()) {
                Path d = todo.pop();
                if (!assigned.add(d)) continue;
                unitFiles.addAll(byDir.getOrDefault(d, List.of()));
                todo.addAll(calls.getOrDefault(d, Set.of()));
            }
            units.add(new Unit(this, dir, unitFiles));
        }
        return units;
    }

    /** Every configuration and variables file of {@code dir}, or {@code named} when the folder cannot be listed. */
    private static List<Path> moduleFiles(Path dir, List<Path> named) {
        try (var listing = Files.list(dir)) {
            List<Path> all = listing.filter(Files::isRegularFile)
                    .map(Path::normalize)
                    .filter(f -> isConfig(f) || isVars(f))
                    .sorted()
                    .toList();
            return all.containsAll(named) ? all : named;
        } catch (IOException | UncheckedIOException e) {
            return named;
        }
    }

    /** The directories of the local modules a file calls, by a cheap look at its {@code source} arguments. */
    private static Set<Path> localModuleDirs(Path file) {
        Set<Path> out = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            if (!text.contains("module")) return out;
            Matcher m = LOCAL_SOURCE.matcher(text);
            while (m.find()) out.add(file.getParent().resolve(m.group(1)).normalize());
        } catch (IOException | RuntimeException e) {
            // unreadable here: analyze reports it
        }
        return out;
    }

    @Override
    public List<dev.sagelint.fix.SourceEditor> editors() {
        return List.of(new dev.sagelint.hcl.fix.TerraformEditor(), new dev.sagelint.hcl.fix.TerraformJsonEditor());
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        return DeepStack.run("terraform reader", unit, () -> analyzeHere(unit, context));
    }

    private UnitResult analyzeHere(Unit unit, ScanContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Path dir = unit.primary();
            int depth = context.limits().maxNestingDepth();
            Comments comments = new Comments();
            HclReader hcl = new HclReader(depth, comments);
            TerraformEvaluator evaluator =
                    new TerraformEvaluator(hcl, new JsonConfigReader(hcl, depth), context.budget());
            List<Path> config = unit.files().stream()
                    .filter(f -> dir.equals(f.getParent()) && isConfig(f))
                    .toList();
            List<ResourceInstance> instances = evaluator.evaluateRoot(dir, config, varFiles(unit, dir), diagnostics);
            List<SageMakerResource> resources = ResourceAdapters.adapt(instances, context.limits(), diagnostics);
            diagnostics.addAll(evaluator.limitDiagnostics(dir));
            diagnostics.addAll(comments.diagnostics());
            return new UnitResult(resources, diagnostics, comments.suppressions());
        } catch (Budget.Exceeded e) {
            diagnostics.add(e.diagnostic(unit.primary()));
            return new UnitResult(List.of(), diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    "an expression in this module is nested too deeply " + "to evaluate; the module is not analyzed",
                    unit.primary(),
                    0,
                    0));
            return new UnitResult(List.of(), diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.INTERNAL_ERROR,
                    "the terraform reader failed on this module ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); please report it",
                    unit.primary(),
                    0,
                    0));
            return new UnitResult(List.of(), diagnostics);
        }
    }

    /**
     * The suppression comments of the files a unit reads, each file once however often its module is read (a
     * module called several times).
     */
    public static final class Comments implements BiConsumer<Path, SuppressionComments.Found> {
        private final Map<Path, SuppressionComments.Found> byFile = new TreeMap<>();

        @Override
        public void accept(Path file, SuppressionComments.Found found) {
            byFile.putIfAbsent(file.toAbsolutePath().normalize(), found);
        }

        public List<Suppression> suppressions() {
            return byFile.values().stream()
                    .flatMap(f -> f.suppressions().stream())
                    .toList();
        }

        public List<Diagnostic> diagnostics() {
            return byFile.values().stream()
                    .flatMap(f -> f.diagnostics().stream())
                    .toList();
        }
    }

    /**
     * The variable files of a root module in Terraform's order: {@code terraform.tfvars},
     * {@code terraform.tfvars.json}, {@code *.auto.tfvars(.json)} by name, then the extra files.
     */
    private List<Path> varFiles(Unit unit, Path dir) {
        List<Path> out = new ArrayList<>();
        List<Path> inDir = unit.files().stream()
                .filter(f -> dir.equals(f.getParent()) && isVars(f))
                .sorted()
                .toList();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            inDir.stream().filter(f -> f.getFileName().toString().equals(name)).forEach(out::add);
        }
        inDir.stream()
                .filter(f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json");
                })
                .forEach(out::add);
        out.addAll(extraVarFiles);
        return out;
    }
}
