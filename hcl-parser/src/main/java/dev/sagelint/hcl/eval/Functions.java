package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.eval.Val.Bool;
import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.Num;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Str;
import dev.sagelint.hcl.eval.Val.Unk;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Terraform functions that matter for reading configuration statically
 * (https://developer.hashicorp.com/terraform/language/functions). A function not listed here makes its result
 * unknown, with the function's name in the reason.
 */
final class Functions {

    private final Evaluator evaluator;

    Functions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The value of a call, within the evaluator's budget for the strings and collections it builds. */
    Val call(Expr.Call c, Scope scope) {
        return evaluator.measured(callHere(c, scope));
    }

    private Val callHere(Expr.Call c, Scope scope) {
        String name = c.name().startsWith("provider::") ? c.name() : c.name().toLowerCase(Locale.ROOT);
        if (name.equals("try")) return tryFn(c, scope);
        if (name.equals("can")) return canFn(c, scope);
        List<Val> args = new ArrayList<>();
        for (Expr a : c.args()) args.add(evaluator.eval(a, scope));
        if (c.expandLast() && !args.isEmpty()) {
            Val last = args.remove(args.size() - 1);
            if (last instanceof Unk) return Evaluator.unknownFrom(c.src(), List.of(last));
            if (!(last instanceof ListV l)) throw new EvalError("only a list can be expanded with ...");
            args.addAll(l.items());
        }
        Span at = c.src().span();
        // functions that look inside collections handle unknown elements themselves
        switch (name) {
            case "length":
                return evaluator.lift(c.src(), args, a -> length(one(a), at));
            case "merge":
                if (args.stream().anyMatch(v -> v instanceof Unk)) return Evaluator.unknownFrom(c.src(), args);
                return merge(args, at);
            case "coalesce":
                for (Val v : args) {
                    if (v instanceof Unk) return Evaluator.unknownFrom(c.src(), List.of(v));
                    if (!(v instanceof Null)
                            && !(v instanceof Str s && s.value().isEmpty())) return v;
                }
                throw new EvalError("coalesce: no non-null, non-empty argument");
            case "jsonencode":
                if (Val.containsUnknown(args.get(0)))
                    return Evaluator.unknownFrom(
                            c.src(),
                            List.of(new Unk(
                                    "",
                                    "the encoded value holds values known only when Terraform runs",
                                    List.of(),
                                    at)));
                return new Str(Json.encode(one(args), evaluator.budget()), at);
            default:
                break;
        }
        return evaluator.lift(c.src(), args, a -> apply(name, a, c, at));
    }

    private Val apply(String name, List<Val> a, Expr.Call c, Span at) {
        switch (name) {
            case "lookup": {
                arity(name, a, 2, 3);
                if (a.get(0) instanceof ObjV o && o.fields().containsKey(Evaluator.asString(a.get(1)))) {
                    return o.fields().get(Evaluator.asString(a.get(1)));
                }
                if (!(a.get(0) instanceof ObjV)) throw new EvalError("lookup: the first argument must be a map");
                if (a.size() == 3) return a.get(2);
                throw new EvalError("lookup: no key \"" + Evaluator.asString(a.get(1)) + "\" and no default");
            }
            case "tostring":
                if (a.get(0) instanceof Null) return a.get(0);
                return new Str(Evaluator.asString(one(a)), origin(a.get(0), at));
            case "tobool":
                if (a.get(0) instanceof Null) return a.get(0);
                return new Bool(Evaluator.asBool(one(a)), origin(a.get(0), at));
            case "tonumber":
                if (a.get(0) instanceof Null) return a.get(0);
                return new Num(Evaluator.asNumber(one(a)), origin(a.get(0), at));
            case "tolist", "toset", "tomap", "sensitive", "nonsensitive":
                return one(a);
            case "format":
                return new Str(format(a), at);
            case "join": {
                arity(name, a, 2, 2);
                List<String> parts = new ArrayList<>();
                String separator = Evaluator.asString(a.get(0));
                long length = 0;
                for (Val v : list(a.get(1))) {
                    String part = Evaluator.asString(known(v));
                    parts.add(part);
                    length += part.length() + separator.length();
                }
                evaluator.budget().string(length);
                return new Str(String.join(separator, parts), at);
            }
            case "concat": {
                long size = 0;
                for (Val v : a) size += list(v).size();
                evaluator.budget().collection(size);
                List<Val> out = new ArrayList<>();
                for (Val v : a) out.addAll(list(v));
                return new ListV(out, at);
            }
            case "element": {
                arity(name, a, 2, 2);
                List<Val> l = list(a.get(0));
                if (l.isEmpty()) throw new EvalError("element: the list is empty");
                return l.get(Math.floorMod(Evaluator.asInt(a.get(1)), l.size()));
            }
            case "contains": {
                arity(name, a, 2, 2);
                for (Val v : list(a.get(0))) {
                    if (v instanceof Unk) throw new EvalError("contains: the list holds unknown values");
                    if (Evaluator.same(v, a.get(1))) return new Bool(true, at);
                }
                return new Bool(false, at);
            }
            case "lower":
                return new Str(Evaluator.asString(one(a)).toLowerCase(Locale.ROOT), origin(a.get(0), at));
            case "upper":
                return new Str(Evaluator.asString(one(a)).toUpperCase(Locale.ROOT), origin(a.get(0), at));
            case "trimspace":
                return new Str(Evaluator.asString(one(a)).strip(), origin(a.get(0), at));
            case "replace": {
                arity(name, a, 3, 3);
                String s = Evaluator.asString(a.get(0));
                String search = Evaluator.asString(a.get(1));
                String replacement = Evaluator.asString(a.get(2));
                if (replacement.length() > search.length()) {
                    long matches = 0;
                    for (int i = s.indexOf(search);
                            i >= 0 && !search.isEmpty();
                            i = s.indexOf(search, i + search.length())) matches++;
                    if (search.isEmpty()) matches = s.length() + 1L;
                    evaluator.budget().string(s.length() + matches * (replacement.length() - search.length()));
                }
                return new Str(s.replace(search, replacement), at);
            }
            case "split": {
                arity(name, a, 2, 2);
                String separator = Evaluator.asString(a.get(0));
                String s = Evaluator.asString(a.get(1));
                evaluator.budget().collection(separator.isEmpty() ? s.length() : s.length() / separator.length() + 1);
                List<Val> out = new ArrayList<>();
                for (String part : s.split(java.util.regex.Pattern.quote(separator), -1)) {
                    out.add(new Str(part, at));
                }
                return new ListV(out, at);
            }
            case "keys": {
                if (!(one(a) instanceof ObjV o)) throw new EvalError("keys: the argument must be a map");
                return new ListV(
                        o.fields().keySet().stream()
                                .sorted()
                                .map(k -> (Val) new Str(k, at))
                                .toList(),
                        at);
            }
            case "values": {
                if (!(one(a) instanceof ObjV o)) throw new EvalError("values: the argument must be a map");
                return new ListV(
                        o.fields().keySet().stream()
                                .sorted()
                                .map(k -> o.fields().get(k))
                                .toList(),
                        at);
            }
            case "flatten": {
                List<Val> out = new ArrayList<>();
                flatten(one(a), out);
                return new ListV(out, at);
            }
            case "distinct": {
                List<Val> out = new ArrayList<>();
                for (Val v : list(one(a))) {
                    evaluator.budget().steps(1 + out.size());
                    if (out.stream().noneMatch(x -> Evaluator.same(x, v))) out.add(v);
                }
                return new ListV(out, at);
            }
            case "compact": {
                List<Val> out = new ArrayList<>();
                for (Val v : list(one(a))) {
                    if (!(v instanceof Null)
                            && !(v instanceof Str s && s.value().isEmpty())) out.add(v);
                }
                return new ListV(out, at);
            }
            case "range": {
                // long arithmetic: an int counter near the end of its range would wrap around and never stop
                long start = a.size() > 1 ? Evaluator.asInt(a.get(0)) : 0;
                long end = Evaluator.asInt(a.get(a.size() > 1 ? 1 : 0));
                long step = a.size() > 2 ? Evaluator.asInt(a.get(2)) : 1;
                if (step == 0) throw new EvalError("range: the step must not be zero");
                long count = Math.max(0, step > 0 ? (end - start + step - 1) / step : (start - end - step - 1) / -step);
                evaluator.budget().collection(count);
                List<Val> out = new ArrayList<>((int) count);
                for (long i = start; step > 0 ? i < end : i > end; i += step)
                    out.add(new Num(BigDecimal.valueOf(i), at));
                return new ListV(out, at);
            }
            case "zipmap": {
                List<Val> ks = list(a.get(0));
                List<Val> vs = list(a.get(1));
                Map<String, Val> m = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(ks.size(), vs.size()); i++)
                    m.put(Evaluator.asString(ks.get(i)), vs.get(i));
                return new ObjV(m, at);
            }
            case "min", "max": {
                BigDecimal best = null;
                for (Val v : a) {
                    BigDecimal n = Evaluator.asNumber(v);
                    if (best == null || (name.equals("min") ? n.compareTo(best) < 0 : n.compareTo(best) > 0)) best = n;
                }
                if (best == null) throw new EvalError(name + ": no arguments");
                return new Num(best, at);
            }
            case "abs":
                return new Num(Evaluator.asNumber(one(a)).abs(), at);
            case "jsondecode":
                return Json.decode(Evaluator.asString(one(a)), at, evaluator.limits());
            case "startswith":
                return new Bool(Evaluator.asString(a.get(0)).startsWith(Evaluator.asString(a.get(1))), at);
            case "endswith":
                return new Bool(Evaluator.asString(a.get(0)).endsWith(Evaluator.asString(a.get(1))), at);
            case "substr": {
                String s = Evaluator.asString(a.get(0));
                int off = Math.max(0, Math.min(s.length(), Evaluator.asInt(a.get(1))));
                int len = Evaluator.asInt(a.get(2));
                return new Str(len < 0 ? s.substring(off) : s.substring(off, Math.min(s.length(), off + len)), at);
            }
            default:
                throw new EvalError("the function " + c.name() + " is not evaluated by sagelint");
        }
    }

    private Val tryFn(Expr.Call c, Scope scope) {
        for (Expr arg : c.args()) {
            try {
                Val v = evaluator.eval(arg, scope);
                if (v instanceof Unk u) return Evaluator.rewrap(u, c.src());
                return v;
            } catch (EvalError e) {
                // try the next argument
            }
        }
        throw new EvalError("try: no argument could be evaluated");
    }

    private Val canFn(Expr.Call c, Scope scope) {
        if (c.args().size() != 1) throw new EvalError("can takes one argument");
        try {
            Val v = evaluator.eval(c.args().get(0), scope);
            if (v instanceof Unk u) return Evaluator.rewrap(u, c.src());
            return new Bool(true, c.src().span());
        } catch (EvalError e) {
            return new Bool(false, c.src().span());
        }
    }

    private static Val length(Val v, Span at) {
        if (v instanceof ListV l) return new Num(BigDecimal.valueOf(l.items().size()), at);
        if (v instanceof ObjV o) return new Num(BigDecimal.valueOf(o.fields().size()), at);
        if (v instanceof Str s)
            return new Num(
                    BigDecimal.valueOf(s.value().codePointCount(0, s.value().length())), at);
        throw new EvalError("length: a " + Val.typeName(v) + " has no length");
    }

    private static Val merge(List<Val> args, Span at) {
        Map<String, Val> out = new LinkedHashMap<>();
        for (Val v : args) {
            if (v instanceof Null) continue;
            if (!(v instanceof ObjV o)) throw new EvalError("merge: arguments must be maps or objects");
            out.putAll(o.fields());
        }
        return new ObjV(out, at);
    }

    private String format(List<Val> a) {
        if (a.isEmpty()) throw new EvalError("format: no format string");
        String spec = Evaluator.asString(a.get(0));
        StringBuilder sb = new StringBuilder();
        int next = 1;
        for (int i = 0; i < spec.length(); i++) {
            char ch = spec.charAt(i);
            if (ch != '%') {
                sb.append(ch);
                continue;
            }
            if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            int j = i + 1;
            while (j < spec.length() && "#+- 0123456789.".indexOf(spec.charAt(j)) >= 0) j++;
            if (j >= spec.length()) throw new EvalError("format: incomplete verb");
            char verb = spec.charAt(j);
            if (next >= a.size()) throw new EvalError("format: not enough arguments");
            Val v = a.get(next++);
            switch (verb) {
                case 'd' -> {
                    BigDecimal n = Evaluator.asNumber(v);
                    sb.append(Evaluator.plain(n.scale() > 0 ? n.setScale(0, java.math.RoundingMode.DOWN) : n));
                }
                case 'f', 'g', 'e' -> sb.append(Evaluator.plain(Evaluator.asNumber(v)));
                case 't' -> sb.append(Evaluator.asBool(v));
                case 'q' -> sb.append('"').append(Evaluator.asString(v)).append('"');
                default ->
                    sb.append(
                            v instanceof ListV || v instanceof ObjV
                                    ? Json.encode(v, evaluator.budget())
                                    : Evaluator.asString(v));
            }
            i = j;
            if (sb.length() > evaluator.limits().maxStringLength())
                evaluator.budget().string(sb.length());
        }
        evaluator.budget().string(sb.length());
        return sb.toString();
    }

    private static void flatten(Val v, List<Val> out) {
        if (v instanceof ListV l) {
            for (Val x : l.items()) flatten(x, out);
        } else {
            out.add(v);
        }
    }

    private static List<Val> list(Val v) {
        if (v instanceof ListV l) return l.items();
        if (v instanceof Null) return List.of();
        if (v instanceof Unk) throw new EvalError("the list is not known");
        throw new EvalError("expected a list, got a " + Val.typeName(v));
    }

    private static Val known(Val v) {
        if (v instanceof Unk u) throw new EvalError(u.reason());
        return v;
    }

    private static Val one(List<Val> a) {
        if (a.isEmpty()) throw new EvalError("missing argument");
        return a.get(0);
    }

    private static Span origin(Val v, Span fallback) {
        return v.origin() != null ? v.origin() : fallback;
    }

    private static void arity(String name, List<Val> a, int min, int max) {
        if (a.size() < min || a.size() > max) throw new EvalError(name + ": wrong number of arguments");
    }
}
