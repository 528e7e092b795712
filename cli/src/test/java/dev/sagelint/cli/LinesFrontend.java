package dev.sagelint.cli;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Models;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.SuppressionComments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A front-end for tests that reads {@code *.lines} files, one resource or diagnostic per line, so that the CLI is
 * tested without the CloudFormation reader:
 * {@code notebook NAME} (every property absent: SageMaker.1, .2 and .3 fail, all high),
 * {@code secure NAME} (a notebook that passes), {@code model NAME} (SageMaker.5 fails, medium),
 * {@code error MESSAGE} (a parse error at column 3 of that line). Blank lines are skipped; lines starting with
 * {@code #} are comments, handed to {@link SuppressionComments} as a real front-end hands over its parser's
 * comment tokens (so {@code # sagelint:ignore ...} works).
 */
final class LinesFrontend implements Frontend {

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public List<Unit> claim(Set<Path> files) {
        return files.stream()
                .filter(f -> f.toString().endsWith(".lines"))
                .sorted()
                .map(f -> Unit.of(this, f))
                .toList();
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        Path file = unit.primary();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        SuppressionComments comments = new SuppressionComments(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) comments.add(i + 1, 1, i + 1, line.length() + 1, line, true);
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] words = lines.get(i).split(" ", 2);
            Span at = Span.at(file, i + 1, 1);
            switch (words[0]) {
                case "notebook" -> resources.add(notebook(words[1], at, false));
                case "secure" -> resources.add(notebook(words[1], at, true));
                case "model" ->
                    resources.add(Models.unset(ResourceId.of(words[1], "AWS::SageMaker::Model", at))
                            .build());
                case "error" -> diagnostics.add(Diagnostic.error(DiagnosticCode.PARSE_ERROR, words[1], file, i + 1, 3));
                default -> throw new IllegalArgumentException("unknown line: " + lines.get(i));
            }
        }
        SuppressionComments.Found found = comments.finish();
        diagnostics.addAll(found.diagnostics());
        return new UnitResult(resources, diagnostics, found.suppressions());
    }

    private static NotebookInstance notebook(String name, Span at, boolean secure) {
        ResourceId id = ResourceId.of(name, "AWS::SageMaker::NotebookInstance", at);
        if (secure) {
            // Secure for the notebook controls of SageMaker.1 to .3; key and IMDS stay unset.
            return Notebooks.unset(id)
                    .withDirectInternetAccess(Prop.known("DirectInternetAccess", "Disabled", at))
                    .withSubnetId(Prop.known("SubnetId", "subnet-1", at))
                    .withSecurityGroupIds(Prop.known("SecurityGroupIds", List.of("sg-1"), at))
                    .withRootAccess(Prop.known("RootAccess", "Disabled", at))
                    .build();
        }
        return Notebooks.unset(id).build();
    }
}
