package dev.sagelint.cfn.fuzz;

import dev.sagelint.cfn.adapt.SuppressionMetadata;
import dev.sagelint.cfn.adapt.TemplateAdapter;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.fuzz.ReaderInvariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CloudFormation fuzz tests run on each input: the reader (YAML or JSON, by the file name) and what the
 * front-end does next, the template adapter (intrinsic functions, nested stacks, embedded workflows) and the
 * suppression metadata. Retarget here when the entry points move.
 */
final class Templates {

    private static final ScanContext.Limits LIMITS = ScanContext.Limits.defaults();

    static final Path FOLDER = ReaderInvariant.folder("cfn");

    private Templates() {}

    /** What {@code CloudFormationFrontend.analyze} does with one file, in memory. */
    static void analyze(Path file, byte[] data) {
        ReadResult read = new TemplateReader(LIMITS).read(file, data);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        if (read.root().isPresent() && TemplateAdapter.isTemplate(read.root().get())) {
            CfnNode root = read.root().get();
            TemplateAdapter.Adapted adapted = TemplateAdapter.adapt(root, TemplateAdapter.Input.of(file, LIMITS));
            diagnostics.addAll(adapted.diagnostics());
            diagnostics.addAll(SuppressionMetadata.read(root).diagnostics());
        }
        ReaderInvariant.check(diagnostics);
    }
}
