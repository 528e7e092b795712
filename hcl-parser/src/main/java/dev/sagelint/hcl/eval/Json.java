package dev.sagelint.hcl.eval;

import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.eval.Val.Bool;
import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.Num;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Str;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@code jsonencode} and {@code jsondecode} over known values. */
final class Json {
    private Json() {}

    /**
     * {@code jsonencode}: the JSON text of a known value, within {@code budget}: a step per value, and the text no
     * longer than a string may be (checked as it grows, so that a value that shares its parts many times over is
     * stopped before its text fills the memory).
     */
    static String encode(Val v, Budget budget) {
        StringBuilder sb = new StringBuilder();
        encode(v, sb, budget);
        budget.string(sb.length());
        return sb.toString();
    }

    private static void encode(Val v, StringBuilder sb, Budget budget) {
        budget.step();
        if (sb.length() > budget.limits().maxStringLength()) budget.string(sb.length());
        if (v instanceof Str s) {
            quote(s.value(), sb);
        } else if (v instanceof Num n) {
            sb.append(Evaluator.plain(n.value()));
        } else if (v instanceof Bool b) {
            sb.append(b.value());
        } else if (v instanceof Null) {
            sb.append("null");
        } else if (v instanceof ListV l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) sb.append(',');
                encode(l.items().get(i), sb, budget);
            }
            sb.append(']');
        } else if (v instanceof ObjV o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Val> e : new TreeMap<>(o.fields()).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                quote(e.getKey(), sb);
                sb.append(':');
                encode(e.getValue(), sb, budget);
            }
            sb.append('}');
        } else {
            throw new EvalError("cannot encode a value that is not known");
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * {@code jsondecode}: the values of a JSON string, read within the scan's limits; each takes the span of the
     * call, since the string's own positions are not the file's.
     */
    static Val decode(String text, Span at, ScanContext.Limits limits) {
        JsonReader.Result read = JsonReader.read(at.file(), text, limits, (start, end) -> at);
        if (read.root().isEmpty()) {
            if (read.diagnostics().isEmpty()) throw new EvalError("jsondecode: empty input");
            Diagnostic problem = read.diagnostics().get(0);
            throw new EvalError(
                    problem.code() == DiagnosticCode.NESTING_TOO_DEEP
                            ? "jsondecode: nested too deeply"
                            : "jsondecode: the string is not valid JSON");
        }
        try {
            return value(read.root().get(), at);
        } catch (NumberFormatException e) {
            throw new EvalError("jsondecode: a number is out of range");
        }
    }

    private static Val value(JsonValue v, Span at) {
        if (v instanceof JsonValue.Obj o) {
            Map<String, Val> m = new LinkedHashMap<>();
            for (JsonValue.Member member : o.members()) m.put(member.key(), value(member.value(), at));
            return new ObjV(m, at);
        }
        if (v instanceof JsonValue.Arr a)
            return new ListV(a.items().stream().map(i -> value(i, at)).toList(), at);
        if (v instanceof JsonValue.Str s) return new Str(s.value(), at);
        if (v instanceof JsonValue.Num n) return new Num(new BigDecimal(n.text()), at);
        if (v instanceof JsonValue.Bool b) return new Bool(b.value(), at);
        return new Null(at);
    }
}
