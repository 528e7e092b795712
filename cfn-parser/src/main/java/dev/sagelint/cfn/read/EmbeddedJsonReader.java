package dev.sagelint.cfn.read;

import dev.sagelint.engine.ScanContext;
import java.nio.file.Path;

/**
 * Reads JSON that is embedded in a template as a string (a Step Functions {@code DefinitionString}, a SageMaker
 * {@code PipelineDefinitionBody}) into the same positioned tree as a template, with spans that point into the
 * template through {@link OffsetSpans}. Snippets quote the embedded text.
 */
public final class EmbeddedJsonReader {

    private EmbeddedJsonReader() {
    }

    /**
     * Reads {@code json}; a syntax error gives a result without a tree, whose diagnostic's line and column count
     * in {@code json} itself.
     */
    public static ReadResult read(Path file, String json, OffsetSpans spans, ScanContext.Limits limits) {
        return JsonTreeBuilder.read(SourceText.of(file, json), limits, spans);
    }
}
