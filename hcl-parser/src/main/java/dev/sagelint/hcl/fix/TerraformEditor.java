package dev.sagelint.hcl.fix;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.fix.EditOutcome;
import dev.sagelint.fix.FixRequest;
import dev.sagelint.fix.LineIndex;
import dev.sagelint.fix.ParseMemo;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.fix.TextEdit;
import dev.sagelint.hcl.read.Attribute;
import dev.sagelint.hcl.read.Block;
import dev.sagelint.hcl.read.Body;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.ReadResult;
import dev.sagelint.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a fix into Terraform HCL ({@code .tf}, {@code .tfvars}), changing only the bytes of the value: an attribute
 * written where the finding points (in the resource, a variable's {@code default}, a tfvars entry, a module
 * argument) has its literal value replaced; an absent attribute is added as the last item of the block that lacks it,
 * at that block's indentation, inside the nested blocks it needs. Comments and every other line stay as they are.
 * A value computed by an expression is not rewritten.
 */
public final class TerraformEditor implements SourceEditor {

    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");

    private final HclReader reader = new HclReader(ScanContext.Limits.defaults().maxNestingDepth());
    private final ParseMemo<Parsed> parsed = new ParseMemo<>((file, text) -> Parsed.of(reader.read(file, text)));
    private final ParseMemo<LineIndex> lineIndexes = new ParseMemo<>((file, text) -> new LineIndex(text));

    @Override
    public boolean accepts(FixRequest request) {
        String type = request.finding().resource().sourceType();
        String name = String.valueOf(request.file().getFileName());
        return (type.startsWith("aws_") || type.startsWith("awscc_"))
                && (name.endsWith(".tf") || name.endsWith(".tfvars"));
    }

    @Override
    public EditOutcome edit(String text, FixRequest request) {
        Parsed file = parsed.of(request.file(), text);
        if (file.body() == null) return new EditOutcome.Refused("the file does not parse as it is now");
        Body body = file.body();
        LineIndex lines = lineIndexes.of(request.file(), text);
        Span location = request.finding().location();
        Optional<Found> at = Optional.ofNullable(file.attributes().get(key(location)));
        if (at.isPresent()) {
            return replace(lines, at.get().attribute(), request.value(), note(at.get(), request));
        }
        Optional<Block> resource;
        if (request.finding().resource().address().contains("/")) {
            // A job declared by a block of its resource (a tuning job's training_job_definition) is edited in that
            // block, where the finding points; a job inside a workflow definition is an expression's value.
            resource = body.blocks("resource").stream()
                    .flatMap(b -> nestedBlockAt(b.body(), location).stream())
                    .findFirst();
            if (resource.isEmpty()) {
                return new EditOutcome.Refused("the job is embedded in a workflow definition, where sagelint only "
                        + "replaces values that are written");
            }
        } else {
            Span declaration = request.finding().resource().declaration();
            resource = file.resources().stream()
                    .filter(r -> within(r.span(), location))
                    .findFirst()
                    .or(() -> file.resources().stream()
                            .filter(r -> sameStart(r.header(), declaration))
                            .findFirst())
                    .map(ResourceBlock::block);
        }
        if (resource.isEmpty()) return new EditOutcome.Refused("the resource block is not in the file as it is now");
        Block block = resource.get();
        String[] path = request.segments();
        for (int i = 0; i < path.length; i++) {
            Matcher m = SEGMENT.matcher(path[i]);
            if (!m.matches()) return new EditOutcome.Refused("the attribute path is not one sagelint can follow");
            String name = m.group(1);
            if (i == path.length - 1) {
                Optional<Attribute> attribute = block.body().attribute(name);
                if (attribute.isPresent()) return replace(lines, attribute.get(), request.value(), null);
                if (!block.body().blocks(name).isEmpty()) {
                    return new EditOutcome.Refused("`" + name + "` is written as a block");
                }
                return insert(lines, block, List.of(path).subList(i, path.length), request.value());
            }
            if (block.body().attribute(name).isPresent()) {
                return new EditOutcome.Refused("`" + name + "` is written as an attribute, not a block");
            }
            List<Block> nested = block.body().blocks(name);
            int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (nested.isEmpty() && index == 0) {
                if (block.body().blocks("dynamic").stream()
                        .anyMatch(d -> d.label(0).equals(name))) {
                    return new EditOutcome.Refused("`" + name + "` is a dynamic block");
                }
                return insert(lines, block, List.of(path).subList(i, path.length), request.value());
            }
            if (index >= nested.size()) return new EditOutcome.Refused("there is no `" + path[i] + "` block");
            block = nested.get(index);
        }
        return new EditOutcome.Refused("the attribute path is empty");
    }

    private record Found(Attribute attribute, Block parent) {}

    private record ResourceBlock(Block block, Span span, Span header) {}

    /**
     * A parsed file with what each fix looks up computed once: the attributes by where their values start (the first
     * in file order wins), and the resource blocks with their spans. The fixes of one file share it, so a file with
     * thousands of findings is walked once, not once per finding.
     */
    private record Parsed(Body body, Map<Long, Found> attributes, List<ResourceBlock> resources) {
        static Parsed of(ReadResult read) {
            if (read.file().isEmpty()) return new Parsed(null, Map.of(), List.of());
            Body body = read.file().get().body();
            Map<Long, Found> attributes = new HashMap<>();
            index(body, null, attributes);
            List<ResourceBlock> resources = body.blocks("resource").stream()
                    .map(b -> new ResourceBlock(b, b.src().span(), b.header()))
                    .toList();
            return new Parsed(body, attributes, resources);
        }

        private static void index(Body body, Block top, Map<Long, Found> into) {
            for (Attribute a : body.attributes()) {
                into.putIfAbsent(key(a.value().src().span()), new Found(a, top));
            }
            for (Block b : body.blocks()) index(b.body(), top == null ? b : top, into);
        }
    }

    /** A span's start as one number, for the index of attributes. */
    private static long key(Span span) {
        return ((long) span.line() << 32) | (span.column() & 0xffffffffL);
    }

    /** The block nested in {@code body}, at any depth, whose header starts at the location. */
    private static Optional<Block> nestedBlockAt(Body body, Span location) {
        for (Block b : body.blocks()) {
            if (sameStart(b.header(), location)) return Optional.of(b);
            Optional<Block> inner = nestedBlockAt(b.body(), location);
            if (inner.isPresent()) return inner;
        }
        return Optional.empty();
    }

    private static String note(Found found, FixRequest request) {
        String name = String.valueOf(request.file().getFileName());
        if (name.endsWith(".tfvars")) {
            return "the value of variable `" + found.attribute().name() + "` in " + name
                    + ", which every resource that reads the variable uses";
        }
        if (found.parent() == null) return null;
        if (found.parent().type().equals("variable")) {
            return "the `default` of variable `" + found.parent().label(0) + "`, which every resource that reads it "
                    + "uses unless a tfvars file sets it";
        }
        if (found.parent().type().equals("module")) {
            return "the argument `" + found.attribute().name() + "` of module `"
                    + found.parent().label(0) + "`, which every resource of the module that reads it uses";
        }
        if (found.parent().type().equals("locals")) {
            return "the local value `" + found.attribute().name() + "`, which every resource that reads it uses";
        }
        return null;
    }

    private static boolean within(Span outer, Span inner) {
        return (inner.line() > outer.line() || inner.line() == outer.line() && inner.column() >= outer.column())
                && (inner.line() < outer.endLine()
                        || inner.line() == outer.endLine() && inner.column() <= outer.endColumn());
    }

    private static boolean sameStart(Span a, Span b) {
        return a.line() == b.line() && a.column() == b.column();
    }

    private static EditOutcome replace(LineIndex lines, Attribute attribute, Object value, String note) {
        Expr expr = attribute.value();
        if (!(expr instanceof Expr.Literal)) {
            return new EditOutcome.Refused("`" + attribute.name() + "` is set by an expression ("
                    + expr.src().text() + "), which sagelint does not rewrite");
        }
        Span span = expr.src().span();
        int start = lines.offset(span.line(), span.column());
        int end = lines.offset(span.endLine(), span.endColumn());
        return new EditOutcome.Edits(List.of(new TextEdit(start, end, hcl(value))), note);
    }

    /** Adds the nested blocks of {@code path} and its last attribute, set to {@code value}, at the end of the block. */
    private static EditOutcome insert(LineIndex lines, Block block, List<String> path, Object value) {
        Span span = block.src().span();
        int close = lines.offset(span.endLine(), span.endColumn()) - 1;
        if (close < 0 || close >= lines.text().length() || lines.text().charAt(close) != '}') {
            return new EditOutcome.Refused("the end of the block `" + block.type() + "` is not where expected");
        }
        String outer = lines.indentation(block.header().line());
        String inner = innerIndent(lines, block, outer);
        String step = inner.length() > outer.length() ? inner.substring(outer.length()) : "  ";
        String nl = lines.newline();
        StringBuilder item = new StringBuilder();
        String indent = inner;
        for (int i = 0; i < path.size() - 1; i++) {
            item.append(indent)
                    .append(path.get(i).replaceAll("\\[\\d+]", ""))
                    .append(" {")
                    .append(nl);
            indent += step;
        }
        String attribute = path.get(path.size() - 1);
        String padding = path.size() == 1 ? padding(lines, block, attribute) : "";
        item.append(indent).append(attribute).append(padding).append(" = ").append(hcl(value));
        for (int i = path.size() - 2; i >= 0; i--) {
            indent = indent.substring(0, indent.length() - step.length());
            item.append(nl).append(indent).append('}');
        }
        int closeLine = lines.line(close);
        boolean ownLine =
                lines.text().substring(lines.lineStart(closeLine), close).isBlank();
        if (ownLine && closeLine > block.header().line()) {
            return edits(TextEdit.insert(lines.lineStart(closeLine), item + nl));
        }
        int from = close;
        while (from > 0 && (lines.text().charAt(from - 1) == ' ' || lines.text().charAt(from - 1) == '\t')) from--;
        return edits(new TextEdit(from, close, nl + item + nl + outer));
    }

    /**
     * The spaces that align a new last attribute's {@code =} with the attribute written just before it, as
     * {@code terraform fmt} aligns a run of attributes; none when the previous item is a block or the name is longer.
     */
    private static String padding(LineIndex lines, Block block, String name) {
        Attribute last = null;
        for (Attribute a : block.body().attributes()) {
            if (last == null || a.src().span().line() > last.src().span().line()) last = a;
        }
        if (last == null) return "";
        int lastLine = last.src().span().endLine();
        for (Block b : block.body().blocks()) {
            if (b.header().line() > lastLine) return "";
        }
        String text = lines.lineText(last.src().span().line());
        int nameEnd = text.indexOf(last.name()) + last.name().length();
        int eq = text.indexOf('=', nameEnd);
        if (eq < 0) return "";
        int width = eq - lines.indentation(last.src().span().line()).length() - 1;
        return name.length() < width ? " ".repeat(width - name.length()) : "";
    }

    private static String innerIndent(LineIndex lines, Block block, String outer) {
        int first = Integer.MAX_VALUE;
        for (Attribute a : block.body().attributes())
            first = Math.min(first, a.src().span().line());
        for (Block b : block.body().blocks()) first = Math.min(first, b.header().line());
        if (first != Integer.MAX_VALUE && first > block.header().line()) return lines.indentation(first);
        return outer + "  ";
    }

    private static EditOutcome edits(TextEdit edit) {
        return new EditOutcome.Edits(List.of(edit), null);
    }

    /** The value as an HCL literal. */
    static String hcl(Object value) {
        if (!(value instanceof String s)) return String.valueOf(value);
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${") + "\"";
    }
}
