package dev.sagelint.hcl.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;

/**
 * Reads the JSON syntax of Terraform ({@code .tf.json}, {@code .tfvars.json}) into the same syntax tree as HCL
 * (https://developer.hashicorp.com/terraform/language/syntax/json). Strings in a configuration are templates
 * ({@code "${var.x}"}); nested objects stay object values, which the adapters read like nested blocks.
 */
public final class JsonConfigReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final HclReader hcl;
    private final int maxNestingDepth;

    public JsonConfigReader(HclReader hcl, int maxNestingDepth) {
        this.hcl = hcl;
        this.maxNestingDepth = maxNestingDepth;
    }

    /** A positioned JSON value. */
    private record Node(Object value, Span span, int start, int stop) {}

    private record Key(String name, Span span) {}

    /** Marks an object's field list (so that an empty object is still an object). */
    private static final class Fields extends ArrayList<Map.Entry<Key, Node>> {}

    /** Marks an array's items. */
    private static final class Items extends ArrayList<Node> {}

    /** Reads a {@code .tf.json} file: {@code resource}, {@code data}, {@code variable}, {@code locals}, ... */
    public ReadResult readConfig(Path file, String text) {
        return read(file, text, false);
    }

    /** Reads a {@code .tfvars.json} file: one object of variable values, all literal. */
    public ReadResult readVars(Path file, String text) {
        return read(file, text, true);
    }

    private ReadResult read(Path file, String text, boolean vars) {
        Source source = new Source(file, CharStreams.fromString(text, file.toString()));
        Node root;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return error(file, "the file must hold one JSON object", 1, 1);
            }
            root = node(p, t, file, 0);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            return error(
                    file,
                    "syntax error: " + e.getOriginalMessage(),
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } catch (IOException | RuntimeException e) {
            return error(file, "cannot read the file: " + e.getMessage(), 0, 0);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Builder b = new Builder(source, vars, diagnostics);
        Body body = vars ? b.attributes(root, true) : b.config(root);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) return new ReadResult(Optional.empty(), diagnostics);
        return new ReadResult(Optional.of(new ConfigFile(file, body)), diagnostics);
    }

    private static ReadResult error(Path file, String message, int line, int column) {
        return new ReadResult(
                Optional.empty(), List.of(Diagnostic.error(DiagnosticCode.PARSE_ERROR, message, file, line, column)));
    }

    private Node node(JsonParser p, JsonToken t, Path file, int depth) throws IOException {
        if (depth > maxNestingDepth) {
            throw new JsonParseException(p, "nested more than " + maxNestingDepth + " levels deep");
        }
        JsonLocation loc = p.currentTokenLocation();
        int line = Math.max(1, loc.getLineNr());
        int column = Math.max(1, loc.getColumnNr());
        int start = (int) loc.getCharOffset();
        switch (t) {
            case START_OBJECT -> {
                Fields fields = new Fields();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    Key key = new Key(
                            p.currentName(),
                            new Span(
                                    file,
                                    Math.max(1, kl.getLineNr()),
                                    Math.max(1, kl.getColumnNr()),
                                    Math.max(1, kl.getLineNr()),
                                    Math.max(1, kl.getColumnNr())
                                            + p.currentName().length()
                                            + 2));
                    fields.add(Map.entry(key, node(p, p.nextToken(), file, depth + 1)));
                }
                JsonLocation end = p.currentLocation();
                return new Node(
                        fields,
                        new Span(file, line, column, end.getLineNr(), end.getColumnNr()),
                        start,
                        (int) end.getCharOffset() - 1);
            }
            case START_ARRAY -> {
                Items items = new Items();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) items.add(node(p, n, file, depth + 1));
                JsonLocation end = p.currentLocation();
                return new Node(
                        items,
                        new Span(file, line, column, end.getLineNr(), end.getColumnNr()),
                        start,
                        (int) end.getCharOffset() - 1);
            }
            default -> {
                Object value = switch (t) {
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    default -> null;
                };
                JsonLocation end = p.currentLocation();
                int endColumn = end.getLineNr() == line ? end.getColumnNr() : column + 1;
                return new Node(
                        value, new Span(file, line, column, line, endColumn), start, (int) end.getCharOffset() - 1);
            }
        }
    }

    /** Turns JSON nodes into bodies and expressions. */
    private final class Builder {
        private final Source source;
        private final boolean literalStrings;
        private final List<Diagnostic> diagnostics;

        Builder(Source source, boolean literalStrings, List<Diagnostic> diagnostics) {
            this.source = source;
            this.literalStrings = literalStrings;
            this.diagnostics = diagnostics;
        }

        Body config(Node root) {
            List<Block> blocks = new ArrayList<>();
            for (Map.Entry<Key, Node> top : objectFields(root)) {
                String kind = top.getKey().name();
                Node value = top.getValue();
                switch (kind) {
                    case "resource", "data" -> {
                        for (Node group : asList(value)) {
                            for (Map.Entry<Key, Node> type : objectFields(group)) {
                                for (Node named : asList(type.getValue())) {
                                    for (Map.Entry<Key, Node> name : objectFields(named)) {
                                        for (Node bodyNode : asList(name.getValue())) {
                                            blocks.add(block(
                                                    kind,
                                                    List.of(
                                                            type.getKey().name(),
                                                            name.getKey().name()),
                                                    name.getKey().span(),
                                                    bodyNode));
                                        }
                                    }
                                }
                            }
                        }
                    }
                    case "variable", "module", "output" -> {
                        for (Node group : asList(value)) {
                            for (Map.Entry<Key, Node> named : objectFields(group)) {
                                for (Node bodyNode : asList(named.getValue())) {
                                    blocks.add(block(
                                            kind,
                                            List.of(named.getKey().name()),
                                            named.getKey().span(),
                                            bodyNode));
                                }
                            }
                        }
                    }
                    case "locals" -> {
                        for (Node group : asList(value)) {
                            blocks.add(block(kind, List.of(), top.getKey().span(), group));
                        }
                    }
                    default -> {
                        // provider, terraform, moved, import: nothing the analysis reads
                    }
                }
            }
            return new Body(List.of(), blocks);
        }

        private Block block(String type, List<String> labels, Span header, Node bodyNode) {
            Body body = type.equals("variable") ? variableBody(bodyNode) : attributes(bodyNode, false);
            return new Block(type, labels, body, header, src(bodyNode));
        }

        private Body variableBody(Node node) {
            List<Attribute> attributes = new ArrayList<>();
            for (Map.Entry<Key, Node> f : objectFields(node)) {
                if (f.getKey().name().equals("default")) {
                    attributes.add(new Attribute("default", literal(f.getValue()), src(f.getValue())));
                }
            }
            return new Body(attributes, List.of());
        }

        Body attributes(Node node, boolean literal) {
            List<Attribute> attributes = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            for (Map.Entry<Key, Node> f : objectFields(node)) {
                String name = f.getKey().name();
                if (name.equals("dynamic") && !literal) {
                    for (Map.Entry<Key, Node> d : objectFields(f.getValue())) {
                        for (Node content : asList(d.getValue())) {
                            Body dyn = dynamicBody(content);
                            blocks.add(new Block(
                                    "dynamic",
                                    List.of(d.getKey().name()),
                                    dyn,
                                    d.getKey().span(),
                                    src(content)));
                        }
                    }
                    continue;
                }
                Expr value = literal ? literal(f.getValue()) : expression(f.getValue());
                attributes.add(new Attribute(name, value, src(f.getValue())));
            }
            return new Body(attributes, blocks);
        }

        private Body dynamicBody(Node node) {
            List<Attribute> attributes = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            for (Map.Entry<Key, Node> f : objectFields(node)) {
                if (f.getKey().name().equals("content")) {
                    blocks.add(new Block(
                            "content",
                            List.of(),
                            attributes(f.getValue(), false),
                            f.getKey().span(),
                            src(f.getValue())));
                } else {
                    attributes.add(new Attribute(f.getKey().name(), expression(f.getValue()), src(f.getValue())));
                }
            }
            return new Body(attributes, blocks);
        }

        private Expr expression(Node node) {
            Src s = src(node);
            if (node.value() instanceof Fields fields) {
                List<Expr.Item> items = new ArrayList<>();
                for (Map.Entry<Key, Node> f : fields) {
                    items.add(new Expr.Item(
                            new Expr.Literal(
                                    new Src(source, -1, -2, f.getKey().span()),
                                    f.getKey().name()),
                            expression(f.getValue())));
                }
                return new Expr.ObjectCons(s, items);
            }
            if (node.value() instanceof Items items) {
                return new Expr.Tuple(s, items.stream().map(this::expression).toList());
            }
            if (node.value() instanceof String text
                    && !literalStrings
                    && (text.contains("${") || text.contains("%{"))) {
                return hcl.readTemplate(source, text, node.span(), diagnostics).orElse(new Expr.Literal(s, text));
            }
            return new Expr.Literal(s, node.value());
        }

        private Expr literal(Node node) {
            Src s = src(node);
            if (node.value() instanceof Fields fields) {
                List<Expr.Item> items = new ArrayList<>();
                for (Map.Entry<Key, Node> f : fields) {
                    items.add(new Expr.Item(
                            new Expr.Literal(
                                    new Src(source, -1, -2, f.getKey().span()),
                                    f.getKey().name()),
                            literal(f.getValue())));
                }
                return new Expr.ObjectCons(s, items);
            }
            if (node.value() instanceof Items items) {
                return new Expr.Tuple(s, items.stream().map(this::literal).toList());
            }
            return new Expr.Literal(s, node.value());
        }

        private Src src(Node node) {
            return new Src(source, node.start(), node.stop(), node.span());
        }

        private List<Map.Entry<Key, Node>> objectFields(Node node) {
            if (node.value() instanceof Fields f) return f;
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.UNEXPECTED_JSON,
                    "expected a JSON object here",
                    node.span().file(),
                    node.span().line(),
                    node.span().column()));
            return List.of();
        }

        private List<Node> asList(Node node) {
            if (node.value() instanceof Items items) return items;
            return List.of(node);
        }
    }
}
