package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.cfn.read.Snippet;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a definition that a template embeds (a Step Functions state machine, a SageMaker pipeline) into
 * positioned JSON whose spans point into the template: an object as it is, or a JSON string, possibly built with
 * {@code Fn::Sub} or {@code Fn::Join} as CDK writes it.
 */
final class EmbeddedDefinition {

    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]*)}");

    /** The tree, or the reason there is none. */
    record Read(JsonValue tree, Diagnostic problem) {}

    private EmbeddedDefinition() {}

    /**
     * @param written       the definition as written
     * @param substitutions {@code DefinitionSubstitutions} (empty for pipelines)
     * @param what          what it is, for messages ("the state machine definition")
     * @param json          turns template nodes into JSON values
     */
    static Read read(
            CfnNode written,
            Map<String, CfnNode> substitutions,
            Path file,
            ScanContext.Limits limits,
            String what,
            WorkflowJson json) {
        if (written instanceof Mapping object) {
            return new Read(json.convert(substituteObject(object, substitutions)), null);
        }
        EmbeddedText text = new EmbeddedText(file, substitutions);
        if (written instanceof Scalar s && !s.isNull()) {
            text.appendLiteral(s, 0, s.value().length());
        } else if (written instanceof Intrinsic sub && sub.function().equals("Fn::Sub")) {
            if (!sub(sub, text)) return notAnalyzable(written, what, "its `Fn::Sub` is not a literal string");
        } else if (written instanceof Intrinsic join && join.function().equals("Fn::Join")) {
            if (!join(join, text)) return notAnalyzable(written, what, "its `Fn::Join` is not a list of strings");
        } else {
            return notAnalyzable(written, what, "it is " + written.kind() + " that cannot be read here");
        }
        JsonReader.Result parsed = JsonReader.read(file, text.text(), limits, text.positions());
        if (parsed.root().isEmpty()) {
            String why = parsed.diagnostics().isEmpty()
                    ? "it is empty"
                    : "it is not valid JSON: " + parsed.diagnostics().get(0).message();
            return notAnalyzable(written, what, why);
        }
        return new Read(text.restore(parsed.root().get(), json), null);
    }

    private static Read notAnalyzable(CfnNode at, String what, String why) {
        return new Read(
                null,
                Diagnostic.warning(
                        DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                        what + " is not analyzable: " + why + "; the SageMaker jobs it starts are not checked",
                        at.span().file(),
                        at.span().line(),
                        at.span().column()));
    }

    private static boolean sub(Intrinsic sub, EmbeddedText text) {
        CfnNode template = sub.argument();
        Mapping variables = null;
        if (template instanceof Sequence args && !args.items().isEmpty()) {
            if (args.items().size() == 2 && args.items().get(1) instanceof Mapping m) variables = m;
            template = args.items().get(0);
        }
        if (!(template instanceof Scalar origin) || origin.isNull()) return false;
        String value = origin.value();
        Matcher m = SUB.matcher(value);
        int at = 0;
        while (m.find()) {
            text.appendLiteral(origin, at, m.start());
            String name = m.group(1).strip();
            if (name.startsWith("!")) {
                text.appendLiteral(
                        new Scalar("${" + name.substring(1) + "}", false, origin.span(), origin.source()),
                        0,
                        name.length() + 2);
            } else {
                CfnNode expression = variables != null && variables.get(name).isPresent()
                        ? variables.get(name).get()
                        : placeholder(name, origin);
                text.appendExpression(expression, "${" + name + "}", origin);
            }
            at = m.end();
        }
        text.appendLiteral(origin, at, value.length());
        return true;
    }

    /** {@code Ref name}, or {@code Fn::GetAtt} for {@code Resource.Attribute}, as a {@code ${...}} stands for. */
    private static CfnNode placeholder(String name, Scalar origin) {
        Snippet quote = Snippet.of("${" + name + "}");
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            Sequence args = new Sequence(
                    List.of(
                            new Scalar(name.substring(0, dot), false, origin.span(), quote),
                            new Scalar(name.substring(dot + 1), false, origin.span(), quote)),
                    origin.span(),
                    quote);
            return new Intrinsic("Fn::GetAtt", args, origin.span(), quote);
        }
        return new Intrinsic("Ref", new Scalar(name, false, origin.span(), quote), origin.span(), quote);
    }

    private static boolean join(Intrinsic join, EmbeddedText text) {
        if (!(join.argument() instanceof Sequence args)
                || args.items().size() != 2
                || !(args.items().get(0) instanceof Scalar delimiter)
                || !(args.items().get(1) instanceof Sequence parts)) {
            return false;
        }
        for (int i = 0; i < parts.items().size(); i++) {
            CfnNode part = parts.items().get(i);
            if (i > 0 && !delimiter.value().isEmpty()) text.appendText(delimiter.value(), part);
            if (part instanceof Scalar s && !s.isNull()) {
                text.appendLiteral(s, 0, s.value().length());
            } else {
                text.appendExpression(part, part.source().compact(), part);
            }
        }
        return true;
    }

    /** An object definition with each string that is exactly {@code ${Name}} of the substitutions replaced. */
    private static CfnNode substituteObject(CfnNode node, Map<String, CfnNode> substitutions) {
        if (substitutions.isEmpty()) return node;
        if (node instanceof Scalar s) {
            Matcher m = SUB.matcher(s.value());
            if (m.matches() && substitutions.containsKey(m.group(1).strip())) {
                return substitutions.get(m.group(1).strip());
            }
            return s;
        }
        if (node instanceof Mapping map) {
            List<Entry> entries = new ArrayList<>();
            for (Entry e : map.entries()) {
                entries.add(new Entry(e.key(), e.keySpan(), substituteObject(e.value(), substitutions)));
            }
            return new Mapping(entries, map.span(), map.source());
        }
        if (node instanceof Sequence seq) {
            return new Sequence(
                    seq.items().stream()
                            .map(i -> substituteObject(i, substitutions))
                            .toList(),
                    seq.span(),
                    seq.source());
        }
        return node;
    }
}
