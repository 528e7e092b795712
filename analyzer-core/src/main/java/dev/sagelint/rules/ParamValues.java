package dev.sagelint.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule parameters a project sets, by rule id and then parameter name, each value already of its parameter's
 * type. Immutable; {@link #with} returns a copy. Parameters left unset read as their {@link Param#defaultValue()}.
 */
public final class ParamValues {

    private static final ParamValues NONE = new ParamValues(Map.of());

    private final Map<String, Map<String, Object>> byRule;

    private ParamValues(Map<String, Map<String, Object>> byRule) {
        this.byRule = byRule;
    }

    /** No parameter set: every rule reads its defaults. */
    public static ParamValues none() {
        return NONE;
    }

    /** These values with {@code param} of rule {@code ruleId} set to {@code value}. */
    public <T> ParamValues with(String ruleId, Param<T> param, T value) {
        Objects.requireNonNull(ruleId, "ruleId");
        Object checked = param.cast(value);
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        byRule.forEach((id, values) -> copy.put(id, values));
        Map<String, Object> forRule = new LinkedHashMap<>(copy.getOrDefault(ruleId, Map.of()));
        forRule.put(param.name(), checked);
        copy.put(ruleId, java.util.Collections.unmodifiableMap(forRule));
        return new ParamValues(java.util.Collections.unmodifiableMap(copy));
    }

    /** The value set for {@code param} of rule {@code ruleId}, if the project sets one. */
    public <T> Optional<T> get(String ruleId, Param<T> param) {
        Object value = byRule.getOrDefault(ruleId, Map.of()).get(param.name());
        return value == null ? Optional.empty() : Optional.of(param.cast(value));
    }

    /** Whether no parameter is set. */
    public boolean isEmpty() {
        return byRule.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValues other && byRule.equals(other.byRule);
    }

    @Override
    public int hashCode() {
        return byRule.hashCode();
    }

    @Override
    public String toString() {
        return byRule.toString();
    }
}
