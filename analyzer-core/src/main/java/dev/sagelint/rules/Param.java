package dev.sagelint.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed rule parameter that a project may set in {@code .sagelint.yml}, declared as a constant on the rule that
 * reads it and listed in its {@link RuleMeta#params()}:
 *
 * <pre>{@code
 * public static final Param<Integer> MINIMUM_INSTANCE_COUNT =
 *         Param.integer("minimumInstanceCount", 2, "the smallest instance count that passes").min(1);
 * ...
 * int minimum = context.get(MINIMUM_INSTANCE_COUNT);
 * }</pre>
 *
 * The configuration reader, {@code sagelint explain}, the generated documentation header and the JSON schema of
 * the configuration file all read the declaration, so a parameter is named, typed and described only here. The
 * value a rule reads is the one configured for that rule's id, else the default.
 *
 * @param <T> the Java type of the value: {@link Integer} or {@code List<String>}
 */
public final class Param<T> {

    /** The value types a parameter may have; each has one spelling in the configuration file. */
    public enum Type {
        /** A whole number, written as a YAML integer. */
        INTEGER("whole number"),
        /** A list of non-empty strings, written as a YAML list (a single string is a list of one). */
        STRINGS("list of strings");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        /** The type in words, for messages and documentation. */
        public String words() {
            return words;
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final String name;
    private final Type type;
    private final T defaultValue;
    private final String description;
    private final Integer min;

    private Param(String name, Type type, T defaultValue, String description, Integer min) {
        this.name = Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be lowerCamelCase");
        }
        this.type = type;
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue of " + name);
        this.description = Objects.requireNonNull(description, "description of " + name);
        if (description.isBlank()) throw new IllegalArgumentException("parameter " + name + " needs a description");
        this.min = min;
        if (min != null && defaultValue instanceof Integer i && i < min) {
            throw new IllegalArgumentException("the default of " + name + ", " + i + ", is below its minimum " + min);
        }
    }

    /** A whole-number parameter. */
    public static Param<Integer> integer(String name, int defaultValue, String description) {
        return new Param<>(name, Type.INTEGER, defaultValue, description, null);
    }

    /** A parameter that is a list of strings; an empty default means "not set". */
    public static Param<List<String>> strings(String name, List<String> defaultValue, String description) {
        return new Param<>(name, Type.STRINGS, List.copyOf(defaultValue), description, null);
    }

    /** This whole-number parameter with a smallest allowed value. */
    public Param<T> min(int minimum) {
        if (type != Type.INTEGER) throw new IllegalStateException("only a whole-number parameter has a minimum");
        return new Param<>(name, type, defaultValue, description, minimum);
    }

    /** The key in {@code .sagelint.yml}, in lowerCamelCase as Security Hub spells its control parameters. */
    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    /** The value a rule reads when the configuration does not set one. */
    public T defaultValue() {
        return defaultValue;
    }

    /** What the parameter sets, in one sentence without a final full stop. */
    public String description() {
        return description;
    }

    /** The smallest allowed value of a whole-number parameter, or {@code null} when there is none. */
    public Integer min() {
        return min;
    }

    /**
     * {@code value} as this parameter's type, or an exception that names the parameter: the configuration reader
     * checks values before they reach a rule, so a failure here is a programming error.
     */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        boolean fits = switch (type) {
            case INTEGER -> value instanceof Integer i && (min == null || i >= min);
            case STRINGS -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
        };
        if (!fits) throw new IllegalArgumentException("not a valid value of parameter " + name + ": " + value);
        return type == Type.STRINGS ? (T) List.copyOf((List<?>) value) : (T) value;
    }

    /** The default in the configuration file's syntax, for documentation: {@code 2}, {@code [a, b]}, {@code []}. */
    public String defaultText() {
        return defaultValue instanceof List<?> l
                ? "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]"
                : String.valueOf(defaultValue);
    }

    @Override
    public String toString() {
        return name + " (" + type.words() + ", default " + defaultText() + ")";
    }
}
