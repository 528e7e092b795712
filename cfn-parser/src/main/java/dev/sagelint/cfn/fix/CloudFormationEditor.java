package dev.sagelint.cfn.fix;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.fix.EditOutcome;
import dev.sagelint.fix.FixRequest;
import dev.sagelint.fix.LineIndex;
import dev.sagelint.fix.ParseMemo;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.fix.TextEdit;
import dev.sagelint.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a fix into a CloudFormation template, YAML (block or flow style) or JSON, changing only the bytes of the
 * value: a value written where the finding points (in the resource, or a parameter's {@code Default} that it reads
 * through {@code Ref}, short or long form) is replaced in the quoting style it has; an absent property is added
 * after the last entry of the mapping that lacks it, at that mapping's indentation, with the mappings it needs.
 * Comments, key order and every other line stay as they are.
 */
public final class CloudFormationEditor implements SourceEditor {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final List<String> YAML_WORDS =
            List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

    private final TemplateReader reader = new TemplateReader(ScanContext.Limits.defaults());
    private final ParseMemo<Parsed> parsed =
            new ParseMemo<>((file, text) -> Parsed.of(reader.read(file, text.getBytes(StandardCharsets.UTF_8))));
    private final ParseMemo<LineIndex> lineIndexes = new ParseMemo<>((file, text) -> new LineIndex(text));

    @Override
    public boolean accepts(FixRequest request) {
        if (request.finding().resource().origin() != null) return false;
        if (request.finding().resource().constructPath() != null) return false;
        if (!request.finding().resource().sourceType().startsWith("AWS::")) return false;
        String name = String.valueOf(request.file().getFileName()).toLowerCase(Locale.ROOT);
        return !name.endsWith(".tf.json") && !name.endsWith(".tf");
    }

    @Override
    public EditOutcome edit(String text, FixRequest request) {
        Parsed template = parsed.of(request.file(), text);
        ReadResult read = template.read();
        if (read.root().isEmpty() || read.hasErrors() || !(read.root().get() instanceof Mapping root)) {
            return new EditOutcome.Refused("the template does not parse as it is now");
        }
        LineIndex lines = lineIndexes.of(request.file(), text);
        boolean json = isJsonFile(request, text);
        Span location = request.finding().location();
        Optional<CfnNode> at = Optional.ofNullable(template.byStart().get(key(location.line(), location.column())));
        if (at.isPresent() && at.get() instanceof Scalar scalar) {
            Optional<CfnNode.Intrinsic> function =
                    Optional.ofNullable(template.functionOf().get(scalar));
            if (function.isPresent()) return inFunction(lines, function.get(), request, json);
            Optional<String> disallowed = disallowed(root, scalar.span(), request.value());
            if (disallowed.isPresent()) return new EditOutcome.Refused(disallowed.get());
            return new EditOutcome.Edits(
                    List.of(new TextEdit(
                            start(lines, scalar), end(lines, scalar), replace(lines, scalar, request.value(), json))),
                    outside(root, request, scalar.span()));
        }
        if (at.isPresent() && at.get() instanceof CfnNode.Intrinsic function) {
            return inFunction(lines, function, request, json);
        }
        String address = request.finding().resource().address();
        String logicalId = address.substring(address.lastIndexOf('/') + 1);
        Optional<Entry> holder = holder(root, location);
        if (address.contains("/") && (holder.isEmpty() || !holder.get().key().equals(logicalId))) {
            return new EditOutcome.Refused("the job is embedded in a workflow definition, where sagelint only "
                    + "replaces values that are written");
        }
        if (holder.isPresent() && !holder.get().key().equals(logicalId)) {
            return new EditOutcome.Refused(
                    "the setting belongs to resource `" + holder.get().key() + "`, which this resource reads");
        }
        Optional<Mapping> resource = resource(root, request);
        if (resource.isEmpty()) return new EditOutcome.Refused("the resource is not in the template as it is now");
        List<String> path = new java.util.ArrayList<>();
        path.add("Properties");
        path.addAll(Arrays.asList(request.segments()));
        CfnNode node = resource.get();
        for (int i = 0; i < path.size(); i++) {
            Matcher m = SEGMENT.matcher(path.get(i));
            if (!m.matches())
                return new EditOutcome.Refused(
                        "the property path " + request.finding().propertyPath() + " is not one sagelint can follow");
            if (!(node instanceof Mapping mapping)) {
                return new EditOutcome.Refused("`" + String.join(".", path.subList(0, i)) + "` is " + node.kind()
                        + ", not a mapping sagelint can add to");
            }
            Optional<Entry> entry = mapping.entry(m.group(1));
            if (entry.isEmpty()) {
                List<String> rest = path.subList(i, path.size());
                if (rest.stream().anyMatch(s -> s.contains("["))) {
                    return new EditOutcome.Refused("the list `" + m.group(1) + "` is not written");
                }
                return insert(lines, mapping, rest, request.value(), json);
            }
            node = entry.get().value();
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                if (!(node instanceof Sequence seq) || index >= seq.items().size()) {
                    return new EditOutcome.Refused("`" + m.group(1) + "` has no item " + index);
                }
                node = seq.items().get(index);
            }
        }
        if (node instanceof Scalar scalar) {
            return new EditOutcome.Edits(
                    List.of(new TextEdit(
                            start(lines, scalar), end(lines, scalar), replace(lines, scalar, request.value(), json))),
                    null);
        }
        if (node instanceof CfnNode.Intrinsic function) return inFunction(lines, function, request, json);
        return new EditOutcome.Refused("`" + request.finding().propertyPath() + "` is written as " + node.kind()
                + ", which sagelint does not rewrite");
    }

    /**
     * The edit of a value written as an intrinsic function. An {@code Fn::Sub} whose string names no variable
     * ({@code !Sub "1"}, {@code Fn::Sub: Enabled}) is a literal in a wrapper: only the string inside it changes, and
     * the function stays as written. Any other function computes the value, which sagelint does not rewrite.
     */
    private static EditOutcome inFunction(
            LineIndex lines, CfnNode.Intrinsic function, FixRequest request, boolean json) {
        String property = "`" + request.finding().propertyPath() + "`";
        if (!function.function().equals("Fn::Sub") || !(function.argument() instanceof Scalar template)) {
            return new EditOutcome.Refused(
                    property + " is computed by `" + function.function() + "`, which sagelint does not rewrite");
        }
        if (template.value().contains("${")) {
            return new EditOutcome.Refused(property + " is computed by `Fn::Sub` from `" + template.value()
                    + "`, which sagelint does not rewrite");
        }
        int from = valueStart(lines, template);
        return new EditOutcome.Edits(
                List.of(new TextEdit(from, end(lines, template), quoted(lines, from, template, request.value(), json))),
                null);
    }

    /**
     * Where the scalar's own text starts: after the tag of a YAML short-form function ({@code !Sub "1"} starts its
     * span at the tag) and the blanks that follow it.
     */
    private static int valueStart(LineIndex lines, Scalar scalar) {
        String text = lines.text();
        int at = start(lines, scalar);
        int end = end(lines, scalar);
        if (at < end && text.charAt(at) == '!') {
            while (at < end && !Character.isWhitespace(text.charAt(at))) at++;
            while (at < end && Character.isWhitespace(text.charAt(at))) at++;
        }
        return at;
    }

    /** The resource whose logical ID the finding's resource is declared at. */
    private static Optional<Mapping> resource(Mapping root, FixRequest request) {
        Span declaration = request.finding().resource().declaration();
        if (!(root.get("Resources").orElse(null) instanceof Mapping resources)) return Optional.empty();
        for (Entry e : resources.entries()) {
            boolean declared =
                    e.keySpan().line() == declaration.line() && e.keySpan().column() == declaration.column();
            String address = request.finding().resource().address();
            boolean named = e.key().equals(address.substring(address.lastIndexOf('/') + 1));
            if ((declared || named) && e.value() instanceof Mapping m) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** The resource whose declaration holds the location. */
    private static Optional<Entry> holder(Mapping root, Span location) {
        if (!(root.get("Resources").orElse(null) instanceof Mapping resources)) return Optional.empty();
        for (Entry e : resources.entries()) {
            Span declared = new Span(
                    location.file(),
                    e.keySpan().line(),
                    e.keySpan().column(),
                    e.value().span().endLine(),
                    e.value().span().endColumn());
            if (contains(declared, location)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Why a parameter's default cannot become {@code value}: its {@code AllowedValues} do not list it. */
    private static Optional<String> disallowed(Mapping root, Span value, Object fix) {
        if (!(root.get("Parameters").orElse(null) instanceof Mapping parameters)) return Optional.empty();
        for (Entry p : parameters.entries()) {
            if (contains(p.value().span(), value)
                    && p.value() instanceof Mapping declaration
                    && declaration.get("AllowedValues").orElse(null) instanceof Sequence allowed
                    && allowed.items().stream()
                            .noneMatch(i -> i instanceof Scalar s && s.value().equals(String.valueOf(fix)))) {
                return Optional.of("the `AllowedValues` of parameter `" + p.key() + "` do not list `" + fix + "`");
            }
        }
        return Optional.empty();
    }

    /** A note when the edited value is outside the resource: a parameter default others may read. */
    private static String outside(Mapping root, FixRequest request, Span value) {
        if (root.get("Parameters").orElse(null) instanceof Mapping parameters) {
            for (Entry p : parameters.entries()) {
                if (contains(p.value().span(), value)) {
                    return "the `Default` of parameter `" + p.key() + "`, which every resource that references it "
                            + "reads unless a deployment sets the parameter";
                }
            }
        }
        if (root.get("Mappings").orElse(null) instanceof Mapping mappings && contains(mappings.span(), value)) {
            return "a value in `Mappings`, which other resources may read";
        }
        return null;
    }

    private static boolean contains(Span outer, Span inner) {
        boolean afterStart =
                inner.line() > outer.line() || (inner.line() == outer.line() && inner.column() >= outer.column());
        boolean beforeEnd = inner.endLine() < outer.endLine()
                || (inner.endLine() == outer.endLine() && inner.endColumn() <= outer.endColumn());
        return afterStart && beforeEnd;
    }

    /**
     * A parsed template with what each fix looks up computed once, so the fixes of a template with thousands of
     * findings walk it once, not once per finding: the node written at each position (the innermost first, the first
     * in document order among equals) and, for a node written as a function's argument, that function.
     */
    private record Parsed(
            ReadResult read, Map<Long, CfnNode> byStart, IdentityHashMap<CfnNode, CfnNode.Intrinsic> functionOf) {
        static Parsed of(ReadResult read) {
            Map<Long, CfnNode> byStart = new HashMap<>();
            IdentityHashMap<CfnNode, CfnNode.Intrinsic> functionOf = new IdentityHashMap<>();
            read.root().ifPresent(root -> index(root, byStart, functionOf));
            return new Parsed(read, byStart, functionOf);
        }

        private static void index(
                CfnNode node, Map<Long, CfnNode> byStart, IdentityHashMap<CfnNode, CfnNode.Intrinsic> functionOf) {
            if (node instanceof Mapping m) {
                for (Entry e : m.entries()) index(e.value(), byStart, functionOf);
            } else if (node instanceof Sequence s) {
                for (CfnNode item : s.items()) index(item, byStart, functionOf);
            } else if (node instanceof CfnNode.Intrinsic i) {
                functionOf.putIfAbsent(i.argument(), i);
                index(i.argument(), byStart, functionOf);
            }
            // Children first: the innermost node that starts at a position wins.
            byStart.putIfAbsent(key(node.span().line(), node.span().column()), node);
        }
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static int start(LineIndex lines, CfnNode node) {
        return lines.offset(node.span().line(), node.span().column());
    }

    private static int end(LineIndex lines, CfnNode node) {
        return lines.offset(node.span().endLine(), node.span().endColumn());
    }

    /** The value in the quoting style of the scalar it replaces. */
    private static String replace(LineIndex lines, Scalar old, Object value, boolean json) {
        return quoted(lines, start(lines, old), old, value, json);
    }

    /** The value in the quoting style of the scalar written from {@code from}. */
    private static String quoted(LineIndex lines, int from, Scalar old, Object value, boolean json) {
        String written = lines.text().substring(from, end(lines, old));
        String raw = String.valueOf(value);
        if (written.startsWith("\"")) return "\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (written.startsWith("'")) return "'" + raw.replace("'", "''") + "'";
        return json ? json(value) : yaml(value);
    }

    /** The value as a YAML plain or double-quoted scalar. */
    private static String yaml(Object value) {
        if (!(value instanceof String s)) return String.valueOf(value);
        return PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT)) ? s : json(s);
    }

    /** The value as JSON. */
    private static String json(Object value) {
        if (!(value instanceof String s)) return String.valueOf(value);
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Adds {@code path} (keys of nested mappings, the last one set to {@code value}) to {@code mapping}. */
    private static EditOutcome insert(LineIndex lines, Mapping mapping, List<String> path, Object value, boolean json) {
        int open = start(lines, mapping);
        boolean flow = open < lines.text().length() && lines.text().charAt(open) == '{';
        if (flow) {
            int close = end(lines, mapping) - 1;
            while (close > open && lines.text().charAt(close) != '}') close--;
            Entry last = mapping.entries().isEmpty()
                    ? null
                    : mapping.entries().get(mapping.entries().size() - 1);
            boolean multiline =
                    last != null && last.keySpan().line() != mapping.span().line();
            if (json && multiline) {
                String indent = lines.indentation(last.keySpan().line());
                String step = step(lines, mapping, indent);
                String nl = lines.newline();
                String entry = "," + nl + indent + jsonEntry(path, value, indent, step, nl);
                return edits(TextEdit.insert(end(lines, last.value()), entry));
            }
            String entry = json ? flowJson(path, value) : flowYaml(path, value);
            return edits(TextEdit.insert(close, (last == null ? "" : ", ") + entry));
        }
        if (mapping.entries().isEmpty()) return new EditOutcome.Refused("the mapping to add to is empty");
        Entry first = mapping.entries().get(0);
        Entry last = mapping.entries().get(mapping.entries().size() - 1);
        String indent = " ".repeat(first.keySpan().column() - 1);
        String step = "  ";
        for (Entry e : mapping.entries()) {
            if (e.value() instanceof Mapping child && !child.entries().isEmpty()) {
                int width = child.entries().get(0).keySpan().column()
                        - first.keySpan().column();
                if (width > 0
                        && child.entries().get(0).keySpan().line()
                                != e.keySpan().line()) {
                    step = " ".repeat(width);
                    break;
                }
            }
        }
        String nl = lines.newline();
        StringBuilder text = new StringBuilder();
        String current = indent;
        for (int i = 0; i < path.size(); i++) {
            text.append(nl).append(current).append(path.get(i)).append(':');
            if (i == path.size() - 1) text.append(' ').append(yaml(value));
            current += step;
        }
        int lastLine = last.value().span().endLine();
        if (last.value().span().endColumn() == 1 && lastLine > last.keySpan().line()) lastLine--;
        return edits(TextEdit.insert(lines.lineEnd(lastLine), text.toString()));
    }

    /** Whether the template is JSON: by its name, else by its first character, as the reader decides. */
    private static boolean isJsonFile(FixRequest request, String text) {
        String name = String.valueOf(request.file().getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return false;
        return text.strip().replace("\uFEFF", "").startsWith("{");
    }

    private static String step(LineIndex lines, Mapping mapping, String indent) {
        String outer = lines.indentation(mapping.span().line());
        return indent.length() > outer.length() ? indent.substring(outer.length()) : "  ";
    }

    private static String jsonEntry(List<String> path, Object value, String indent, String step, String nl) {
        if (path.size() == 1) return json(path.get(0)) + ": " + json(value);
        String inner = indent + step;
        return json(path.get(0)) + ": {" + nl + inner + jsonEntry(path.subList(1, path.size()), value, inner, step, nl)
                + nl + indent + "}";
    }

    private static String flowJson(List<String> path, Object value) {
        if (path.size() == 1) return json(path.get(0)) + ": " + json(value);
        return json(path.get(0)) + ": {" + flowJson(path.subList(1, path.size()), value) + "}";
    }

    private static String flowYaml(List<String> path, Object value) {
        if (path.size() == 1) return path.get(0) + ": " + yaml(value);
        return path.get(0) + ": {" + flowYaml(path.subList(1, path.size()), value) + "}";
    }

    private static EditOutcome edits(TextEdit edit) {
        return new EditOutcome.Edits(List.of(edit), null);
    }
}
