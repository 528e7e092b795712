package dev.sagelint.cfn.cdk;

import dev.sagelint.cfn.adapt.SuppressionMetadata;
import dev.sagelint.cfn.adapt.TemplateAdapter;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The CDK front-end: a folder with a cloud assembly {@code manifest.json} (usually {@code cdk.out}) is one unit,
 * claimed before the CloudFormation front-end sees its templates, so an assembly is read once even when the app's
 * source is scanned too. Every stack template (nested stacks and stage sub-assemblies included) is read as
 * CloudFormation, with each resource's construct path and, when the app's source file is under the scan root, the
 * line that created it, so findings land where a pull request can show them.
 */
public final class CdkAssemblyFrontend implements Frontend {

    private static final int SNIFF_BYTES = 16 * 1024;
    /** The stack of a thread that reads one stack template: as large as an engine worker's. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    @Override
    public String name() {
        return "cdk";
    }

    @Override
    public int priority() {
        return 50;
    }

    /**
     * The manifest and the JSON files of an assembly (templates, nested assemblies); not its assets (archives,
     * container contexts), which it never reads.
     */
    @Override
    public boolean mayRead(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".json");
    }

    @Override
    public List<Unit> claim(Set<Path> files) {
        List<Path> assemblies = new ArrayList<>();
        // Only the manifests are sorted (a parent folder's before its children's), not every file of the scan.
        Set<Path> manifests = new TreeSet<>();
        for (Path file : files) {
            Path name = file.getFileName();
            if (name != null && name.toString().equals("manifest.json")) manifests.add(file);
        }
        for (Path file : manifests) {
            if (!isAssemblyManifest(file)) continue;
            Path dir = file.getParent();
            if (assemblies.stream().anyMatch(dir::startsWith)) continue;
            assemblies.removeIf(a -> a.startsWith(dir));
            assemblies.add(dir);
        }
        List<Unit> units = new ArrayList<>();
        for (Path dir : assemblies) {
            List<Path> inside =
                    files.stream().filter(f -> f.startsWith(dir)).sorted().toList();
            units.add(new Unit(this, dir, inside));
        }
        return units;
    }

    @Override
    public List<dev.sagelint.fix.SourceEditor> editors() {
        return List.of(new CdkEditor());
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        TemplateReader reader = new TemplateReader(context.limits());
        AssemblyReader assembly = new AssemblyReader(reader, context.root());
        assembly.read(unit.primary());
        List<UnitResult> read = readStacks(assembly.stacks(), reader, context);
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(assembly.diagnostics());
        List<Suppression> suppressions = new ArrayList<>();
        for (UnitResult stack : read) {
            resources.addAll(stack.resources());
            diagnostics.addAll(stack.diagnostics());
            suppressions.addAll(stack.suppressions());
        }
        return new UnitResult(resources, diagnostics, suppressions);
    }

    /**
     * Reads the stacks of an assembly, several at once (an app of many stacks is one unit), each result in the
     * order of {@code stacks}. The threads have the engine workers' stack size, so that a stack read here nests as
     * deep as a template read on its own. What a thread throws is thrown here, for the engine to report.
     */
    private static List<UnitResult> readStacks(
            List<AssemblyReader.Stack> stacks, TemplateReader reader, ScanContext context) {
        int threads = Math.min(stacks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1)
            return stacks.stream().map(s -> readStack(s, reader, context)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "sagelint-cdk-stack", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (AssemblyReader.Stack stack : stacks) futures.add(pool.submit(() -> readStack(stack, reader, context)));
            List<UnitResult> results = new ArrayList<>();
            for (Future<UnitResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the stacks", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static UnitResult readStack(AssemblyReader.Stack stack, TemplateReader reader, ScanContext context) {
        ReadResult read = reader.read(stack.template());
        if (read.root().isEmpty()) return new UnitResult(List.of(), read.diagnostics());
        CfnNode root = read.root().get();
        TemplateAdapter.Adapted adapted = TemplateAdapter.adapt(
                root,
                new TemplateAdapter.Input(
                        stack.template(), context.limits(), stack.name(), stack.pseudo(), stack.origins()));
        SuppressionMetadata.Read metadata = SuppressionMetadata.read(root);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        diagnostics.addAll(adapted.diagnostics());
        diagnostics.addAll(metadata.diagnostics());
        return new UnitResult(adapted.resources(), diagnostics, metadata.suppressions());
    }

    /** A cloud assembly manifest names its schema version and its artifacts near the top. */
    static boolean isAssemblyManifest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains("\"version\"")
                    && (head.contains("\"artifacts\"") || head.contains("aws:cloudformation"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
