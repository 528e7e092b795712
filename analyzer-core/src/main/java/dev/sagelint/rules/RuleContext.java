package dev.sagelint.rules;

import java.util.List;
import java.util.Map;

/**
 * What a rule may read besides the resource: its parameters (for example the required tag keys of the tagging
 * controls). Parameters are keyed by rule id, then by parameter name.
 */
public record RuleContext(Map<String, Map<String, List<String>>> parameters) {

    public RuleContext {
        parameters = Map.copyOf(parameters);
    }

    public static RuleContext defaults() {
        return new RuleContext(Map.of());
    }

    /** The values of a rule parameter, or {@code defaults} when the configuration does not set it. */
    public List<String> parameter(String ruleId, String name, List<String> defaults) {
        Map<String, List<String>> forRule = parameters.get(ruleId);
        if (forRule == null || !forRule.containsKey(name)) return defaults;
        return forRule.get(name);
    }
}
