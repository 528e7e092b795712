package dev.sagelint.hcl.fix;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.fix.EditOutcome;
import dev.sagelint.fix.FixRequest;
import dev.sagelint.fix.LineIndex;
import dev.sagelint.fix.ParseMemo;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.fix.TextEdit;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a fix into Terraform JSON ({@code .tf.json}, {@code .tfvars.json}), changing only the bytes of the value: a
 * literal written where the finding points is replaced; an absent attribute is added after the last member of the
 * object that lacks it, at that object's indentation, inside the nested block objects it needs.
 */
public final class TerraformJsonEditor implements SourceEditor {

    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");

    private final ParseMemo<Parsed> parsed =
            new ParseMemo<>((file, text) -> Parsed.of(JsonReader.read(file, text, ScanContext.Limits.defaults())));
    private final ParseMemo<LineIndex> lineIndexes = new ParseMemo<>((file, text) -> new LineIndex(text));

    @Override
    public boolean accepts(FixRequest request) {
        String type = request.finding().resource().sourceType();
        String name = String.valueOf(request.file().getFileName());
        return (type.startsWith("aws_") || type.startsWith("awscc_"))
                && (name.endsWith(".tf.json") || name.endsWith(".tfvars.json"));
    }

    @Override
    public EditOutcome edit(String text, FixRequest request) {
        Parsed file = parsed.of(request.file(), text);
        JsonReader.Result read = file.read();
        if (read.root().isEmpty() || read.hasErrors() || !(read.root().get() instanceof JsonValue.Obj root)) {
            return new EditOutcome.Refused("the file does not parse as it is now");
        }
        LineIndex lines = lineIndexes.of(request.file(), text);
        Span location = request.finding().location();
        Optional<JsonValue> at = Optional.ofNullable(file.byStart().get(key(location)));
        if (at.isPresent() && literal(at.get())) {
            return replace(lines, at.get(), request.value());
        }
        if (request.finding().resource().address().contains("/")) {
            return new EditOutcome.Refused("the job is embedded in a workflow definition, where sagelint only "
                    + "replaces values that are written");
        }
        Optional<JsonValue.Obj> resource = resource(root, location, request);
        if (resource.isEmpty()) return new EditOutcome.Refused("the resource is not in the file as it is now");
        JsonValue node = resource.get();
        String[] path = request.segments();
        for (int i = 0; i < path.length; i++) {
            Matcher m = SEGMENT.matcher(path[i]);
            if (!m.matches()) return new EditOutcome.Refused("the attribute path is not one sagelint can follow");
            if (!(node instanceof JsonValue.Obj obj)) {
                return new EditOutcome.Refused("`" + path[i - 1] + "` is not a JSON object sagelint can add to");
            }
            Optional<JsonValue.Member> member = obj.member(m.group(1));
            if (member.isEmpty()) {
                if (m.group(2) != null && !m.group(2).equals("0")) {
                    return new EditOutcome.Refused("there is no `" + path[i] + "` block");
                }
                return insert(lines, obj, List.of(path).subList(i, path.length), request.value());
            }
            node = member.get().value();
            if (node instanceof JsonValue.Arr arr) {
                int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                if (index >= arr.items().size()) return new EditOutcome.Refused("there is no `" + path[i] + "` block");
                node = arr.items().get(index);
            }
        }
        if (literal(node)) return replace(lines, node, request.value());
        return new EditOutcome.Refused("`" + request.finding().propertyPath() + "` is not a literal value");
    }

    private static boolean literal(JsonValue v) {
        return v instanceof JsonValue.Str || v instanceof JsonValue.Bool || v instanceof JsonValue.Num;
    }

    /** The object of the resource: under {@code resource.<type>.<name>}, the one whose span holds the location. */
    private static Optional<JsonValue.Obj> resource(JsonValue.Obj root, Span location, FixRequest request) {
        if (!(root.get("resource").orElse(null) instanceof JsonValue.Obj types)) return Optional.empty();
        Span declaration = request.finding().resource().declaration();
        for (JsonValue.Member type : types.members()) {
            if (!(type.value() instanceof JsonValue.Obj names)) continue;
            for (JsonValue.Member name : names.members()) {
                JsonValue body = name.value() instanceof JsonValue.Arr arr
                                && !arr.items().isEmpty()
                        ? arr.items().get(0)
                        : name.value();
                if (body instanceof JsonValue.Obj obj
                        && (within(obj.span(), location) || within(name.keySpan(), declaration))) {
                    return Optional.of(obj);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean within(Span outer, Span inner) {
        return (inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column())
                && (inner.line() < outer.endLine()
                        || inner.line() == outer.endLine() && inner.column() <= outer.endColumn());
    }

    /**
     * A parsed file with the value written at each position (the innermost first), computed once for the fixes of
     * the file, so a file with thousands of findings is walked once, not once per finding.
     */
    private record Parsed(JsonReader.Result read, Map<Long, JsonValue> byStart) {
        static Parsed of(JsonReader.Result read) {
            Map<Long, JsonValue> byStart = new HashMap<>();
            read.root().ifPresent(root -> index(root, byStart));
            return new Parsed(read, byStart);
        }

        private static void index(JsonValue node, Map<Long, JsonValue> byStart) {
            if (node instanceof JsonValue.Obj obj) {
                for (JsonValue.Member m : obj.members()) index(m.value(), byStart);
            } else if (node instanceof JsonValue.Arr arr) {
                for (JsonValue item : arr.items()) index(item, byStart);
            }
            byStart.putIfAbsent(key(node.span()), node);
        }
    }

    private static long key(Span span) {
        return ((long) span.line() << 32) | (span.column() & 0xffffffffL);
    }

    private static EditOutcome replace(LineIndex lines, JsonValue value, Object fix) {
        Span s = value.span();
        int start = lines.offset(s.line(), s.column());
        int end = lines.offset(s.endLine(), s.endColumn());
        return new EditOutcome.Edits(List.of(new TextEdit(start, end, json(fix))), null);
    }

    private static EditOutcome insert(LineIndex lines, JsonValue.Obj obj, List<String> path, Object value) {
        int open = lines.offset(obj.span().line(), obj.span().column());
        int close = lines.offset(obj.span().endLine(), obj.span().endColumn()) - 1;
        while (close > open && lines.text().charAt(close) != '}') close--;
        JsonValue.Member last =
                obj.members().isEmpty() ? null : obj.members().get(obj.members().size() - 1);
        String nl = lines.newline();
        if (last != null && last.keySpan().line() != obj.span().line()) {
            String indent = lines.indentation(last.keySpan().line());
            String outer = lines.indentation(obj.span().line());
            String step = indent.length() > outer.length() ? indent.substring(outer.length()) : "  ";
            int after = lines.offset(
                    last.value().span().endLine(), last.value().span().endColumn());
            return new EditOutcome.Edits(
                    List.of(TextEdit.insert(after, "," + nl + indent + entry(path, value, indent, step, nl))), null);
        }
        String entry = flat(path, value);
        return new EditOutcome.Edits(List.of(TextEdit.insert(close, (last == null ? "" : ", ") + entry)), null);
    }

    private static String entry(List<String> path, Object value, String indent, String step, String nl) {
        String key = json(path.get(0).replaceAll("\\[\\d+]", ""));
        if (path.size() == 1) return key + ": " + json(value);
        String inner = indent + step;
        return key + ": {" + nl + inner + entry(path.subList(1, path.size()), value, inner, step, nl) + nl + indent
                + "}";
    }

    private static String flat(List<String> path, Object value) {
        String key = json(path.get(0).replaceAll("\\[\\d+]", ""));
        if (path.size() == 1) return key + ": " + json(value);
        return key + ": {" + flat(path.subList(1, path.size()), value) + "}";
    }

    private static String json(Object value) {
        if (!(value instanceof String s)) return String.valueOf(value);
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
