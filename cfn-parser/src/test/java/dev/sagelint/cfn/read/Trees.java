package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads inline templates and walks the trees in tests. */
final class Trees {

    static final Path YAML = Path.of("/templates/stack.yaml");
    static final Path JSON = Path.of("/templates/stack.json");

    private Trees() {}

    static ReadResult read(Path file, String text) {
        return new TemplateReader(ScanContext.Limits.defaults()).read(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a template that must parse without any diagnostic. */
    static CfnNode.Mapping clean(Path file, String text) {
        ReadResult result = read(file, text);
        assertThat(result.diagnostics()).isEmpty();
        return (CfnNode.Mapping) result.root().orElseThrow();
    }

    /** The node at a path of keys and list indexes, such as {@code "Resources", "Nb", "Properties", "Tags", 0}. */
    static CfnNode at(CfnNode node, Object... path) {
        CfnNode current = node;
        for (Object step : path) {
            if (step instanceof Integer index) {
                current = ((CfnNode.Sequence) current).items().get(index);
            } else {
                current = ((CfnNode.Mapping) current)
                        .get((String) step)
                        .orElseThrow(() -> new AssertionError("no key " + step));
            }
        }
        return current;
    }

    /** The entry of the mapping at {@code path} with key {@code key}. */
    static CfnNode.Entry entry(CfnNode node, String key, Object... path) {
        return ((CfnNode.Mapping) at(node, path)).entry(key).orElseThrow();
    }

    /** {@code "line:column-endLine:endColumn"}, to compare spans in one readable string. */
    static String where(Span span) {
        return span.line() + ":" + span.column() + "-" + span.endLine() + ":" + span.endColumn();
    }
}
