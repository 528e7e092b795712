package dev.sagelint.hcl.eval;

import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.eval.Val.Alt;
import dev.sagelint.hcl.eval.Val.Bool;
import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.Num;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Str;
import dev.sagelint.hcl.eval.Val.Unk;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.hcl.read.Src;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Numbers;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates expressions as Terraform would before {@code plan}: literals, templates, operators, conditionals,
 * {@code for} expressions, splats, variables, locals, {@code count}/{@code each} and the common functions. What
 * depends on other resources, data sources or unset variables becomes {@link Unk unknown}; a conditional or a
 * function over an unknown with known possible values keeps those values.
 *
 * <p>Every evaluation draws from one {@link Budget}: steps, nesting depth, and the length of each string and the
 * size of each collection it builds. When the budget runs out, the value being evaluated becomes unknown and the
 * first place each limit ran out is recorded as a {@code limit-exceeded} diagnostic ({@link #limitDiagnostics}).
 */
final class Evaluator {

    /** Unknowns with more possible values than this are not followed through functions. */
    static final int MAX_ALTS = 32;

    private final Functions functions = new Functions(this);
    private final Budget budget;
    /** The first time each limit ran out. */
    private final Map<ScanContext.Limit, Budget.Exceeded> exceeded = new EnumMap<>(ScanContext.Limit.class);

    /** An evaluator that spends {@code budget} and whose functions read JSON within its limits. */
    Evaluator(Budget budget) {
        this.budget = budget;
    }

    ScanContext.Limits limits() {
        return budget.limits();
    }

    Budget budget() {
        return budget;
    }

    /** Evaluates {@code e}; an expression Terraform would reject or that runs out of budget becomes unknown. */
    Val evalSafely(Expr e, Scope scope) {
        try {
            return eval(e, scope);
        } catch (EvalError err) {
            return new Unk(e.src().text(), err.getMessage(), List.of(), e.src().span());
        } catch (Budget.Exceeded x) {
            record(x.locate(e.src().span()));
            return new Unk(
                    e.src().text(),
                    "it is not evaluated: " + x.getMessage(),
                    List.of(),
                    e.src().span());
        }
    }

    /** Records that a limit ran out, once per limit: the first place is the one worth reporting. */
    void record(Budget.Exceeded x) {
        exceeded.putIfAbsent(x.limit(), x);
    }

    /** A {@code limit-exceeded} diagnostic for each limit that ran out, at the first place it did. */
    List<Diagnostic> limitDiagnostics(java.nio.file.Path file) {
        return exceeded.values().stream().map(x -> x.diagnostic(file)).toList();
    }

    Val eval(Expr e, Scope scope) {
        budget.enter();
        try {
            return evalHere(e, scope);
        } catch (Budget.Exceeded x) {
            throw x.locate(e.src().span());
        } finally {
            budget.leave();
        }
    }

    /**
     * {@code v}, a value a function built, after checking that the string or collection it is fits the budget (and
     * paying for it).
     */
    Val measured(Val v) {
        if (v instanceof Str s && s.value().length() > 16)
            budget.string(s.value().length());
        if (v instanceof ListV l) budget.collection(l.items().size(), l.size());
        if (v instanceof ObjV o) budget.collection(o.fields().size(), o.size());
        return v;
    }

    private Val evalHere(Expr e, Scope scope) {
        if (e instanceof Expr.Literal l) return literal(l);
        if (e instanceof Expr.Template t) return template(t, scope);
        if (e instanceof Expr.Tuple t) {
            List<Val> items = new ArrayList<>();
            for (Expr item : t.items()) items.add(eval(item, scope));
            return measured(new ListV(items, t.src().span()));
        }
        if (e instanceof Expr.ObjectCons o) return object(o, scope);
        if (e instanceof Expr.Variable v) return variable(v, scope);
        if (e instanceof Expr.GetAttr g) return getAttr(g, scope);
        if (e instanceof Expr.Index i) return index(i, scope);
        if (e instanceof Expr.Splat s) return splat(s, scope);
        if (e instanceof Expr.SplatItem s) {
            Val item = scope.binding("$splat");
            if (item == null) throw new EvalError("a splat item outside a splat");
            return item;
        }
        if (e instanceof Expr.Call c) return functions.call(c, scope);
        if (e instanceof Expr.For f) return forExpr(f, scope);
        if (e instanceof Expr.Conditional c) return conditional(c, scope);
        if (e instanceof Expr.Binary b) return binary(b, scope);
        if (e instanceof Expr.Unary u) return unary(u, scope);
        return eval(((Expr.Parens) e).inner(), scope);
    }

    private static Val literal(Expr.Literal l) {
        Span at = l.src().span();
        Object v = l.value();
        if (v == null) return new Null(at);
        if (v instanceof String s) return new Str(s, at);
        if (v instanceof Boolean b) return new Bool(b, at);
        return new Num((BigDecimal) v, at);
    }

    // ---- templates ----

    private Val template(Expr.Template t, Scope scope) {
        List<Expr.Part> parts = t.parts();
        if (parts.size() == 1 && parts.get(0) instanceof Expr.Interpolation i) {
            // "${x}" is x itself, not its string form
            return eval(i.expression(), scope);
        }
        return renderParts(parts, scope, t.src());
    }

    private Val renderParts(List<Expr.Part> parts, Scope scope, Src src) {
        List<Val> pieces = new ArrayList<>();
        for (Expr.Part p : parts) {
            if (p instanceof Expr.Text text) {
                pieces.add(new Str(text.text(), null));
            } else if (p instanceof Expr.Interpolation i) {
                pieces.add(eval(i.expression(), scope));
            } else if (p instanceof Expr.IfDirective d) {
                Val cond = eval(d.condition(), scope);
                if (cond instanceof Unk) {
                    pieces.add(unknownFrom(src, List.of(cond)));
                } else {
                    pieces.add(renderParts(asBool(cond) ? d.then() : d.otherwise(), scope, src));
                }
            } else if (p instanceof Expr.ForDirective f) {
                Val coll = eval(f.collection(), scope);
                if (coll instanceof Unk) {
                    pieces.add(unknownFrom(src, List.of(coll)));
                    continue;
                }
                for (Map.Entry<Val, Val> kv : entries(coll)) {
                    budget.step();
                    Scope inner = scope.with(f.valueVar(), kv.getValue());
                    if (f.keyVar() != null) inner = inner.with(f.keyVar(), kv.getKey());
                    pieces.add(renderParts(f.body(), inner, src));
                }
            }
        }
        return lift(src, pieces, vals -> {
            List<String> strings = new ArrayList<>(vals.size());
            long length = 0;
            for (Val v : vals) {
                String piece = asString(v);
                strings.add(piece);
                length += piece.length();
            }
            budget.string(length);
            StringBuilder sb = new StringBuilder((int) length);
            for (String piece : strings) sb.append(piece);
            return new Str(sb.toString(), src.span());
        });
    }

    // ---- collections ----

    private Val object(Expr.ObjectCons o, Scope scope) {
        Map<String, Val> fields = new LinkedHashMap<>();
        for (Expr.Item item : o.items()) {
            Val key = eval(item.key(), scope);
            if (key instanceof Unk u) {
                return new Unk(
                        o.src().text(),
                        "an object key is not known: " + u.reason(),
                        List.of(),
                        o.src().span());
            }
            fields.put(asString(key), eval(item.value(), scope));
        }
        return measured(new ObjV(fields, o.src().span()));
    }

    private Val forExpr(Expr.For f, Scope scope) {
        Val coll = eval(f.collection(), scope);
        if (coll instanceof Unk) return unknownFrom(f.src(), List.of(coll));
        List<Val> items = new ArrayList<>();
        Map<String, Val> fields = new LinkedHashMap<>();
        Map<String, List<Val>> groups = new LinkedHashMap<>();
        for (Map.Entry<Val, Val> kv : entries(coll)) {
            budget.step();
            Scope inner = scope.with(f.valueVar(), kv.getValue());
            if (f.keyVar() != null) inner = inner.with(f.keyVar(), kv.getKey());
            if (f.cond() != null) {
                Val c = eval(f.cond(), inner);
                if (c instanceof Unk) return unknownFrom(f.src(), List.of(c));
                if (!asBool(c)) continue;
            }
            if (f.keyExpr() == null) {
                items.add(eval(f.valueExpr(), inner));
            } else {
                Val k = eval(f.keyExpr(), inner);
                if (k instanceof Unk) return unknownFrom(f.src(), List.of(k));
                Val v = eval(f.valueExpr(), inner);
                if (f.grouping()) {
                    groups.computeIfAbsent(asString(k), x -> new ArrayList<>()).add(v);
                } else {
                    fields.put(asString(k), v);
                }
            }
        }
        Span at = f.src().span();
        if (f.keyExpr() == null) return measured(new ListV(items, at));
        if (f.grouping()) groups.forEach((k, vs) -> fields.put(k, measured(new ListV(vs, at))));
        return measured(new ObjV(fields, at));
    }

    /** The (key, value) pairs of a list (index keys) or an object (string keys, sorted as Terraform does). */
    static List<Map.Entry<Val, Val>> entries(Val coll) {
        List<Map.Entry<Val, Val>> out = new ArrayList<>();
        if (coll instanceof ListV l) {
            for (int i = 0; i < l.items().size(); i++) {
                out.add(Map.entry(
                        new Num(BigDecimal.valueOf(i), null), l.items().get(i)));
            }
        } else if (coll instanceof ObjV o) {
            o.fields().keySet().stream()
                    .sorted()
                    .forEach(k -> out.add(Map.entry(new Str(k, null), o.fields().get(k))));
        } else if (!(coll instanceof Null)) {
            throw new EvalError("cannot iterate over a " + Val.typeName(coll));
        }
        return out;
    }

    // ---- references ----

    private Val variable(Expr.Variable v, Scope scope) {
        Val bound = scope.binding(v.name());
        if (bound != null) return bound;
        String reason = switch (v.name()) {
            case "data" -> "it reads a data source, known only when Terraform runs";
            case "module" -> "it is an output of a module that is not evaluated here";
            case "self" -> "it refers to the resource itself, known only after apply";
            case "terraform" -> "the workspace is chosen when Terraform runs";
            case "count" -> "count.index is used outside a resource with count";
            case "each" -> "each is used outside a resource with for_each";
            default -> "it refers to an attribute of another resource, known only after apply";
        };
        return new Unk(v.src().text(), reason, List.of(), v.src().span());
    }

    private Val getAttr(Expr.GetAttr g, Scope scope) {
        if (g.object() instanceof Expr.Variable root && scope.binding(root.name()) == null) {
            Val special = rootAttribute(root.name(), g, scope);
            if (special != null) return special;
        }
        Val obj = eval(g.object(), scope);
        return lift(g.src(), List.of(obj), vals -> attribute(vals.get(0), g.name()));
    }

    private Val rootAttribute(String root, Expr.GetAttr g, Scope scope) {
        String name = g.name();
        ModuleContext m = scope.module;
        switch (root) {
            case "var" -> {
                Val v = m.variables.get(name);
                if (v == null) return unknown(g.src(), "variable " + name + " is not declared in this module");
                return v instanceof Unk u ? rewrap(u, g.src()) : v;
            }
            case "local" -> {
                Val v = m.local(name, this);
                if (v == null) return unknown(g.src(), "local " + name + " is not defined in this module");
                return v instanceof Unk u ? rewrap(u, g.src()) : v;
            }
            case "path" -> {
                return switch (name) {
                    case "module" -> new Str(m.dir.toString(), g.src().span());
                    case "root" -> new Str(m.rootDir.toString(), g.src().span());
                    case "cwd" -> new Str(m.rootDir.toString(), g.src().span());
                    default -> throw new EvalError("path has no attribute " + name);
                };
            }
            case "module" -> {
                Val out = m.moduleOutputs.apply(name);
                if (out == null) return unknown(g.src(), "module " + name + " is not a local module evaluated here");
                return out instanceof Unk u ? rewrap(u, g.src()) : out;
            }
            default -> {
                return null;
            }
        }
    }

    private static Val attribute(Val obj, String name) {
        if (obj instanceof ObjV o) {
            Val v = o.fields().get(name);
            if (v == null) throw new EvalError("the object has no attribute \"" + name + "\"");
            return v;
        }
        throw new EvalError("cannot read attribute \"" + name + "\" of a " + Val.typeName(obj));
    }

    private Val index(Expr.Index i, Scope scope) {
        Val coll = eval(i.collection(), scope);
        Val key = eval(i.key(), scope);
        return lift(i.src(), List.of(coll, key), vals -> indexValue(vals.get(0), vals.get(1)));
    }

    static Val indexValue(Val coll, Val key) {
        if (coll instanceof ListV l) {
            int k = asInt(key);
            if (k < 0 || k >= l.items().size()) {
                throw new EvalError("index " + k + " is out of range for a list of "
                        + l.items().size());
            }
            return l.items().get(k);
        }
        if (coll instanceof ObjV o) {
            String k = asString(key);
            Val v = o.fields().get(k);
            if (v == null) throw new EvalError("the map has no element \"" + k + "\"");
            return v;
        }
        throw new EvalError("cannot index a " + Val.typeName(coll));
    }

    private Val splat(Expr.Splat s, Scope scope) {
        Val source = eval(s.source(), scope);
        if (source instanceof Unk) return unknownFrom(s.src(), List.of(source));
        List<Val> items;
        if (source instanceof ListV l) {
            items = l.items();
        } else if (source instanceof Null) {
            items = List.of();
        } else {
            items = List.of(source);
        }
        List<Val> out = new ArrayList<>();
        for (Val item : items) out.add(eval(s.each(), scope.with("$splat", item)));
        return measured(new ListV(out, s.src().span()));
    }

    // ---- operators ----

    private Val conditional(Expr.Conditional c, Scope scope) {
        Val cond = eval(c.condition(), scope);
        if (!(cond instanceof Unk u)) {
            return asBool(cond) ? eval(c.whenTrue(), scope) : eval(c.whenFalse(), scope);
        }
        String text = c.condition().src().text();
        List<String> references = references(c.condition());
        List<Alt> alts = new ArrayList<>();
        boolean complete = true;
        for (boolean side : new boolean[] {true, false}) {
            Val branch;
            try {
                branch = eval(side ? c.whenTrue() : c.whenFalse(), scope);
            } catch (EvalError err) {
                complete = false;
                continue;
            }
            Condition.ExpressionIs when = new Condition.ExpressionIs(text, side, references);
            if (branch instanceof Unk b) {
                if (b.alts().isEmpty()) complete = false;
                for (Alt a : b.alts()) {
                    List<Condition> both = new ArrayList<>();
                    both.add(when);
                    both.addAll(a.condition().parts());
                    alts.add(new Alt(a.value(), new Condition.AllOf(both)));
                }
            } else {
                alts.add(new Alt(branch, new Condition.AllOf(List.of(when))));
            }
        }
        // Past MAX_ALTS cases (a long chain of conditionals) the cases are dropped: keeping them all would cost
        // memory quadratic in the chain's length.
        return new Unk(
                c.src().text(),
                u.reason(),
                complete && alts.size() <= MAX_ALTS ? alts : List.of(),
                c.src().span());
    }

    private Val binary(Expr.Binary b, Scope scope) {
        Val left = eval(b.left(), scope);
        String op = b.op();
        if (op.equals("&&") || op.equals("||")) {
            boolean shortValue = op.equals("||");
            if (!(left instanceof Unk) && asBool(left) == shortValue)
                return new Bool(shortValue, b.src().span());
            Val right = eval(b.right(), scope);
            if (!(right instanceof Unk) && !(left instanceof Unk))
                return new Bool(asBool(right), b.src().span());
            if (!(right instanceof Unk) && asBool(right) == shortValue)
                return new Bool(shortValue, b.src().span());
            return lift(
                    b.src(),
                    List.of(left, right),
                    vals -> new Bool(
                            shortValue
                                    ? asBool(vals.get(0)) || asBool(vals.get(1))
                                    : asBool(vals.get(0)) && asBool(vals.get(1)),
                            b.src().span()));
        }
        Val right = eval(b.right(), scope);
        Span at = b.src().span();
        return lift(b.src(), List.of(left, right), vals -> {
            Val l = vals.get(0);
            Val r = vals.get(1);
            return switch (op) {
                case "==" -> new Bool(same(l, r), at);
                case "!=" -> new Bool(!same(l, r), at);
                case "<" -> new Bool(asNumber(l).compareTo(asNumber(r)) < 0, at);
                case ">" -> new Bool(asNumber(l).compareTo(asNumber(r)) > 0, at);
                case "<=" -> new Bool(asNumber(l).compareTo(asNumber(r)) <= 0, at);
                case ">=" -> new Bool(asNumber(l).compareTo(asNumber(r)) >= 0, at);
                case "+", "-", "*", "/", "%" -> new Num(arithmetic(op, asNumber(l), asNumber(r)), at);
                default -> throw new EvalError("unknown operator " + op);
            };
        });
    }

    /** Digits of precision kept by arithmetic: Terraform keeps 512 bits; no configuration needs more. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * One arithmetic operator with bounded precision, so that operands with far-apart exponents
     * ({@code 1e999999999 + 1}) cost no more than close ones.
     */
    static BigDecimal arithmetic(String op, BigDecimal l, BigDecimal r) {
        try {
            return switch (op) {
                case "+" -> l.add(r, PRECISION);
                case "-" -> l.subtract(r, PRECISION);
                case "*" -> l.multiply(r, PRECISION);
                case "/" -> {
                    if (r.signum() == 0) throw new EvalError("division by zero");
                    yield l.divide(r, PRECISION);
                }
                default -> {
                    if (r.signum() == 0) throw new EvalError("division by zero");
                    // the quotient's integer part has about this many digits; the remainder computes it whole
                    long digits = (l.precision() - (long) l.scale()) - (r.precision() - (long) r.scale());
                    if (digits > PRECISION.getPrecision()) throw new EvalError("the numbers are too far apart for %");
                    yield l.remainder(r, PRECISION);
                }
            };
        } catch (ArithmeticException e) {
            throw new EvalError("the result is out of range (" + e.getMessage() + ")");
        }
    }

    private Val unary(Expr.Unary u, Scope scope) {
        Val v = eval(u.operand(), scope);
        Span at = u.src().span();
        return lift(
                u.src(),
                List.of(v),
                vals -> u.op().equals("!")
                        ? new Bool(!asBool(vals.get(0)), at)
                        : new Num(asNumber(vals.get(0)).negate(), at));
    }

    /** The variables and locals an expression reads ({@code var.env}, {@code local.strict}), in order, once each. */
    static List<String> references(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectReferences(e, out);
        return List.copyOf(out);
    }

    private static void collectReferences(Expr e, Set<String> out) {
        if (e == null) return;
        if (e instanceof Expr.GetAttr g
                && g.object() instanceof Expr.Variable root
                && (root.name().equals("var") || root.name().equals("local"))) {
            out.add(root.name() + "." + g.name());
            return;
        }
        if (e instanceof Expr.Template t) {
            collectParts(t.parts(), out);
        } else if (e instanceof Expr.Tuple t) {
            t.items().forEach(i -> collectReferences(i, out));
        } else if (e instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                collectReferences(item.key(), out);
                collectReferences(item.value(), out);
            }
        } else if (e instanceof Expr.GetAttr g) {
            collectReferences(g.object(), out);
        } else if (e instanceof Expr.Index i) {
            collectReferences(i.collection(), out);
            collectReferences(i.key(), out);
        } else if (e instanceof Expr.Splat s) {
            collectReferences(s.source(), out);
            collectReferences(s.each(), out);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collectReferences(a, out));
        } else if (e instanceof Expr.For f) {
            collectReferences(f.collection(), out);
            collectReferences(f.keyExpr(), out);
            collectReferences(f.valueExpr(), out);
            collectReferences(f.cond(), out);
        } else if (e instanceof Expr.Conditional c) {
            collectReferences(c.condition(), out);
            collectReferences(c.whenTrue(), out);
            collectReferences(c.whenFalse(), out);
        } else if (e instanceof Expr.Binary b) {
            collectReferences(b.left(), out);
            collectReferences(b.right(), out);
        } else if (e instanceof Expr.Unary u) {
            collectReferences(u.operand(), out);
        } else if (e instanceof Expr.Parens p) {
            collectReferences(p.inner(), out);
        }
    }

    private static void collectParts(List<Expr.Part> parts, Set<String> out) {
        for (Expr.Part p : parts) {
            if (p instanceof Expr.Interpolation i) {
                collectReferences(i.expression(), out);
            } else if (p instanceof Expr.IfDirective d) {
                collectReferences(d.condition(), out);
                collectParts(d.then(), out);
                collectParts(d.otherwise(), out);
            } else if (p instanceof Expr.ForDirective f) {
                collectReferences(f.collection(), out);
                collectParts(f.body(), out);
            }
        }
    }

    // ---- unknowns ----

    /**
     * Applies {@code f} to known inputs. With unknown inputs the result is unknown with the expression's text; when
     * exactly one input is unknown with possible values, {@code f} is applied to each of them.
     */
    Val lift(Src src, List<Val> inputs, Function<List<Val>, Val> f) {
        int unknownAt = -1;
        int unknowns = 0;
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof Unk) {
                unknownAt = i;
                unknowns++;
            }
        }
        if (unknowns == 0) return f.apply(inputs);
        Unk u = (Unk) inputs.get(unknownAt);
        if (unknowns > 1 || u.alts().isEmpty() || u.alts().size() > MAX_ALTS) return unknownFrom(src, inputs);
        List<Alt> alts = new ArrayList<>();
        for (Alt a : u.alts()) {
            List<Val> args = new ArrayList<>(inputs);
            args.set(unknownAt, a.value());
            try {
                Val r = f.apply(args);
                if (r instanceof Unk) return unknownFrom(src, inputs);
                alts.add(new Alt(r, a.condition()));
            } catch (EvalError err) {
                return unknownFrom(src, inputs);
            }
        }
        return new Unk(src.text(), u.reason(), alts, src.span());
    }

    /** An unknown standing for the whole expression, with the reason of the first unknown input. */
    static Unk unknownFrom(Src src, List<Val> inputs) {
        String reason = inputs.stream()
                .filter(v -> v instanceof Unk)
                .map(v -> ((Unk) v).reason())
                .findFirst()
                .orElse("it depends on values known only when Terraform runs");
        return new Unk(src.text(), reason, List.of(), src.span());
    }

    static Unk unknown(Src src, String reason) {
        return new Unk(src.text(), reason, List.of(), src.span());
    }

    /** The same unknown, quoted and placed where it is used. */
    static Unk rewrap(Unk u, Src use) {
        return new Unk(use.text(), u.reason(), u.alts(), use.span());
    }

    // ---- conversions, as Terraform converts between primitive types ----

    static String asString(Val v) {
        if (v instanceof Str s) return s.value();
        if (v instanceof Num n) return plain(n.value());
        if (v instanceof Bool b) return String.valueOf(b.value());
        if (v instanceof Null) throw new EvalError("a null value cannot be used as a string");
        throw new EvalError("a " + Val.typeName(v) + " cannot be used as a string");
    }

    /** A number as Terraform writes it, in bounded form ({@link Numbers#render}). */
    static String plain(BigDecimal n) {
        return Numbers.render(n);
    }

    static boolean asBool(Val v) {
        if (v instanceof Bool b) return b.value();
        if (v instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return Boolean.parseBoolean(s.value());
        }
        throw new EvalError("a " + Val.typeName(v) + " cannot be used as a bool");
    }

    static BigDecimal asNumber(Val v) {
        if (v instanceof Num n) return n.value();
        if (v instanceof Str s) {
            if (s.value().length() > 1000)
                throw new EvalError("a string of " + s.value().length() + " characters is not a number");
            try {
                return new BigDecimal(s.value().trim());
            } catch (NumberFormatException e) {
                throw new EvalError("\"" + s.value() + "\" is not a number");
            }
        }
        throw new EvalError("a " + Val.typeName(v) + " cannot be used as a number");
    }

    static int asInt(Val v) {
        BigDecimal n = asNumber(v);
        if (!Numbers.isInt(n)) throw new EvalError(plain(n) + " is not a whole number in the range of int");
        return n.intValue();
    }

    /** Terraform's {@code ==}: same type and value (numbers by value). */
    static boolean same(Val a, Val b) {
        if (a instanceof Num x && b instanceof Num y) return x.value().compareTo(y.value()) == 0;
        if (a instanceof Str x && b instanceof Str y) return x.value().equals(y.value());
        if (a instanceof Bool x && b instanceof Bool y) return x.value() == y.value();
        if (a instanceof Null && b instanceof Null) return true;
        if (a instanceof ListV x && b instanceof ListV y) {
            if (x.items().size() != y.items().size()) return false;
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) return false;
            }
            return true;
        }
        if (a instanceof ObjV x && b instanceof ObjV y) {
            if (!x.fields().keySet().equals(y.fields().keySet())) return false;
            for (String k : x.fields().keySet()) {
                if (!same(x.fields().get(k), y.fields().get(k))) return false;
            }
            return true;
        }
        return false;
    }
}
