package dev.sagelint.cfn;

import dev.sagelint.cfn.adapt.NestedStacks;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudFormation front-end: claims YAML and JSON files that look like templates and reads each into the
 * SageMaker model. Found by the engine through {@link java.util.ServiceLoader}.
 *
 * <p>Claiming is cheap: the file name, then a look at the first 64 KiB for {@code AWSTemplateFormatVersion} or a
 * {@code Type: AWS::...}. A file that does not look like a template is left alone, so a broken YAML file that is
 * not a template stays silent while a broken template gets a diagnostic. After parsing, a file that turns out not
 * to be a template (no {@code AWSTemplateFormatVersion}, no {@code AWS::} resource) yields nothing.
 */
public final class CloudFormationFrontend implements Frontend {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern TEMPLATE_HINT =
            Pattern.compile("AWSTemplateFormatVersion|[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");
    /** A local nested stack template, as written in YAML or JSON; remote ones (with a scheme) do not match. */
    private static final Pattern NESTED_TEMPLATE = Pattern.compile(
            "(?<![A-Za-z0-9])[\"']?(?:TemplateURL|Location)[\"']?[ \t]*:[ \t]*[\"']?(?![A-Za-z][A-Za-z0-9+.-]*://)([^\\s\"'{}\\[\\],#]+)");

    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");
    /** JSON and YAML files of other tools that sit beside templates; CDK assembly files get their own front-end. */
    private static final Set<String> NOT_TEMPLATES =
            Set.of("package.json", "package-lock.json", "tsconfig.json", "cdk.json", "manifest.json", "tree.json");

    @Override
    public String name() {
        return "cloudformation";
    }

    /**
     * Claims the templates. A template that another claimed template includes as a local nested stack
     * ({@code TemplateURL} or an AWS SAM {@code Location}) joins its parent's unit instead of forming its own: it is
     * read through the parent, with the parameters the parent passes, and on its own only when the parent does not
     * reach it.
     */
    @Override
    public List<Unit> claim(Set<Path> files) {
        List<Path> templates = new ArrayList<>();
        Map<Path, String> heads = new HashMap<>();
        files.stream().sorted().filter(CloudFormationFrontend::mayBeTemplate).forEach(file -> {
            String head = head(file);
            if (head == null || TEMPLATE_HINT.matcher(head).find()) {
                templates.add(file);
                heads.put(file, head == null ? "" : head);
            }
        });
        Set<Path> claimed = new HashSet<>(templates);
        Map<Path, List<Path>> children = new LinkedHashMap<>();
        Set<Path> included = new HashSet<>();
        for (Path file : templates) {
            String head = heads.get(file);
            if (!head.contains("AWS::CloudFormation::Stack") && !head.contains("AWS::Serverless::Application"))
                continue;
            Matcher m = NESTED_TEMPLATE.matcher(head);
            while (m.find()) {
                Path child = file.resolveSibling(m.group(1)).normalize();
                if (!child.equals(file) && claimed.contains(child)) {
                    children.computeIfAbsent(file, k -> new ArrayList<>()).add(child);
                    included.add(child);
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        Set<Path> placed = new HashSet<>();
        for (Path file : templates) {
            if (included.contains(file)) continue;
            units.add(unit(file, children, placed));
        }
        // Templates that only include each other (a cycle) have no top; each then stands on its own.
        for (Path file : templates) {
            if (!placed.contains(file)) units.add(unit(file, children, placed));
        }
        return units;
    }

    private Unit unit(Path top, Map<Path, List<Path>> children, Set<Path> placed) {
        List<Path> members = new ArrayList<>();
        List<Path> queue = new ArrayList<>(List.of(top));
        while (!queue.isEmpty()) {
            Path next = queue.remove(0);
            if (!placed.add(next)) continue;
            members.add(next);
            queue.addAll(children.getOrDefault(next, List.of()));
        }
        return new Unit(this, top, members);
    }

    @Override
    public List<dev.sagelint.fix.SourceEditor> editors() {
        return List.of(new dev.sagelint.cfn.fix.CloudFormationEditor());
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        TemplateReader reader = new TemplateReader(context.limits());
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        Set<Path> readAsNested = new HashSet<>();
        for (Path file : unit.files()) {
            if (readAsNested.contains(file.toAbsolutePath().normalize())) continue;
            ReadResult read = reader.read(file);
            if (read.root().isEmpty()) {
                diagnostics.addAll(read.diagnostics());
                continue;
            }
            CfnNode root = read.root().get();
            if (!TemplateAdapter.isTemplate(root)) continue;
            diagnostics.addAll(read.diagnostics());
            TemplateAdapter.Adapted adapted =
                    TemplateAdapter.adapt(root, TemplateAdapter.Input.of(file, context.limits()));
            resources.addAll(adapted.resources());
            diagnostics.addAll(adapted.diagnostics());
            SuppressionMetadata.Read metadata = SuppressionMetadata.read(root);
            suppressions.addAll(metadata.suppressions());
            diagnostics.addAll(metadata.diagnostics());
            suppressions.addAll(read.comments().suppressions());
            diagnostics.addAll(read.comments().diagnostics());
            for (NestedStacks.Child child : adapted.nested()) {
                if (!readAsNested.add(child.file().toAbsolutePath().normalize())) continue;
                SuppressionMetadata.Read childMetadata = SuppressionMetadata.read(child.root());
                suppressions.addAll(childMetadata.suppressions());
                diagnostics.addAll(childMetadata.diagnostics());
                suppressions.addAll(child.comments().suppressions());
                diagnostics.addAll(child.comments().diagnostics());
            }
        }
        return new UnitResult(resources, diagnostics, suppressions);
    }

    static boolean mayBeTemplate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) return false;
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        if (NOT_TEMPLATES.contains(name) || name.endsWith(".assets.json") || name.contains(".tfstate")) return false;
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads at most the first 64 KiB. A file that cannot be read is claimed, so that the reader reports why
     * instead of the file silently dropping out of the scan.
     */
    static boolean looksLikeTemplate(Path file) {
        String head = head(file);
        return head == null || TEMPLATE_HINT.matcher(head).find();
    }

    /** The first 64 KiB of the file, or null when it cannot be read. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
