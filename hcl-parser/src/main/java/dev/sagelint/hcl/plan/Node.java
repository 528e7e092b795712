package dev.sagelint.hcl.plan;

import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of a plan with the span where it is written. Only the parts of a plan that describe SageMaker
 * resources are kept as nodes; the reader skips the rest without building it.
 */
sealed interface Node {

    /** From the first character of the value to the one after its last. */
    Span span();

    /** An object, in the order its fields are written. */
    record Obj(Map<String, Node> fields, Span span) implements Node {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** An array. */
    record Arr(List<Node> items, Span span) implements Node {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string. */
    record Str(String value, Span span) implements Node {}

    /** A number. */
    record Num(BigDecimal value, Span span) implements Node {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value, Span span) implements Node {}

    /** {@code null}. */
    record Null(Span span) implements Node {}

    /** The field of an object, or null when this is not an object or has no such field. */
    default Node get(String name) {
        return this instanceof Obj o ? o.fields().get(name) : null;
    }

    /** The item of an array, or null. */
    default Node item(int index) {
        return this instanceof Arr a && index >= 0 && index < a.items().size()
                ? a.items().get(index)
                : null;
    }

    /** The string value of a field, or null. */
    default String text(String name) {
        return get(name) instanceof Str s ? s.value() : null;
    }

    /** Whether the node is JSON {@code true}: in {@code after_unknown}, "known after apply". */
    static boolean isTrue(Node n) {
        return n instanceof Bool b && b.value();
    }
}
