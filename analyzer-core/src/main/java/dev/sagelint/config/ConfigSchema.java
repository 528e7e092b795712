package dev.sagelint.config;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleDoc;
import dev.sagelint.rules.RuleMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code .sagelint.yml}, generated from a rule catalog: each rule's parameters,
 * with their types, defaults, bounds and descriptions, come from the rules' metadata, so the schema cannot drift
 * from what {@link ConfigLoader} accepts. Editors use it for completion and validation; the project commits it as
 * {@code docs/sagelint.schema.json}.
 *
 * <p>Rule ids are checked by their form ({@link RuleMeta#ID_PATTERN}), not listed, so that adding a rule without
 * parameters leaves the schema as it is; only the loader knows whether an id names a rule of the catalog. The
 * schema states the canonical spelling, where the loader reads severities ignoring case.
 */
public final class ConfigSchema {

    /** Where the committed schema is published. */
    public static final String ID = "https://github.com/sagelint/sagelint/blob/main/docs/sagelint.schema.json";

    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    private ConfigSchema() {}

    /** The schema for a configuration of {@code catalog}, as pretty-printed JSON ending in a newline. */
    public static String generate(List<Rule> catalog) {
        List<RuleMeta> rules = catalog.stream().map(Rule::meta).toList();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", ID);
            g.writeStringField("title", "sagelint configuration (.sagelint.yml)");
            g.writeStringField(
                    "description",
                    "Generated from the rule catalog by `sagelint rules --config-schema`; " + "do not edit by hand.");
            g.writeStringField("type", "object");
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");

            g.writeObjectFieldStart("fail-on");
            g.writeStringField(
                    "description",
                    "The lowest severity that fails the scan; `none` never fails on "
                            + "findings. A command-line option wins over it.");
            g.writeArrayFieldStart("enum");
            for (String s : SEVERITIES) g.writeString(s);
            g.writeString("none");
            g.writeEndArray();
            g.writeEndObject();

            g.writeObjectFieldStart("fail-on-empty");
            g.writeStringField(
                    "description",
                    "Fail the scan (exit code 2) when a folder given to scan holds no input sagelint "
                            + "analyzes. The command line's `--fail-on-empty` sets it too.");
            g.writeStringField("type", "boolean");
            g.writeEndObject();

            g.writeObjectFieldStart("exclude");
            g.writeStringField(
                    "description",
                    "Globs of files to leave out, relative to the scan root (`**` crosses " + "folders).");
            ref(g, "strings");
            g.writeEndObject();

            g.writeObjectFieldStart("policies");
            g.writeStringField(
                    "description",
                    "Custom policy files or folders, relative to this file, read besides "
                            + "`.sagelint/policies/*.yaml` (see docs/policies.md).");
            ref(g, "strings");
            g.writeEndObject();

            g.writeObjectFieldStart("limits");
            g.writeStringField(
                    "description",
                    "Bounds on what reading and evaluating one file (and the whole scan) may cost; beyond them "
                            + "a value is unknown or a file is not analyzed, with a diagnostic. The command line's "
                            + "`--limit NAME=VALUE` wins over them. README, \"Limits\", explains each.");
            nullableObject(g);
            g.writeObjectFieldStart("properties");
            dev.sagelint.engine.ScanContext.Limits defaults = dev.sagelint.engine.ScanContext.Limits.defaults();
            for (dev.sagelint.engine.ScanContext.Limit limit : dev.sagelint.engine.ScanContext.Limit.values()) {
                g.writeObjectFieldStart(limit.key());
                g.writeStringField(
                        "description", "The " + limit.description() + " (default " + defaults.get(limit) + ").");
                g.writeStringField("type", "integer");
                g.writeNumberField("minimum", 1);
                g.writeNumberField("maximum", limit.isInt() ? Integer.MAX_VALUE : Long.MAX_VALUE);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeBooleanField("additionalProperties", false);
            g.writeEndObject();

            g.writeObjectFieldStart("rules");
            nullableObject(g);
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("enable");
            g.writeStringField("description", "Run only the rules listed.");
            ref(g, "ruleIds");
            g.writeEndObject();
            g.writeObjectFieldStart("disable");
            g.writeStringField("description", "Do not run the rules listed.");
            ref(g, "ruleIds");
            g.writeEndObject();
            g.writeObjectFieldStart("severity");
            g.writeStringField("description", "Severity overrides by rule id.");
            g.writeArrayFieldStart("type");
            g.writeString("object");
            g.writeString("null");
            g.writeEndArray();
            g.writeObjectFieldStart("propertyNames");
            ref(g, "ruleId");
            g.writeEndObject();
            g.writeObjectFieldStart("additionalProperties");
            ref(g, "severity");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("parameters");
            g.writeStringField("description", "Rule parameters by rule id; only the rules listed have parameters.");
            nullableObject(g);
            g.writeObjectFieldStart("properties");
            for (RuleMeta rule : rules) {
                if (rule.params().isEmpty()) continue;
                g.writeObjectFieldStart(rule.id());
                g.writeStringField("description", "The parameters of " + rule.id() + ": " + rule.title() + ".");
                nullableObject(g);
                g.writeObjectFieldStart("properties");
                for (Param<?> param : rule.params()) writeParam(g, param);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();

            g.writeEndObject();
            writeDefinitions(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeParam(JsonGenerator g, Param<?> param) throws IOException {
        g.writeObjectFieldStart(param.name());
        g.writeStringField("description", RuleDoc.param(param).replace("`", ""));
        switch (param.type()) {
            case INTEGER -> {
                g.writeStringField("type", "integer");
                if (param.min() != null) g.writeNumberField("minimum", param.min());
                g.writeNumberField("default", (Integer) param.defaultValue());
            }
            case STRINGS -> {
                ref(g, "strings");
                g.writeArrayFieldStart("default");
                for (Object value : (List<?>) param.defaultValue()) g.writeString((String) value);
                g.writeEndArray();
            }
            default -> throw new IllegalStateException("no schema for parameter type " + param.type());
        }
        g.writeEndObject();
    }

    private static void writeDefinitions(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("$defs");
        g.writeObjectFieldStart("ruleId");
        g.writeStringField("description", "A rule id, as `sagelint rules` lists them (SageMaker.3, NotebookImdsV2).");
        g.writeStringField("type", "string");
        g.writeStringField("pattern", "^" + RuleMeta.ID_PATTERN + "$");
        g.writeEndObject();

        g.writeObjectFieldStart("ruleIds");
        g.writeStringField("description", "One rule id or a list of them.");
        oneOrList(g, () -> ref(g, "ruleId"));
        g.writeEndObject();

        g.writeObjectFieldStart("strings");
        g.writeStringField("description", "One non-empty string or a list of them.");
        oneOrList(g, () -> {
            g.writeStringField("type", "string");
            g.writeNumberField("minLength", 1);
            g.writeStringField("pattern", "\\S");
        });
        g.writeEndObject();

        g.writeObjectFieldStart("severity");
        g.writeArrayFieldStart("enum");
        for (String s : SEVERITIES) g.writeString(s);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** What the loader accepts where it reads a list: one value, a list of values, or nothing. */
    private static void oneOrList(JsonGenerator g, Body item) throws IOException {
        g.writeArrayFieldStart("anyOf");
        g.writeStartObject();
        item.write();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        item.write();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "null");
        g.writeEndObject();
        g.writeEndArray();
    }

    /** A mapping that may also be left empty ({@code rules:} with nothing under it), with only the keys listed. */
    private static void nullableObject(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("type");
        g.writeString("object");
        g.writeString("null");
        g.writeEndArray();
        g.writeBooleanField("additionalProperties", false);
    }

    private static void ref(JsonGenerator g, String definition) throws IOException {
        g.writeStringField("$ref", "#/$defs/" + definition);
    }

    @FunctionalInterface
    private interface Body {
        void write() throws IOException;
    }
}
