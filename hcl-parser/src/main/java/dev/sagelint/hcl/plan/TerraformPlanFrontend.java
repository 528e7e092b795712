package dev.sagelint.hcl.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.FileBytes;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.FrontendOption;
import dev.sagelint.engine.FrontendOptions;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.TextEncoding;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.hcl.DeepStack;
import dev.sagelint.hcl.TerraformFrontend;
import dev.sagelint.hcl.adapt.ResourceAdapters;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Terraform plan front-end: reads the JSON that {@code terraform show -json} writes for a plan or a state
 * (https://developer.hashicorp.com/terraform/internals/json-format) and maps its SageMaker resources onto the model
 * through the Terraform source adapters, one unit per plan file.
 *
 * <p><b>Claiming.</b> A {@code .json} file is a plan or state when its first KiB holds {@code "format_version"}
 * and one of {@code "terraform_version"} (which Terraform writes second), {@code "planned_values"},
 * {@code "resource_changes"}, {@code "prior_state"} or {@code "values"} with {@code "root_module"}. A plan written
 * with sorted keys ({@code jq -S}) starts with a key that sorts before {@code format_version}, such as
 * {@code "configuration"}: such a file's top-level keys are read, streaming, to decide. Its priority
 * comes before the CloudFormation front-end, which would otherwise be offered every JSON file.
 *
 * <p><b>Source lines.</b> When the scan also holds the {@code .tf} files of the plan's root module (the plan sits
 * in the module's folder, or the option {@link #TF_ROOT} names the folder), the plan's unit claims them with the local
 * modules they call, and every finding points at the resource block and attribute that wrote the value, found by
 * address (module path, resource, {@code count}/{@code for_each} key). The Terraform source front-end then does not
 * scan those files a second time: the plan stands for them, with every variable and module resolved. A SageMaker
 * resource those files declare (in any local module) and the plan holds no instance of (a state taken before it was
 * added, a plan made with {@code -target}) is adapted from source as the source front-end adapts it, with a
 * {@code not-in-plan} warning at its block, unless its {@code count}/{@code for_each} is known to create nothing
 * ({@code SourceLocator.unplanned}). If the {@code .tf} files turn out not to be the plan's source, a warning says
 * so, findings point at the plan JSON, and the {@code .tf} files are scanned as source on their own. Without
 * {@code .tf} files, findings point at the resource's object in the plan, with its line.
 */
public final class TerraformPlanFrontend implements Frontend {

    private static final int SNIFF_BYTES = 1024;
    /** The first key of a JSON object, after an optional byte order mark. */
    private static final Pattern FIRST_KEY = Pattern.compile("\\uFEFF?\\s*\\{\\s*\"([^\"]*)\"");
    /**
     * The keys that come before {@code format_version} when a plan's keys are sorted ({@code jq -S}); only a file
     * that starts with one of them is read further.
     */
    private static final Set<String> SORTED_FIRST_KEYS =
            Set.of("applyable", "checks", "complete", "configuration", "errored");
    /** With {@code format_version}, one of these makes a JSON object a plan or a state. */
    private static final Set<String> PLAN_CONTENT_KEYS =
            Set.of("terraform_version", "planned_values", "resource_changes", "prior_state", "values");

    private static final JsonFactory KEYS = new JsonFactory();
    /** Stack for one unit: the source evaluator recurses on deep expressions, as in {@link TerraformFrontend}. */

    /** The folder of the root module that every plan of the scan was made from; it is scanned too. */
    public static final FrontendOption TF_ROOT = FrontendOption.inputFolder(
            "tf-root",
            "The Terraform root module "
                    + "a plan JSON was made from, so that plan findings point at its .tf lines; the folder is scanned too.");

    private final Path tfRoot;
    private final List<Path> varFiles;

    /** The front-end as {@link java.util.ServiceLoader} creates it: source lines from the plan's own folder. */
    public TerraformPlanFrontend() {
        this(null, List.of());
    }

    /**
     * @param tfRoot   the folder of the plan's root module ({@code --tf-root}), or null for the plan's own folder
     * @param varFiles extra variable files for evaluating that module ({@code --tf-var-file}); they only help to
     *                 find {@code count}/{@code for_each} instances, since the plan has every value
     */
    public TerraformPlanFrontend(Path tfRoot, List<Path> varFiles) {
        this.tfRoot = tfRoot == null ? null : tfRoot.toAbsolutePath().normalize();
        this.varFiles =
                varFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** This front-end with the root module of every plan in {@code dir} ({@code --tf-root DIR}). */
    public TerraformPlanFrontend withTfRoot(Path dir) {
        return new TerraformPlanFrontend(dir, varFiles);
    }

    @Override
    public List<FrontendOption> options() {
        return List.of(TF_ROOT, TerraformFrontend.VAR_FILES);
    }

    @Override
    public Frontend configure(FrontendOptions options) {
        Optional<Path> root = options.path(TF_ROOT.name());
        List<Path> files = options.paths(TerraformFrontend.VAR_FILES.name());
        if (root.isEmpty() && files.isEmpty()) return this;
        return new TerraformPlanFrontend(root.orElse(tfRoot), files.isEmpty() ? varFiles : files);
    }

    /** The root module folder given, if any. */
    public Optional<Path> tfRoot() {
        return Optional.ofNullable(tfRoot);
    }

    @Override
    public String name() {
        return "terraform-plan";
    }

    @Override
    public int priority() {
        return 50;
    }

    /** The plan or state JSON itself is read streaming ({@link PlanReader}); the .tf files beside it are not. */
    @Override
    public boolean streams(Path file) {
        return mayBePlan(file);
    }

    /** JSON files, and the Terraform files beside a plan. */
    @Override
    public boolean mayRead(Path file) {
        return mayBePlan(file) || isTerraformSource(file);
    }

    @Override
    public List<Unit> claim(Set<Path> files) {
        // The looks are independent reads of a KiB: taken on every core, kept in file order.
        List<Path> plans = files.stream().filter(TerraformPlanFrontend::mayBePlan).sorted().toList().parallelStream()
                .filter(TerraformPlanFrontend::looksLikePlan)
                .toList();
        if (plans.isEmpty()) return List.of();
        Set<Path> terraform = new HashSet<>();
        files.stream().filter(TerraformPlanFrontend::isTerraformSource).forEach(terraform::add);
        Map<Path, Unit> modules = new HashMap<>();
        if (!terraform.isEmpty()) {
            for (Unit u : new TerraformFrontend().claim(terraform)) modules.put(u.primary(), u);
        }
        List<Unit> units = new ArrayList<>();
        for (Path plan : plans) {
            Path dir = tfRoot != null ? tfRoot : plan.getParent();
            List<Path> unitFiles = new ArrayList<>(List.of(plan));
            Unit module = modules.remove(dir);
            if (module != null) unitFiles.addAll(module.files());
            units.add(new Unit(this, plan, unitFiles));
        }
        return units;
    }

    static boolean mayBePlan(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString();
        return n.endsWith(".json") && !n.endsWith(".tf.json") && !n.endsWith(".tfvars.json");
    }

    private static boolean isTerraformSource(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString();
        return n.endsWith(".tf") || n.endsWith(".tf.json") || n.endsWith(".tfvars") || n.endsWith(".tfvars.json");
    }

    /** A look at the first KiB, as described on the class, and further for a plan written with sorted keys. */
    static boolean looksLikePlan(Path file) {
        String head;
        try {
            byte[] bytes = FileBytes.read(file, SNIFF_BYTES);
            head = TextEncoding.sniff(bytes, bytes.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (!head.contains("\"format_version\"")) {
            Matcher first = FIRST_KEY.matcher(head);
            return first.lookingAt() && SORTED_FIRST_KEYS.contains(first.group(1)) && planKeys(file);
        }
        return head.contains("\"terraform_version\"")
                || head.contains("\"planned_values\"")
                || head.contains("\"resource_changes\"")
                || head.contains("\"prior_state\"")
                || (head.contains("\"values\"") && head.contains("\"root_module\""));
    }

    /**
     * Whether the top-level keys of a JSON file, read streaming and skipping every value, are those of a plan or a
     * state: {@code format_version} and one of {@code terraform_version}, {@code planned_values},
     * {@code resource_changes}, {@code prior_state} or {@code values}. Stops at the first key after
     * {@code format_version} that decides.
     */
    private static boolean planKeys(Path file) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = KEYS.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return false;
            boolean format = false;
            boolean content = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (name.equals("format_version")) format = true;
                if (PLAN_CONTENT_KEYS.contains(name)) content = true;
                if (format && content) return true;
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        return DeepStack.run("terraform plan reader", unit, () -> analyzeHere(unit, context));
    }

    private UnitResult analyzeHere(Unit unit, ScanContext context) {
        Path plan = unit.primary();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            PlanReader.Document document = new PlanReader(context.limits().maxNestingDepth()).read(plan, diagnostics);
            List<Path> source =
                    unit.files().stream().filter(f -> !f.equals(plan)).toList();
            List<SageMakerResource> resources = new ArrayList<>();
            List<Suppression> suppressions = new ArrayList<>();
            SourceLocator locator = SourceLocator.none();
            if (!source.isEmpty()) {
                Path dir = tfRoot != null ? tfRoot : plan.getParent();
                List<Path> config = source.stream()
                        .filter(f -> dir.equals(f.getParent()) && isConfig(f))
                        .toList();
                TerraformFrontend.Comments comments = new TerraformFrontend.Comments();
                Optional<SourceLocator> found = diagnostics.stream().anyMatch(Diagnostic::isError)
                        ? Optional.empty()
                        : SourceLocator.load(
                                plan, dir, config, varFiles(source, dir), document, context, comments, diagnostics);
                if (found.isPresent()) {
                    locator = found.get();
                    suppressions.addAll(comments.suppressions());
                    diagnostics.addAll(comments.diagnostics());
                    resources.addAll(unplanned(plan, locator.unplanned(), context, diagnostics));
                } else {
                    TerraformFrontend terraform = new TerraformFrontend(varFiles);
                    UnitResult scanned = terraform.analyze(new Unit(terraform, dir, source), context);
                    resources.addAll(scanned.resources());
                    diagnostics.addAll(scanned.diagnostics());
                    suppressions.addAll(scanned.suppressions());
                }
            }
            resources.addAll(PlanAdapter.adapt(plan, document, locator, context.limits(), diagnostics));
            return new UnitResult(resources, diagnostics, suppressions);
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    "a value in this plan or its source is nested too " + "deeply to read; the plan is not analyzed",
                    plan,
                    0,
                    0));
            return new UnitResult(List.of(), diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.INTERNAL_ERROR,
                    "the terraform plan reader failed on this file ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); please report it",
                    plan,
                    0,
                    0));
            return new UnitResult(List.of(), diagnostics);
        }
    }

    /**
     * The SageMaker resources the source declares and the plan holds no instance of, adapted from source as the
     * Terraform source front-end adapts them, with a warning at each resource's block.
     */
    private static List<SageMakerResource> unplanned(
            Path plan, List<ResourceInstance> instances, ScanContext context, List<Diagnostic> diagnostics) {
        if (instances.isEmpty()) return List.of();
        Set<String> warned = new HashSet<>();
        for (ResourceInstance r : instances) {
            String bare = Addresses.withoutKeys(r.address());
            if (!warned.add(bare)) continue;
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.NOT_IN_PLAN,
                    plan.getFileName() + " holds no instance of " + bare
                            + " (a state holds only what existed when it was taken, a plan made with -target only "
                            + "its targets); it is analyzed from its .tf source instead",
                    r.header().file(),
                    r.header().line(),
                    r.header().column()));
        }
        return ResourceAdapters.adapt(instances, context.limits(), diagnostics);
    }

    private static boolean isConfig(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".tf") || n.endsWith(".tf.json");
    }

    /** The variable files of the root module in Terraform's order, then the extra ones. */
    private List<Path> varFiles(List<Path> source, Path dir) {
        List<Path> inDir = source.stream()
                .filter(f -> dir.equals(f.getParent()))
                .filter(f -> f.getFileName().toString().endsWith(".tfvars")
                        || f.getFileName().toString().endsWith(".tfvars.json"))
                .sorted()
                .toList();
        List<Path> out = new ArrayList<>();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            inDir.stream().filter(f -> f.getFileName().toString().equals(name)).forEach(out::add);
        }
        inDir.stream()
                .filter(f -> f.getFileName().toString().contains(".auto.tfvars"))
                .forEach(out::add);
        out.addAll(varFiles);
        return out;
    }
}
