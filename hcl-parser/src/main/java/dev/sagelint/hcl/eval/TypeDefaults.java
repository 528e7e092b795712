package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.read.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the defaults of {@code optional()} attributes in a variable's type constraint to its value: an object
 * attribute declared {@code optional(type, default)} that the value leaves out (or sets to null) takes the default,
 * and one declared {@code optional(type)} is null. Defaults apply through {@code list}, {@code set}, {@code map} and
 * nested {@code object} types, and to the default itself
 * (https://developer.hashicorp.com/terraform/language/expressions/type-constraints#optional-object-type-attributes).
 * Other conversions are left to Terraform: a value that does not have the shape of its type passes through as it
 * is.
 */
final class TypeDefaults {
    private TypeDefaults() {}

    static Val apply(Expr type, Val value, Scope scope, Evaluator evaluator) {
        if (!(type instanceof Expr.Call c) || c.args().size() != 1) return value;
        Expr element = c.args().get(0);
        switch (c.name()) {
            case "list", "set" -> {
                if (!(value instanceof ListV l)) return value;
                List<Val> items = new ArrayList<>();
                for (Val item : l.items()) items.add(apply(element, item, scope, evaluator));
                return new ListV(items, l.origin());
            }
            case "map" -> {
                if (!(value instanceof ObjV o)) return value;
                Map<String, Val> fields = new LinkedHashMap<>();
                o.fields().forEach((k, v) -> fields.put(k, apply(element, v, scope, evaluator)));
                return new ObjV(fields, o.origin());
            }
            case "object" -> {
                if (!(value instanceof ObjV o) || !(element instanceof Expr.ObjectCons attributes)) return value;
                Map<String, Val> fields = new LinkedHashMap<>(o.fields());
                for (Expr.Item attribute : attributes.items()) {
                    if (!(attribute.key() instanceof Expr.Literal l) || !(l.value() instanceof String name)) continue;
                    Expr attributeType = attribute.value();
                    Val given = fields.get(name);
                    if (attributeType instanceof Expr.Call opt
                            && opt.name().equals("optional")
                            && !opt.args().isEmpty()) {
                        attributeType = opt.args().get(0);
                        if (given == null || given instanceof Null) {
                            given = opt.args().size() > 1
                                    ? withOrigin(
                                            evaluator.evalSafely(opt.args().get(1), scope),
                                            opt.args().get(1))
                                    : new Null(opt.src().span());
                        }
                    }
                    if (given != null) fields.put(name, apply(attributeType, given, scope, evaluator));
                }
                return new ObjV(fields, o.origin());
            }
            default -> {
                return value;
            }
        }
    }

    private static Val withOrigin(Val v, Expr written) {
        return v.origin() != null ? v : Val.withOrigin(v, written.src().span());
    }
}
