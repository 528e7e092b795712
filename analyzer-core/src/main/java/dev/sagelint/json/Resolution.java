package dev.sagelint.json;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * How a front-end turns a value it could not resolve ({@link JsonValue.Unknown}) into a property when a job reads
 * it, or reads below it. A front-end with its own evaluator (CloudFormation parameters and conditions) implements
 * this; others describe the value with {@link #cases}.
 */
public interface Resolution {

    /**
     * The property at {@code below} under the unknown value.
     *
     * @param unknown    the value
     * @param path       the property path to give the result
     * @param below      the keys to follow from the value; empty for the value itself
     * @param type       the type to read
     * @param awsDefault the default when the value leaves the property unset
     * @param absentAt   where an unset property points
     */
    <T> Prop<T> read(
            JsonValue.Unknown unknown, String path, List<String> below, JsonType<T> type, T awsDefault, Span absentAt);

    /** One value an unknown may take, and the condition that selects it. */
    record Case(JsonValue value, Condition condition) {}

    /**
     * An unknown value with the reason it cannot be decided and the values it may take (none when nothing is
     * known). When a case does not have the type read, nothing is said about the possible values. A field read
     * below the value is unknown for the same reason, named after the value ({@code var.config.InstanceCount}).
     */
    static Resolution cases(String reason, List<Case> cases) {
        List<Case> all = List.copyOf(cases);
        return new Resolution() {
            @Override
            public <T> Prop<T> read(
                    JsonValue.Unknown unknown,
                    String path,
                    List<String> below,
                    JsonType<T> type,
                    T awsDefault,
                    Span absentAt) {
                if (!below.isEmpty()) {
                    return Prop.unknown(
                            path, unknown.expression() + "." + String.join(".", below), reason, unknown.span());
                }
                List<Prop.Possible<T>> possible = new ArrayList<>();
                for (Case c : all) {
                    JsonValue v = c.value();
                    JsonType.Coerced<T> coerced = v instanceof JsonValue.Unknown
                            ? null
                            : v instanceof JsonValue.Null ? JsonType.Coerced.ok(awsDefault) : type.coerce(v);
                    if (coerced == null || !coerced.isOk()) {
                        possible.clear();
                        break;
                    }
                    possible.add(new Prop.Possible<>(coerced.value(), c.condition(), v.span()));
                }
                return new Prop.Unknown<>(path, unknown.expression(), reason, possible, unknown.span());
            }
        };
    }
}
