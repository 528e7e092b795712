package dev.sagelint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rule's documentation page: a header generated from its {@link RuleMeta} (title line and a table of severity,
 * resource types, properties, AWS Config rule, standards, fix and parameters), followed by the prose of
 * {@code docs/rules/<id>.md}, which holds only what cannot be derived (what exactly is checked, why it matters,
 * remediation examples per format, references).
 *
 * <p>The file in {@code docs/rules/} starts with a copy of the generated header between {@link #GENERATED_BEGIN} and
 * {@link #GENERATED_END}, so that the page reads whole where the documentation links point (the repository on
 * GitHub); {@link #prose} leaves that copy out, and {@code RuleDocTest} fails when it differs from {@link #header}
 * (and rewrites it with {@code -Dsagelint.updateGolden=true}).
 */
public final class RuleDoc {

    /** The row names of the generated header table, in order; a prose page must not repeat them as a table. */
    public static final List<String> HEADER_ROWS =
            List.of("Severity", "Resource", "Property", "AWS Config rule", "Standards", "Fix", "Parameters");

    /** The line before the copy of the generated header in a page of {@code docs/rules/}. */
    public static final String GENERATED_BEGIN =
            "<!-- generated from the rule's metadata by RuleDoc: edit the rule, not "
                    + "this header; RuleDocTest rewrites it with -Dsagelint.updateGolden=true -->";

    /** The line after the copy of the generated header. */
    public static final String GENERATED_END = "<!-- end of the generated header -->";

    private RuleDoc() {}

    /** The whole page: generated header, then the prose. */
    public static String page(RuleMeta rule) {
        return header(rule) + "\n" + prose(rule);
    }

    /** The title line and the table, ending with a blank line. */
    public static String header(RuleMeta rule) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rule.id()).append(" — ").append(rule.title()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(
                md,
                "Severity",
                capitalized(rule.severity().label())
                        + (rule.severityNote() == null ? "" : " (" + rule.severityNote() + ")"));
        row(md, "Resource", resources(rule));
        row(md, "Property", properties(rule));
        row(
                md,
                "AWS Config rule",
                rule.awsConfigRule() != null
                        ? code(rule.awsConfigRule())
                        : "none (" + rule.noAwsConfigRuleReason() + ")");
        row(md, "Standards", rule.standards().isEmpty() ? "none (related check)" : String.join(", ", rule.standards()));
        row(
                md,
                "Fix",
                (rule.fix() == Fix.REPLACEMENT ? "**Replaces the resource.** " : "In place. ")
                        + rule.fixNote()
                        + autofix(rule));
        if (!rule.params().isEmpty()) {
            row(md, "Parameters", rule.params().stream().map(RuleDoc::param).collect(Collectors.joining("<br>")));
        }
        return md.toString();
    }

    /** What {@code sagelint fix} writes for the rule, as a sentence after the fix note. */
    private static String autofix(RuleMeta rule) {
        if (rule.literalFix().isPresent()) {
            return " `sagelint fix` sets it to "
                    + code(String.valueOf(rule.literalFix().get())) + ".";
        }
        if (rule.valueNeeded() != null) return " `sagelint fix` lists it: it needs " + rule.valueNeeded() + ".";
        return "";
    }

    /** A parameter in one line: name, type, default, bounds and description. */
    public static String param(Param<?> p) {
        return code(p.name()) + " (" + p.type().words() + ", default " + code(p.defaultText())
                + (p.min() == null ? "" : ", at least " + p.min()) + "): " + p.description() + ".";
    }

    /** The prose of the page {@code docs/rules/<id>.md} as packaged with the analyzer, without the header copy. */
    public static String prose(RuleMeta rule) {
        if (rule.customProse() != null) return rule.customProse();
        try (InputStream in = RuleDoc.class.getResourceAsStream(rule.docResource())) {
            if (in == null) {
                throw new IllegalStateException(
                        "no documentation page for rule " + rule.id() + " at " + rule.docResource());
            }
            return withoutHeaderCopy(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page file as written in {@code docs/rules/}: the header copy between its markers, a blank line, the prose. */
    public static String pageFile(RuleMeta rule, String prose) {
        return GENERATED_BEGIN + "\n" + header(rule) + GENERATED_END + "\n\n" + prose;
    }

    /**
     * The prose of a page file: what follows the header copy and the blank line after it, or the whole text when it
     * has no copy.
     */
    public static String withoutHeaderCopy(String file) {
        if (!file.startsWith(GENERATED_BEGIN + "\n")) return file;
        int end = file.indexOf("\n" + GENERATED_END + "\n");
        if (end < 0) return file;
        String rest = file.substring(end + GENERATED_END.length() + 2);
        return rest.startsWith("\n") ? rest.substring(1) : rest;
    }

    private static String resources(RuleMeta rule) {
        List<String> types = new ArrayList<>(rule.resourceTypes());
        String text = types.stream().map(RuleDoc::code).collect(Collectors.joining(", "));
        if (!rule.cloudFormationTypes().isEmpty()
                && rule.terraformTypes().isEmpty()
                && !rule.awsccTypes().isEmpty()) {
            text += " (no hashicorp/aws resource)";
        }
        return rule.resourceNote() == null ? text : text + " (" + rule.resourceNote() + ")";
    }

    private static String properties(RuleMeta rule) {
        String cfn = rule.properties().stream().map(RuleDoc::code).collect(Collectors.joining(", "));
        String tf = rule.terraformProperties().stream().map(RuleDoc::code).collect(Collectors.joining(", "));
        String text = cfn.isEmpty() ? tf : tf.isEmpty() ? cfn : cfn + " / " + tf;
        return rule.propertyNote() == null ? text : text + " (" + rule.propertyNote() + ")";
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(value.replace("|", "\\|").replace("\n", " "))
                .append(" |\n");
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
