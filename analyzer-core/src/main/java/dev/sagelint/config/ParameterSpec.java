package dev.sagelint.config;

import dev.sagelint.rules.sagemaker.EndpointInstanceCount;
import dev.sagelint.rules.sagemaker.NotebookPlatformSupported;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The rule parameters a configuration may set, with their types: the Security Hub parameters of SageMaker.4
 * ({@code minimumInstanceCount}), SageMaker.6 and .7 ({@code requiredKeyTags}) and SageMaker.8
 * ({@code supportedPlatformIdentifierVersions}); see
 * https://docs.aws.amazon.com/securityhub/latest/userguide/custom-control-parameters.html.
 */
enum ParameterSpec {
    WHOLE_NUMBER {
        @Override
        List<String> read(Node node, ConfigReader reader) {
            Integer value = reader.integer(node, "the parameter", 1);
            return value == null ? null : List.of(value.toString());
        }
    },
    STRINGS {
        @Override
        List<String> read(Node node, ConfigReader reader) {
            List<String> values = new ArrayList<>();
            for (ScalarNode item : reader.sequence(node, "the parameter")) {
                String value = reader.string(item, "a value");
                if (value != null) values.add(value);
            }
            return values;
        }
    };

    /** The tagging rules (SageMaker.6, .7) read this name; see {@code TagsRule}. */
    static final String REQUIRED_KEY_TAGS = "requiredKeyTags";

    private static final Map<String, Map<String, ParameterSpec>> BY_RULE = Map.of(
            EndpointInstanceCount.META.id(), Map.of(EndpointInstanceCount.MINIMUM_PARAMETER, WHOLE_NUMBER),
            "SageMaker.6", Map.of(REQUIRED_KEY_TAGS, STRINGS),
            "SageMaker.7", Map.of(REQUIRED_KEY_TAGS, STRINGS),
            NotebookPlatformSupported.META.id(), Map.of(NotebookPlatformSupported.SUPPORTED_PARAMETER, STRINGS),
            // sagelint's own parameter of the traffic encryption controls: the smallest instance count checked.
            "SageMaker.9", Map.of(EndpointInstanceCount.MINIMUM_PARAMETER, WHOLE_NUMBER),
            "SageMaker.10", Map.of(EndpointInstanceCount.MINIMUM_PARAMETER, WHOLE_NUMBER),
            "SageMaker.13", Map.of(EndpointInstanceCount.MINIMUM_PARAMETER, WHOLE_NUMBER),
            "SageMaker.15", Map.of(EndpointInstanceCount.MINIMUM_PARAMETER, WHOLE_NUMBER));

    /** The value as {@link dev.sagelint.rules.RuleContext} holds it, or null after reporting why it is wrong. */
    abstract List<String> read(Node node, ConfigReader reader);

    /** The parameters of one rule by name; empty when it has none. */
    static Map<String, ParameterSpec> forRule(String ruleId) {
        return BY_RULE.getOrDefault(ruleId, Map.of());
    }

    /** Every rule with parameters and their names, for messages: {@code SageMaker.4 (minimumInstanceCount), ...}. */
    static String describeAll() {
        Map<String, String> sorted = new LinkedHashMap<>();
        BY_RULE.keySet().stream().sorted(dev.sagelint.rules.Rules::compareIds)
                .forEach(id -> sorted.put(id, String.join(", ", BY_RULE.get(id).keySet())));
        return sorted.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
