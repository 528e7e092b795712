package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code Fn::Sub}, in both forms: a string whose {@code ${Name}} placeholders are parameters, resources, pseudo
 * parameters or {@code Resource.Attribute}; or {@code [string, {Name: value}]} with variables of its own.
 * {@code ${!Literal}} stands for the text {@code ${Literal}}.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 */
final class FnSub implements Function {

    /** One piece of a {@code Fn::Sub} string: literal text, or a placeholder name. */
    record Piece(String text, boolean placeholder) {}

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        CfnNode template;
        Mapping variables = null;
        if (call.argument() instanceof Sequence args
                && !args.items().isEmpty()
                && args.items().size() <= 2) {
            template = args.items().get(0);
            if (args.items().size() == 2) {
                if (!(args.items().get(1) instanceof Mapping m)) {
                    return Outcome.of(Alternative.unresolved(call, "the variables of `Fn::Sub` are not a mapping"));
                }
                variables = m;
            }
        } else {
            template = call.argument();
        }
        if (!(template instanceof Scalar text) || text.isNull()) {
            return Outcome.of(Alternative.unresolved(call, "the string of `Fn::Sub` is not a literal string"));
        }
        List<Piece> pieces = split(text.value());
        List<Outcome> parts = new ArrayList<>();
        for (Piece piece : pieces) {
            parts.add(
                    piece.placeholder()
                            ? variable(call, piece.text(), variables, evaluator)
                            : Outcome.of(Alternative.value(Evaluator.text(call, piece.text()))));
        }
        return evaluator.combine(call, parts, values -> {
            List<String> out = new ArrayList<>();
            for (Alternative v : values) {
                String s = Evaluator.textOf(v);
                if (s == null && v.isValue() && v.node() instanceof Sequence seq) {
                    Alternative list = evaluator.joined(
                            call,
                            seq.items().stream()
                                    .map(i -> i instanceof Scalar sc ? sc.value() : "")
                                    .toList(),
                            ",");
                    if (list.isUnresolved()) return list;
                    s = Evaluator.textOf(list);
                }
                out.add(s == null ? "" : s);
            }
            return evaluator.joined(call, out, "");
        });
    }

    /** The value of one placeholder. */
    static Outcome variable(Intrinsic call, String name, Mapping variables, Evaluator evaluator) {
        if (variables != null && variables.get(name).isPresent()) {
            return evaluator.resolveDeep(variables.get(name).get());
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return FnGetAtt.getAtt(call, name.substring(0, dot), name.substring(dot + 1), evaluator);
        }
        Outcome ref = Ref.ref(call, name, evaluator);
        if (ref.alternatives().stream().anyMatch(Alternative::isAbsent)) {
            return Outcome.of(Alternative.unresolved(call, "`AWS::NoValue` cannot be used in `Fn::Sub`"));
        }
        return ref;
    }

    /** The pieces of a {@code Fn::Sub} string, with {@code ${!x}} turned into the literal {@code ${x}}. */
    static List<Piece> split(String template) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            if (open < 0) {
                literal.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open + 2);
            if (close < 0) {
                literal.append(template, i, template.length());
                break;
            }
            literal.append(template, i, open);
            String inner = template.substring(open + 2, close);
            if (inner.startsWith("!")) {
                literal.append("${").append(inner.substring(1)).append('}');
            } else {
                if (literal.length() > 0) pieces.add(new Piece(literal.toString(), false));
                literal.setLength(0);
                pieces.add(new Piece(inner.strip(), true));
            }
            i = close + 1;
        }
        if (literal.length() > 0) pieces.add(new Piece(literal.toString(), false));
        return pieces;
    }

    /** The string with each placeholder replaced by {@code replace(name)}; literal {@code ${!x}} become {@code ${x}}. */
    static String substitute(String template, UnaryOperator<String> replace) {
        StringBuilder out = new StringBuilder();
        for (Piece p : split(template)) out.append(p.placeholder() ? replace.apply(p.text()) : p.text());
        return out.toString();
    }
}
