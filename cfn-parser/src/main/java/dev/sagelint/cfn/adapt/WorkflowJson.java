package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.intrinsic.Evaluator;
import dev.sagelint.cfn.intrinsic.Outcome;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.json.JsonType;
import dev.sagelint.json.JsonValue;
import dev.sagelint.json.Resolution;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns template nodes into the positioned JSON that the workflow reader walks: mappings, lists and scalars as
 * they are (a plain {@code true} or {@code 2} typed as JSON would type it), and each intrinsic function into an
 * unknown value that the template's {@link Evaluator} resolves when a job reads it, with the parameters and
 * conditions it depends on. A list item that is {@code AWS::NoValue} in every case is left out.
 */
final class WorkflowJson {

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    private final Evaluator evaluator;

    WorkflowJson(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    JsonValue convert(CfnNode node) {
        if (node instanceof Mapping m) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (CfnNode.Entry e : m.entries()) {
                members.add(new JsonValue.Member(e.key(), e.keySpan(), convert(e.value())));
            }
            return new JsonValue.Obj(members, m.span());
        }
        if (node instanceof Sequence s) {
            List<JsonValue> items = new ArrayList<>();
            for (CfnNode item : s.items()) {
                if (item instanceof Intrinsic) {
                    Outcome resolved = evaluator.resolve(item);
                    if (resolved.isCertain() && resolved.first().isAbsent()) continue;
                }
                items.add(convert(item));
            }
            return new JsonValue.Arr(items, s.span());
        }
        if (node instanceof Scalar s) {
            if (s.isNull()) return new JsonValue.Null(s.span());
            if (s.plain() && (s.value().equals("true") || s.value().equals("false"))) {
                return new JsonValue.Bool(s.value().equals("true"), s.span());
            }
            if (s.plain() && NUMBER.matcher(s.value()).matches()) return new JsonValue.Num(s.value(), s.span());
            return new JsonValue.Str(s.value(), s.span());
        }
        Intrinsic function = (Intrinsic) node;
        return new JsonValue.Unknown(function.source().compact(), new Evaluated(function), function.span());
    }

    /** An intrinsic function, resolved by the template's evaluator when read. */
    private final class Evaluated implements Resolution {
        private final Intrinsic function;

        Evaluated(Intrinsic function) {
            this.function = function;
        }

        @Override
        public <T> Prop<T> read(
                JsonValue.Unknown unknown,
                String path,
                List<String> below,
                JsonType<T> type,
                T awsDefault,
                Span absentAt) {
            return Scope.below(function, below, path, type, awsDefault, absentAt, evaluator);
        }
    }
}
