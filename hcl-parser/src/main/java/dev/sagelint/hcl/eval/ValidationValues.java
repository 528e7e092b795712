package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.read.Block;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.model.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values a variable without a value may take, as its {@code validation} blocks narrow them
 * (https://developer.hashicorp.com/terraform/language/values/variables#custom-validation-rules). Read are the
 * simple forms: {@code contains([...], var.x)}; equalities joined by {@code ||} ({@code var.x == "a" || var.x ==
 * "b"}); and numeric bounds joined by {@code &&} ({@code var.x >= 2}, {@code var.x >= 1 && var.x <= 4}). A range
 * of a few values gives each of them; a wider or open range gives its lowest two values and its highest, which is
 * enough for the checks that compare a count with a threshold. Every value carries the condition that the
 * variable is set to it, which messages render as allowed by the validation.
 */
final class ValidationValues {
    /** A range with at most this many whole numbers is listed in full. */
    static final int MAX_LISTED = 16;

    private ValidationValues() {}

    static List<Val.Alt> of(Block variable, String name) {
        for (Block validation : variable.body().blocks("validation")) {
            Optional<Expr> cond = validation.body().attribute("condition").map(a -> a.value());
            if (cond.isEmpty()) continue;
            List<Val.Alt> found = contains(cond.get(), name);
            if (found.isEmpty()) found = equalities(cond.get(), name);
            if (found.isEmpty()) found = bounds(cond.get(), name);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static List<Val.Alt> contains(Expr e, String name) {
        Expr.Call c = findContains(e, name);
        if (c == null) return List.of();
        List<Val.Alt> alts = new ArrayList<>();
        for (Expr item : ((Expr.Tuple) c.args().get(0)).items()) {
            if (!(item instanceof Expr.Literal l)) return List.of();
            alts.add(alt(l, name));
        }
        return alts;
    }

    private static Expr.Call findContains(Expr e, String name) {
        if (e instanceof Expr.Call c
                && c.name().equals("contains")
                && c.args().size() == 2
                && c.args().get(0) instanceof Expr.Tuple
                && isVar(c.args().get(1), name)) {
            return c;
        }
        if (e instanceof Expr.Binary b && b.op().equals("&&")) {
            Expr.Call l = findContains(b.left(), name);
            return l != null ? l : findContains(b.right(), name);
        }
        if (e instanceof Expr.Parens p) return findContains(p.inner(), name);
        return null;
    }

    /** {@code var.x == "a" || "b" == var.x || ...}; empty unless every alternative has that form. */
    private static List<Val.Alt> equalities(Expr e, String name) {
        List<Val.Alt> out = new ArrayList<>();
        return collectEqualities(e, name, out) ? out : List.of();
    }

    private static boolean collectEqualities(Expr e, String name, List<Val.Alt> out) {
        if (e instanceof Expr.Parens p) return collectEqualities(p.inner(), name, out);
        if (!(e instanceof Expr.Binary b)) return false;
        if (b.op().equals("||")) {
            return collectEqualities(b.left(), name, out) && collectEqualities(b.right(), name, out);
        }
        if (!b.op().equals("==")) return false;
        if (isVar(b.left(), name) && b.right() instanceof Expr.Literal l) {
            out.add(alt(l, name));
            return true;
        }
        if (isVar(b.right(), name) && b.left() instanceof Expr.Literal l) {
            out.add(alt(l, name));
            return true;
        }
        return false;
    }

    /** Whole-number bounds from comparisons joined by {@code &&}; empty when there is no lower bound. */
    private static List<Val.Alt> bounds(Expr e, String name) {
        BigDecimal[] range = {null, null};
        collectBounds(e, name, range);
        BigDecimal lo = range[0];
        BigDecimal hi = range[1];
        if (lo == null || (hi != null && hi.compareTo(lo) < 0)) return List.of();
        List<BigDecimal> values = new ArrayList<>();
        if (hi != null && hi.subtract(lo).compareTo(BigDecimal.valueOf(MAX_LISTED)) < 0) {
            for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(BigDecimal.ONE)) values.add(v);
        } else {
            values.add(lo);
            values.add(lo.add(BigDecimal.ONE));
            if (hi != null) values.add(hi);
        }
        List<Val.Alt> out = new ArrayList<>();
        for (BigDecimal v : values) {
            String shown = Evaluator.plain(v);
            out.add(new Val.Alt(
                    new Val.Num(v, e.src().span()),
                    new Condition.AllOf(List.of(new Condition.VariableAllows(name, shown)))));
        }
        return out;
    }

    private static void collectBounds(Expr e, String name, BigDecimal[] range) {
        if (e instanceof Expr.Parens p) {
            collectBounds(p.inner(), name, range);
            return;
        }
        if (!(e instanceof Expr.Binary b)) return;
        if (b.op().equals("&&")) {
            collectBounds(b.left(), name, range);
            collectBounds(b.right(), name, range);
            return;
        }
        String op;
        BigDecimal n;
        if (isVar(b.left(), name) && number(b.right()) != null) {
            op = b.op();
            n = number(b.right());
        } else if (isVar(b.right(), name) && number(b.left()) != null) {
            op = flip(b.op());
            n = number(b.left());
        } else {
            return;
        }
        if (n.stripTrailingZeros().scale() > 0) return;
        switch (op) {
            case ">=" -> range[0] = max(range[0], n);
            case ">" -> range[0] = max(range[0], n.add(BigDecimal.ONE));
            case "<=" -> range[1] = min(range[1], n);
            case "<" -> range[1] = min(range[1], n.subtract(BigDecimal.ONE));
            case "==" -> {
                range[0] = max(range[0], n);
                range[1] = min(range[1], n);
            }
            default -> {
                // != and the rest do not bound the range
            }
        }
    }

    private static String flip(String op) {
        return switch (op) {
            case ">=" -> "<=";
            case ">" -> "<";
            case "<=" -> ">=";
            case "<" -> ">";
            default -> op;
        };
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static BigDecimal number(Expr e) {
        return e instanceof Expr.Literal l && l.value() instanceof BigDecimal n ? n : null;
    }

    private static boolean isVar(Expr e, String name) {
        return e instanceof Expr.GetAttr g
                && g.object() instanceof Expr.Variable v
                && v.name().equals("var")
                && g.name().equals(name);
    }

    private static Val.Alt alt(Expr.Literal l, String name) {
        Val v = l.value() == null
                ? new Val.Null(l.src().span())
                : l.value() instanceof String s
                        ? new Val.Str(s, l.src().span())
                        : l.value() instanceof Boolean b
                                ? new Val.Bool(b, l.src().span())
                                : new Val.Num((BigDecimal) l.value(), l.src().span());
        String shown = l.value() instanceof BigDecimal n ? Evaluator.plain(n) : String.valueOf(l.value());
        return new Val.Alt(v, new Condition.AllOf(List.of(new Condition.VariableAllows(name, shown))));
    }
}
