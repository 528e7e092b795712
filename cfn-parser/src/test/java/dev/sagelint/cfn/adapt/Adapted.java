package dev.sagelint.cfn.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Adapts inline templates and builds the expected records in tests. */
final class Adapted {

    static final Path YAML = Path.of("/templates/sagemaker.yaml");
    static final Path JSON = Path.of("/templates/sagemaker.json");

    private Adapted() {}

    static List<SageMakerResource> adapt(Path file, String template) {
        ReadResult read =
                new TemplateReader(ScanContext.Limits.defaults()).read(file, template.getBytes(StandardCharsets.UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        return TemplateAdapter.adapt(read.root().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    static <T extends SageMakerResource> T only(Path file, String template) {
        List<SageMakerResource> resources = adapt(file, template);
        assertThat(resources).hasSize(1);
        return (T) resources.get(0);
    }

    /** A span written {@code "line:column-endLine:endColumn"}, or {@code "line:column"} for one position. */
    static Span span(Path file, String where) {
        String[] ends = where.split("-");
        String[] start = ends[0].split(":");
        String[] end = (ends.length > 1 ? ends[1] : ends[0]).split(":");
        return new Span(
                file,
                Integer.parseInt(start[0]),
                Integer.parseInt(start[1]),
                Integer.parseInt(end[0]),
                Integer.parseInt(end[1]));
    }

    static ResourceId id(Path file, String logicalId, String type, String declaration) {
        return ResourceId.of(logicalId, type, span(file, declaration));
    }

    static <T> Prop<T> known(Path file, String path, T value, String where) {
        return Prop.known(path, value, span(file, where));
    }

    static <T> Prop<T> absent(ResourceId id, String path, T awsDefault) {
        return Prop.absent(path, awsDefault, id.declaration());
    }

    static <T> Prop<T> unknown(Path file, String path, String expression, String reason, String where) {
        return Prop.unknown(path, expression, reason, span(file, where));
    }
}
