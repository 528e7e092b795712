package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a template that intrinsic functions read: {@code Parameters}, {@code Conditions}, {@code Mappings},
 * the logical IDs and types of {@code Resources}, and the pseudo parameters whose values are known (a CDK stack
 * with an explicit environment knows its account and Region).
 */
public final class TemplateContext {

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, CfnNode> conditions = new LinkedHashMap<>();
    private final Map<String, Entry> resources = new LinkedHashMap<>();
    private final Mapping mappings;
    private final Map<String, String> pseudo;
    private final Map<String, Outcome> passed;

    /**
     * A declared parameter.
     *
     * @param name          its name
     * @param type          {@code Type} as written ({@code String}, {@code Number}, {@code CommaDelimitedList}, ...)
     * @param defaultValue  {@code Default}, or null
     * @param allowedValues the entries of {@code AllowedValues}
     * @param minValue      {@code MinValue} of a number, or null
     * @param maxValue      {@code MaxValue} of a number, or null
     * @param allowedPattern {@code AllowedPattern} of a string, or null
     */
    public record Parameter(
            String name,
            String type,
            Scalar defaultValue,
            List<Scalar> allowedValues,
            Scalar minValue,
            Scalar maxValue,
            Scalar allowedPattern) {
        public Parameter {
            allowedValues = List.copyOf(allowedValues);
        }

        /** A list type, whose value is a comma-separated string. */
        boolean isList() {
            return type.equals("CommaDelimitedList") || type.startsWith("List<");
        }

        /** A parameter whose value is read from Systems Manager Parameter Store at deployment. */
        boolean isFromParameterStore() {
            return type.startsWith("AWS::SSM::Parameter::Value");
        }
    }

    private TemplateContext(Mapping root, Map<String, String> pseudo, Map<String, Outcome> passed) {
        this.pseudo = Map.copyOf(pseudo);
        this.passed = Map.copyOf(passed);
        if (section(root, "Parameters") instanceof Mapping params) {
            for (Entry e : params.entries()) {
                if (e.value() instanceof Mapping p) parameters.put(e.key(), parameter(e.key(), p));
            }
        }
        if (section(root, "Conditions") instanceof Mapping conds) {
            for (Entry e : conds.entries()) conditions.put(e.key(), e.value());
        }
        if (section(root, "Resources") instanceof Mapping res) {
            for (Entry e : res.entries()) resources.put(e.key(), e);
        }
        this.mappings = section(root, "Mappings") instanceof Mapping m ? m : null;
    }

    /** The context of a template's root mapping; {@code pseudo} holds the pseudo parameters known for it. */
    public static TemplateContext of(CfnNode root, Map<String, String> pseudo) {
        return of(root, pseudo, Map.of());
    }

    /**
     * The context of a nested stack's template: {@code passed} holds, per parameter name, the value the parent
     * stack passes in its {@code Parameters}, evaluated in the parent; it takes the place of the parameter's
     * {@code Default}.
     */
    public static TemplateContext of(CfnNode root, Map<String, String> pseudo, Map<String, Outcome> passed) {
        Mapping mapping = root instanceof Mapping m ? m : new Mapping(List.of(), root.span(), root.source());
        return new TemplateContext(mapping, pseudo, passed);
    }

    /** The value a parent stack passes for parameter {@code name}, evaluated in the parent. */
    Optional<Outcome> passed(String name) {
        return Optional.ofNullable(passed.get(name));
    }

    private static CfnNode section(Mapping root, String name) {
        return root.get(name).orElse(null);
    }

    private static Parameter parameter(String name, Mapping body) {
        String type = body.get("Type").orElse(null) instanceof Scalar t ? t.value() : "String";
        Scalar defaultValue = body.get("Default").orElse(null) instanceof Scalar d && !d.isNull() ? d : null;
        List<Scalar> allowed = body.get("AllowedValues").orElse(null) instanceof Sequence s
                ? s.items().stream()
                        .filter(Scalar.class::isInstance)
                        .map(Scalar.class::cast)
                        .toList()
                : List.of();
        return new Parameter(
                name,
                type,
                defaultValue,
                allowed,
                scalar(body, "MinValue"),
                scalar(body, "MaxValue"),
                scalar(body, "AllowedPattern"));
    }

    private static Scalar scalar(Mapping body, String key) {
        return body.get(key).orElse(null) instanceof Scalar s && !s.isNull() ? s : null;
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    Optional<CfnNode> condition(String name) {
        return Optional.ofNullable(conditions.get(name));
    }

    /** The entry of {@code Resources} with this logical ID. */
    public Optional<Entry> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** The {@code Type} of a resource, when written as a plain string. */
    public Optional<String> resourceType(String logicalId) {
        return resource(logicalId)
                .map(Entry::value)
                .filter(Mapping.class::isInstance)
                .map(Mapping.class::cast)
                .flatMap(m -> m.get("Type"))
                .filter(Scalar.class::isInstance)
                .map(s -> ((Scalar) s).value());
    }

    Optional<Mapping> mappings() {
        return Optional.ofNullable(mappings);
    }

    Optional<String> pseudo(String name) {
        return Optional.ofNullable(pseudo.get(name));
    }
}
