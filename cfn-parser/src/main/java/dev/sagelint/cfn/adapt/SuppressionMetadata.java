package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import dev.sagelint.suppress.Suppression;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the suppressions written in a resource's {@code Metadata}, the place CloudFormation keeps for tools (JSON
 * templates have no comments):
 * <pre>
 * Notebook:
 *   Type: AWS::SageMaker::NotebookInstance
 *   Metadata:
 *     sagelint:
 *       ignore:
 *         - rule: SageMaker.3
 *           reason: The image installs GPU drivers at start-up
 * </pre>
 * An entry without a reason is still returned (the engine reports that it suppresses nothing); an entry of the
 * wrong shape is a warning.
 */
public final class SuppressionMetadata {

    /** The suppressions of a template and the warnings about malformed entries. */
    public record Read(List<Suppression> suppressions, List<Diagnostic> diagnostics) {
        public Read {
            suppressions = List.copyOf(suppressions);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private SuppressionMetadata() {}

    /** The suppressions of every resource of a template's tree. */
    public static Read read(CfnNode root) {
        List<Suppression> suppressions = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!(root instanceof Mapping template)
                || !(template.get("Resources").orElse(null) instanceof Mapping resources)) {
            return new Read(suppressions, diagnostics);
        }
        for (Entry resource : resources.entries()) {
            if (!(resource.value() instanceof Mapping body)
                    || !(body.get("Metadata").orElse(null) instanceof Mapping metadata)) {
                continue;
            }
            CfnNode sagelint = metadata.get("sagelint").orElse(null);
            if (sagelint == null) continue;
            if (!(sagelint instanceof Mapping settings)
                    || !(settings.get("ignore").orElse(null) instanceof Sequence ignore)) {
                diagnostics.add(invalid(sagelint.span(), "Metadata.sagelint must be a mapping with an 'ignore' list"));
                continue;
            }
            for (CfnNode item : ignore.items()) {
                read(resource.key(), item, suppressions, diagnostics);
            }
        }
        return new Read(suppressions, diagnostics);
    }

    private static void read(String address, CfnNode item, List<Suppression> out, List<Diagnostic> diagnostics) {
        if (item instanceof Scalar rule && !rule.isNull()) {
            out.add(Suppression.metadata(rule.value(), null, item.span(), address));
            return;
        }
        if (item instanceof Mapping entry && entry.get("rule").orElse(null) instanceof Scalar rule && !rule.isNull()) {
            String reason = entry.get("reason").orElse(null) instanceof Scalar r && !r.isNull() ? r.value() : null;
            LocalDate until = null;
            CfnNode date = entry.get("until").orElse(null);
            if (date != null) {
                try {
                    until = LocalDate.parse(date instanceof Scalar s && !s.isNull() ? s.value() : "");
                } catch (DateTimeParseException e) {
                    diagnostics.add(
                            invalid(date.span(), "'until' must be a date written YYYY-MM-DD, such as 2026-12-31"));
                    return;
                }
            }
            out.add(Suppression.metadata(rule.value(), reason, item.span(), address)
                    .until(until));
            return;
        }
        diagnostics.add(invalid(
                item.span(),
                "an entry of Metadata.sagelint.ignore must be " + "{rule: SageMaker.N, reason: ...}, not "
                        + item.kind()));
    }

    private static Diagnostic invalid(Span at, String message) {
        return Diagnostic.warning(DiagnosticCode.INVALID_SUPPRESSION, message, at.file(), at.line(), at.column());
    }
}
