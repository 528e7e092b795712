package dev.sagelint.hcl.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.hcl.eval.Val.Bool;
import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.Num;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Str;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code jsonencode} and {@code jsondecode} over known values. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static String encode(Val v) {
        StringBuilder sb = new StringBuilder();
        encode(v, sb);
        return sb.toString();
    }

    private static void encode(Val v, StringBuilder sb) {
        if (v instanceof Str s) {
            quote(s.value(), sb);
        } else if (v instanceof Num n) {
            sb.append(Evaluator.plain(n.value()));
        } else if (v instanceof Bool b) {
            sb.append(b.value());
        } else if (v instanceof Null) {
            sb.append("null");
        } else if (v instanceof ListV l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) sb.append(',');
                encode(l.items().get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof ObjV o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Val> e : new TreeMap<>(o.fields()).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                quote(e.getKey(), sb);
                sb.append(':');
                encode(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            throw new EvalError("cannot encode a value that is not known");
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static Val decode(String text, Span at) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new EvalError("jsondecode: empty input");
            return read(p, t, at, 0);
        } catch (IOException e) {
            throw new EvalError("jsondecode: the string is not valid JSON");
        }
    }

    private static Val read(JsonParser p, JsonToken t, Span at, int depth) throws IOException {
        if (depth > 200) throw new EvalError("jsondecode: nested too deeply");
        switch (t) {
            case START_OBJECT: {
                Map<String, Val> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    m.put(k, read(p, p.nextToken(), at, depth + 1));
                }
                return new ObjV(m, at);
            }
            case START_ARRAY: {
                List<Val> l = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) l.add(read(p, n, at, depth + 1));
                return new ListV(l, at);
            }
            case VALUE_STRING:
                return new Str(p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getDecimalValue(), at);
            case VALUE_TRUE:
                return new Bool(true, at);
            case VALUE_FALSE:
                return new Bool(false, at);
            default:
                return new Null(at);
        }
    }
}
