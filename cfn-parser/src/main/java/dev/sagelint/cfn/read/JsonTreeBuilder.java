package dev.sagelint.cfn.read;

import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.json.JsonReader;
import dev.sagelint.model.Span;
import java.util.List;

/**
 * Builds the positioned tree of a JSON template from the shared {@link JsonReader} (strict JSON, as CloudFormation
 * reads it: no comments, no trailing commas; the scan's limits; duplicate keys reported): a single-key object
 * whose key is an intrinsic function's long form becomes an {@link Intrinsic}, and every node keeps the text it
 * is written as.
 */
final class JsonTreeBuilder implements JsonReader.Builder<CfnNode, Entry> {

    private final SourceText source;

    private JsonTreeBuilder(SourceText source) {
        this.source = source;
    }

    static ReadResult read(SourceText source, ScanContext.Limits limits) {
        JsonReader.Tree<CfnNode> read =
                JsonReader.read(source.file(), source.text(), limits, new JsonTreeBuilder(source));
        return new ReadResult(read.root(), read.diagnostics());
    }

    @Override
    public Entry member(String key, Span keySpan, CfnNode value) {
        return new Entry(key, keySpan, value);
    }

    @Override
    public CfnNode object(List<Entry> entries, Span span, int start, int end) {
        Snippet snippet = source.snippet(start, end);
        if (entries.size() == 1 && Intrinsics.isLongForm(entries.get(0).key())) {
            return new Intrinsic(entries.get(0).key(), entries.get(0).value(), span, snippet);
        }
        return new Mapping(entries, span, snippet);
    }

    @Override
    public CfnNode array(List<CfnNode> items, Span span, int start, int end) {
        return new Sequence(items, span, source.snippet(start, end));
    }

    @Override
    public CfnNode scalar(JsonReader.ScalarKind kind, String text, Span span, int start, int end) {
        return new Scalar(text, kind != JsonReader.ScalarKind.STRING, span, source.snippet(start, end));
    }
}
