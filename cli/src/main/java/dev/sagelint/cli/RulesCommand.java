package dev.sagelint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagelint.config.ConfigSchema;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.report.Labels;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.RuleSource;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sagelint rules}: the rule catalog, as a table grouped by who defines each check (Security Hub, other AWS
 * services, sagelint) or as JSON, optionally only the rules of one source; with {@code --config-schema}, the JSON
 * Schema of {@code .sagelint.yml} generated from the catalog (committed as {@code docs/sagelint.schema.json}).
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists the rules: id, severity, how a fix is applied, title, grouped by who defines the check.")
final class RulesCommand implements Callable<Integer> {

    /** The output formats of the catalog. */
    enum CatalogFormat {
        TEXT,
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CliContext context;

    @Option(
            names = "--project",
            paramLabel = "DIR",
            description = "The folder whose configuration and custom policies (.sagelint/policies/) to include "
                    + "besides the built-in rules (default: the current folder).")
    private Path project = Path.of(".");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private CatalogFormat format;

    @Option(
            names = "--source",
            paramLabel = "SOURCE",
            description = "Only the rules that ${COMPLETION-CANDIDATES} define"
                    + " (AWS Security Hub, AWS Config, AWS Control Tower, or no AWS service).")
    private RuleSource source;

    @Option(
            names = "--config-schema",
            description = "Print the JSON Schema of .sagelint.yml (rule ids and parameters) instead of the list.")
    private boolean configSchema;

    RulesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<Rule> catalog = ProjectRules.load(context, project);
        if (catalog == null) return ExitCode.ERROR;
        List<RuleMeta> rules = catalog.stream()
                .map(Rule::meta)
                .filter(r -> source == null || r.sources().contains(source))
                .toList();
        if (configSchema) {
            context.out().print(ConfigSchema.generate(Rules.all()));
        } else if (format == CatalogFormat.JSON) {
            writeJson(rules, context.out());
        } else {
            writeTable(rules, context.out());
        }
        context.out().flush();
        return ExitCode.OK;
    }

    /** One table, its columns aligned across groups; each group under its heading, empty groups left out. */
    private static void writeTable(List<RuleMeta> rules, PrintWriter out) {
        List<String> header = List.of("ID", "SEVERITY", "FIX", "TITLE");
        int[] widths = new int[3];
        for (int i = 0; i < widths.length; i++) widths[i] = header.get(i).length();
        for (RuleMeta rule : rules) {
            List<String> row = row(rule);
            for (int i = 0; i < widths.length; i++)
                widths[i] = Math.max(widths[i], row.get(i).length());
        }
        out.println(line(header, widths));
        for (String group : RuleMeta.GROUPS) {
            List<RuleMeta> members =
                    rules.stream().filter(r -> r.group().equals(group)).toList();
            if (members.isEmpty()) continue;
            out.println();
            out.println(group + " (" + members.size() + ")");
            for (RuleMeta rule : members) {
                out.println(line(row(rule), widths));
            }
        }
    }

    private static List<String> row(RuleMeta rule) {
        return List.of(rule.id(), rule.severity().label(), Labels.fix(rule.fix()), rule.title());
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
        }
        return line.append(row.get(3)).toString();
    }

    private static void writeJson(List<RuleMeta> rules, PrintWriter out) throws IOException {
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartArray();
            for (RuleMeta rule : rules) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("title", rule.title());
                json.writeStringField("severity", rule.severity().label());
                json.writeStringField("fix", Labels.fix(rule.fix()));
                JsonOutput.stringOrNull(json, "awsConfigRule", rule.awsConfigRule());
                json.writeStringField("group", rule.group());
                writeStrings(
                        json,
                        "sources",
                        rule.sources().stream().map(RuleSource::toString).toList());
                writeStrings(json, "peerIds", rule.peerIds());
                writeStrings(json, "standards", rule.standards());
                writeStrings(json, "resourceTypes", rule.resourceTypes());
                writeStrings(json, "properties", rule.properties());
                writeStrings(json, "terraformProperties", rule.terraformProperties());
                json.writeArrayFieldStart("parameters");
                for (Param<?> param : rule.params()) {
                    json.writeStartObject();
                    json.writeStringField("name", param.name());
                    json.writeStringField("type", param.type().words());
                    json.writeStringField("default", param.defaultText());
                    json.writeStringField("description", param.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("helpUri", rule.helpUri());
                json.writeStringField("awsDocUrl", rule.awsDocUrl());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
