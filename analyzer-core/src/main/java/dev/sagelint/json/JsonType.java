package dev.sagelint.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The type a job's field is read as, and how a {@link JsonValue} is coerced to it. The coercions follow what the
 * SageMaker API accepts from Step Functions and Pipelines: a boolean or integer may also be written as a string
 * that spells one ({@code "true"}, {@code "2"}), and a number or boolean where a string is expected reads as its
 * text.
 *
 * @param <T> the Java type of the value
 */
public final class JsonType<T> {

    /** The kinds, for front-ends that resolve an {@link JsonValue.Unknown} with their own evaluator. */
    public enum Kind {
        BOOLEAN,
        INTEGER,
        STRING,
        STRINGS,
        PRESENT,
        TAGS
    }

    /** A value coerced, or the reason it does not have the type. */
    public record Coerced<T>(T value, String problem) {
        static <T> Coerced<T> ok(T value) {
            return new Coerced<>(value, null);
        }

        static <T> Coerced<T> fail(String problem) {
            return new Coerced<>(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }

    public static final JsonType<Boolean> BOOLEAN = new JsonType<>(Kind.BOOLEAN, "a boolean", JsonType::bool);
    public static final JsonType<Integer> INTEGER = new JsonType<>(Kind.INTEGER, "an integer", JsonType::integer);
    public static final JsonType<String> STRING = new JsonType<>(Kind.STRING, "a string", JsonType::string);
    /** A list of strings; its items that the front-end could not resolve are resolved one by one. */
    public static final JsonType<List<String>> STRINGS = new JsonType<>(Kind.STRINGS, "a list of strings", v -> null);
    /** A SageMaker API {@code Tags} list of {@code Key}/{@code Value} objects, as a map in source order. */
    public static final JsonType<Map<String, String>> TAGS =
            new JsonType<>(Kind.TAGS, "a list of Key/Value tags", v -> null);
    /** Whether a block is written: {@code true} for any value but {@code null}. */
    public static final JsonType<Boolean> PRESENT = new JsonType<>(Kind.PRESENT, "a block", v -> true);

    private final Kind kind;
    private final String what;
    private final Function<JsonValue, T> scalar;

    private JsonType(Kind kind, String what, Function<JsonValue, T> scalar) {
        this.kind = kind;
        this.what = what;
        this.scalar = scalar;
    }

    public Kind kind() {
        return kind;
    }

    /** Coerces a value that is not {@link JsonValue.Unknown} (an unknown list item of {@link #STRINGS} fails). */
    public Coerced<T> coerce(JsonValue v) {
        if (v instanceof JsonValue.Null) return Coerced.fail("expected " + what + ", found null");
        if (kind == Kind.STRINGS) return strings(v);
        if (kind == Kind.TAGS) return tags(v);
        T value = scalar.apply(v);
        return value != null ? Coerced.ok(value) : Coerced.fail(mismatch(what, v));
    }

    @SuppressWarnings("unchecked")
    private Coerced<T> strings(JsonValue v) {
        if (!(v instanceof JsonValue.Arr arr)) return Coerced.fail(mismatch(what, v));
        List<String> out = new ArrayList<>();
        for (JsonValue item : arr.items()) {
            String s = string(item);
            if (s == null) return Coerced.fail(mismatch(what, item));
            out.add(s);
        }
        return Coerced.ok((T) List.copyOf(out));
    }

    @SuppressWarnings("unchecked")
    private Coerced<T> tags(JsonValue v) {
        if (!(v instanceof JsonValue.Arr arr)) return Coerced.fail(mismatch(what, v));
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonValue item : arr.items()) {
            if (!(item instanceof JsonValue.Obj tag)) return Coerced.fail(mismatch("a Key/Value tag", item));
            String key = tag.get("Key").map(JsonType::string).orElse(null);
            if (key == null) return Coerced.fail("a tag has no `Key` that is a string");
            String value = tag.get("Value").map(JsonType::string).orElse("");
            out.put(key, value == null ? "" : value);
        }
        return Coerced.ok((T) Collections.unmodifiableMap(out));
    }

    private static String mismatch(String expected, JsonValue actual) {
        if (actual instanceof JsonValue.Obj) return "expected " + expected + ", found an object";
        if (actual instanceof JsonValue.Arr) return "expected " + expected + ", found a list";
        if (actual instanceof JsonValue.Null) return "expected " + expected + ", found null";
        return "expected " + expected + ", found `" + JsonValue.text(actual) + "`";
    }

    private static Boolean bool(JsonValue v) {
        if (v instanceof JsonValue.Bool b) return b.value();
        if (v instanceof JsonValue.Str s) {
            String text = s.value().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true")) return true;
            if (text.equals("false")) return false;
        }
        return null;
    }

    private static Integer integer(JsonValue v) {
        String text = v instanceof JsonValue.Num n ? n.text() : v instanceof JsonValue.Str s ? s.value() : null;
        if (text == null) return null;
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static String string(JsonValue v) {
        if (v instanceof JsonValue.Str s) return s.value();
        if (v instanceof JsonValue.Num n) return n.text();
        if (v instanceof JsonValue.Bool b) return String.valueOf(b.value());
        return null;
    }
}
