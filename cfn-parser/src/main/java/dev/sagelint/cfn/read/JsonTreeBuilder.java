package dev.sagelint.cfn.read;

import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the positioned tree of a JSON template from the shared {@link JsonReader} (strict JSON, as CloudFormation
 * reads it: no comments, no trailing commas; the scan's limits; duplicate keys reported): a single-key object
 * whose key is an intrinsic function's long form becomes an {@link Intrinsic}, and every node keeps the text it
 * is written as.
 */
final class JsonTreeBuilder {

    private final SourceText source;
    /** The offset at which each line of the text starts, counting line breaks as JSON readers do. */
    private final int[] lineStarts;

    private JsonTreeBuilder(SourceText source) {
        this.source = source;
        this.lineStarts = lineStarts(source.text());
    }

    static ReadResult read(SourceText source, ScanContext.Limits limits) {
        JsonReader.Result read = JsonReader.read(source.file(), source.text(), limits);
        Optional<CfnNode> root = read.root().map(new JsonTreeBuilder(source)::node);
        return new ReadResult(root, read.diagnostics());
    }

    private CfnNode node(JsonValue v) {
        Snippet snippet = snippet(v.span());
        if (v instanceof JsonValue.Obj o) {
            List<Entry> entries = new ArrayList<>();
            for (JsonValue.Member m : o.members()) entries.add(new Entry(m.key(), m.keySpan(), node(m.value())));
            if (entries.size() == 1 && Intrinsics.isLongForm(entries.get(0).key())) {
                return new Intrinsic(entries.get(0).key(), entries.get(0).value(), o.span(), snippet);
            }
            return new Mapping(entries, o.span(), snippet);
        }
        if (v instanceof JsonValue.Arr a)
            return new Sequence(a.items().stream().map(this::node).toList(), a.span(), snippet);
        if (v instanceof JsonValue.Str s) return new Scalar(s.value(), false, s.span(), snippet);
        if (v instanceof JsonValue.Num n) return new Scalar(n.text(), true, n.span(), snippet);
        if (v instanceof JsonValue.Bool b) return new Scalar(String.valueOf(b.value()), true, b.span(), snippet);
        return new Scalar("null", true, v.span(), snippet);
    }

    /** The text from the start of a span to its end (the column just after the last character). */
    private Snippet snippet(Span span) {
        return source.snippet(offset(span.line(), span.column()), offset(span.endLine(), span.endColumn()));
    }

    private int offset(int line, int column) {
        int start = lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
        return Math.min(source.text().length(), start + Math.max(0, column - 1));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
