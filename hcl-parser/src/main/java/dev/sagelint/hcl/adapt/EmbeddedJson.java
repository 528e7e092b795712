package dev.sagelint.hcl.adapt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON document written as a string in a Terraform configuration (a state machine or pipeline definition)
 * into values. When the string is a heredoc written as is, each value's span is its line in the heredoc; otherwise
 * every value takes the span of the string.
 */
final class EmbeddedJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_DEPTH = 200;

    /** The values read, or the reason there are none. */
    record Read(Val value, String problem) {
    }

    private final Span whole;
    private final int firstLine;

    /**
     * @param whole     the span of the string
     * @param firstLine the file line of the document's first line, or 0 when lines cannot be told apart
     */
    private EmbeddedJson(Span whole, int firstLine) {
        this.whole = whole;
        this.firstLine = firstLine;
    }

    /**
     * Parses {@code text}.
     *
     * @param whole     the span of the string as written
     * @param firstLine the file line of the document's first line (a heredoc's body), or 0
     */
    static Read read(String text, Span whole, int firstLine) {
        EmbeddedJson reader = new EmbeddedJson(whole, firstLine);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return new Read(null, "it is empty");
            Val v = reader.value(p, t, 0);
            if (p.nextToken() != null) return new Read(null, "it is not valid JSON: text after the document");
            return new Read(v, null);
        } catch (IOException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            return new Read(null, "it is not valid JSON: " + message);
        }
    }

    private Span at(JsonLocation location) {
        if (firstLine <= 0 || location == null || location.getLineNr() < 1) return whole;
        int line = firstLine + location.getLineNr() - 1;
        int column = Math.max(1, location.getColumnNr());
        return Span.at(whole.file(), line, column);
    }

    private Val value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IllegalStateException("nested too deeply");
        Span here = at(p.getTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Val> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    fields.put(key, value(p, p.nextToken(), depth + 1));
                }
                return new Val.ObjV(fields, here);
            }
            case START_ARRAY -> {
                List<Val> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) items.add(value(p, next, depth + 1));
                return new Val.ListV(items, here);
            }
            case VALUE_STRING -> {
                return new Val.Str(p.getText(), here);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Val.Num(p.getDecimalValue(), here);
            }
            case VALUE_TRUE -> {
                return new Val.Bool(true, here);
            }
            case VALUE_FALSE -> {
                return new Val.Bool(false, here);
            }
            case VALUE_NULL -> {
                return new Val.Null(here);
            }
            default -> throw new IllegalStateException("unexpected " + t);
        }
    }

    /** The field of an object value, if it is one and has it. */
    static Optional<Val> field(Val v, String name) {
        return v instanceof Val.ObjV o ? Optional.ofNullable(o.fields().get(name)) : Optional.empty();
    }
}
