package dev.sagelint.json;

import java.util.stream.Collectors;

/** Renders values as compact JSON for messages. */
final class Json {

    private static final int MAX_CHARS = 200;

    private Json() {}

    static String compact(JsonValue v) {
        String text = render(v);
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS - 3) + "..." : text;
    }

    private static String render(JsonValue v) {
        if (v instanceof JsonValue.Obj o) {
            return o.members().stream()
                    .map(m -> quote(m.key()) + ":" + render(m.value()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (v instanceof JsonValue.Arr a) {
            return a.items().stream().map(Json::render).collect(Collectors.joining(",", "[", "]"));
        }
        if (v instanceof JsonValue.Str s) return quote(s.value());
        if (v instanceof JsonValue.Num n) return n.text();
        if (v instanceof JsonValue.Bool b) return String.valueOf(b.value());
        if (v instanceof JsonValue.Null) return "null";
        return ((JsonValue.Unknown) v).expression();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
