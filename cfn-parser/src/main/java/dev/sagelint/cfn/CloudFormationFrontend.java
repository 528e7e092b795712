package dev.sagelint.cfn;

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
import java.util.Locale;
import java.util.Set;
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
    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");
    /** JSON and YAML files of other tools that sit beside templates; CDK assembly files get their own front-end. */
    private static final Set<String> NOT_TEMPLATES =
            Set.of("package.json", "package-lock.json", "tsconfig.json", "cdk.json", "manifest.json", "tree.json");

    @Override
    public String name() {
        return "cloudformation";
    }

    @Override
    public List<Unit> claim(Set<Path> files) {
        List<Unit> units = new ArrayList<>();
        files.stream()
                .sorted()
                .filter(CloudFormationFrontend::mayBeTemplate)
                .filter(CloudFormationFrontend::looksLikeTemplate)
                .forEach(file -> units.add(Unit.of(this, file)));
        return units;
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        TemplateReader reader = new TemplateReader(context.limits());
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        for (Path file : unit.files()) {
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
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return TEMPLATE_HINT
                .matcher(new String(head, StandardCharsets.ISO_8859_1))
                .find();
    }
}
