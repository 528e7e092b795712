package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Unk;
import dev.sagelint.hcl.read.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code each.value} of the one symbolic instance of a block whose {@code for_each} is empty here, when the
 * collection comes from a variable whose type constraint describes its elements: {@code for_each = var.x},
 * {@code for_each = local.y} with a local that is such a reference, {@code toset(...)} or {@code tomap(...)} of one,
 * {@code { for n in var.x : n.name => n }}, and either branch of {@code var.create ? var.x : {}}. Each attribute of the element object the caller must give is
 * unknown; each optional one is what the module gives it when the caller leaves it out: its default, or null.
 */
final class SymbolicElement {
    private static final int MAX_LOCAL_HOPS = 8;

    private SymbolicElement() {}

    static Optional<Val> of(Expr forEach, Scope scope, Evaluator evaluator, String reason) {
        Expr type = elementType(forEach, scope.module, 0);
        if (!(type instanceof Expr.Call c)
                || !c.name().equals("object")
                || c.args().size() != 1
                || !(c.args().get(0) instanceof Expr.ObjectCons attributes)) {
            return Optional.empty();
        }
        Map<String, Val> given = new LinkedHashMap<>();
        for (Expr.Item a : attributes.items()) {
            if (!(a.key() instanceof Expr.Literal l) || !(l.value() instanceof String name)) continue;
            boolean optional = a.value() instanceof Expr.Call opt && opt.name().equals("optional");
            if (!optional) {
                given.put(
                        name,
                        new Unk(
                                "each.value." + name,
                                reason,
                                List.of(),
                                a.value().src().span()));
            }
        }
        return Optional.of(
                TypeDefaults.apply(type, new ObjV(given, forEach.src().span()), Scope.of(scope.module), evaluator));
    }

    /** The type of one element of the collection {@code e} names, or null when it cannot be told. */
    private static Expr elementType(Expr e, ModuleContext module, int hops) {
        if (hops > MAX_LOCAL_HOPS) return null;
        if (e instanceof Expr.Parens p) return elementType(p.inner(), module, hops);
        if (e instanceof Expr.Conditional c) {
            Expr whenTrue = elementType(c.whenTrue(), module, hops);
            return whenTrue != null ? whenTrue : elementType(c.whenFalse(), module, hops);
        }
        if (e instanceof Expr.Call c
                && (c.name().equals("toset")
                        || c.name().equals("tomap")
                        || c.name().equals("tolist"))
                && c.args().size() == 1) {
            return elementType(c.args().get(0), module, hops);
        }
        if (e instanceof Expr.For f
                && !f.grouping()
                && f.valueExpr() instanceof Expr.Variable v
                && v.name().equals(f.valueVar())) {
            return elementType(f.collection(), module, hops);
        }
        if (e instanceof Expr.GetAttr g && g.object() instanceof Expr.Variable root) {
            if (root.name().equals("var")) {
                Expr type = module.variableTypes.get(g.name());
                if (type instanceof Expr.Call c
                        && (c.name().equals("list")
                                || c.name().equals("set")
                                || c.name().equals("map"))
                        && c.args().size() == 1) {
                    return c.args().get(0);
                }
                return null;
            }
            if (root.name().equals("local") && module.locals.containsKey(g.name())) {
                return elementType(module.locals.get(g.name()), module, hops + 1);
            }
        }
        return null;
    }
}
