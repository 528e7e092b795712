package dev.sagelint.json;

import dev.sagelint.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value that knows where it is written: the small tree that every front-end builds from its own syntax
 * (a CloudFormation mapping or JSON string, a Terraform {@code jsonencode(...)} argument or heredoc) so that
 * {@code dev.sagelint.workflow.EmbeddedJobs} reads an embedded workflow definition the same way for all of them,
 * and that {@link JsonReader} builds from JSON text. Besides the JSON kinds, a value may be {@link Unknown}: an
 * expression of the front-end's language that it could not turn into JSON here (a parameter, a condition, a
 * reference), which the workflow reader turns into an unknown property.
 */
public sealed interface JsonValue
        permits JsonValue.Obj,
                JsonValue.Arr,
                JsonValue.Str,
                JsonValue.Num,
                JsonValue.Bool,
                JsonValue.Null,
                JsonValue.Unknown {

    /** Where the value is written. */
    Span span();

    /**
     * An object, its members in source order.
     *
     * <p>When a key is written twice, {@link #get} answers with the last, as JSON readers commonly do (the readers
     * here also report the duplicate).
     */
    record Obj(List<Member> members, Span span) implements JsonValue {
        public Obj {
            members = List.copyOf(members);
            Objects.requireNonNull(span, "span");
        }

        /** The member named {@code key}, if written. */
        public Optional<Member> member(String key) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).key().equals(key)) return Optional.of(members.get(i));
            }
            return Optional.empty();
        }

        /** The value of the member named {@code key}, if written. */
        public Optional<JsonValue> get(String key) {
            return member(key).map(Member::value);
        }
    }

    /**
     * One member of an object.
     *
     * @param keySpan where the key is written; a front-end that does not record keys gives the value's span
     */
    record Member(String key, Span keySpan, JsonValue value) {
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keySpan, "keySpan");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An array. */
    record Arr(List<JsonValue> items, Span span) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
            Objects.requireNonNull(span, "span");
        }
    }

    /** A string. */
    record Str(String value, Span span) implements JsonValue {
        public Str {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A number, kept as written ({@code 2}, {@code 2.0}, {@code 1e3}). */
    record Num(String text, Span span) implements JsonValue {
        public Num {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, Span span) implements JsonValue {
        public Bool {
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code null}. */
    record Null(Span span) implements JsonValue {
        public Null {
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A value the front-end could not resolve to JSON.
     *
     * @param expression the expression as the user wrote it, for messages
     * @param resolution how the front-end turns it into a property when a job reads it
     */
    record Unknown(String expression, Resolution resolution, Span span) implements JsonValue {
        public Unknown {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(span, "span");
        }
    }

    /** The value as text for messages: strings as they are, other values as compact JSON. */
    static String text(JsonValue v) {
        return v instanceof Str s ? s.value() : Json.compact(v);
    }
}
