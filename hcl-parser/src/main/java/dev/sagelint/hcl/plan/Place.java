package dev.sagelint.hcl.plan;

import dev.sagelint.hcl.eval.View;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Where a value of a plan is written, as the plan's values are walked: in the plan JSON itself, or, when the
 * {@code .tf} files are at hand, in the resource block that declares it. In a block a value is found by name
 * (an attribute, a nested block, a {@code dynamic} block's content) and inside an attribute by object key or tuple
 * index; a value not written in the block (a provider default, a computed value) points at the enclosing block.
 *
 * @param view   the block body a value is looked up in, or null
 * @param expr   the expression the value comes from, or null
 * @param blocks the nested blocks the items of a list value come from, or null
 * @param at     where to point when nothing more precise is known
 * @param json   whether values point at themselves in the plan JSON
 */
record Place(View view, Expr expr, List<View> blocks, Span at, boolean json) {

    /** Values located in the plan JSON; {@code at} is the enclosing object. */
    static Place json(Span at) {
        return new Place(null, null, null, at, true);
    }

    /** Values located in a resource block of a {@code .tf} file. */
    static Place block(View body, Span header) {
        return new Place(body, null, null, header, false);
    }

    private static Place at(Span span) {
        return new Place(null, null, null, span, false);
    }

    /** Where the value {@code node} (null when the plan does not write it) is written. */
    Span span(Node node) {
        if (json) return node != null ? node.span() : at;
        return at;
    }

    /** The place of field {@code name}, whose plan value is {@code child}. */
    Place field(String name, Node child) {
        if (json) return json(child != null ? child.span() : at);
        if (view != null) {
            Optional<Expr> written = view.expression(name);
            if (written.isPresent())
                return new Place(null, written.get(), null, written.get().src().span(), false);
            List<View> nested = view.blocks(name);
            if (!nested.isEmpty()) {
                return child instanceof Node.Obj
                        ? new Place(nested.get(0), null, null, nested.get(0).span(), false)
                        : new Place(null, null, nested, nested.get(0).span(), false);
            }
            return at(view.span());
        }
        if (expr instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                if (name.equals(key(item.key())))
                    return new Place(
                            null, item.value(), null, item.value().src().span(), false);
            }
        }
        return at(at);
    }

    /** The place of item {@code index} of a list value. */
    Place item(int index, Node child) {
        if (json) return json(child != null ? child.span() : at);
        if (blocks != null) {
            // More values than blocks written: the rest come from a dynamic block whose for_each the source cannot
            // decide, and share the content of its last block.
            View block = blocks.get(Math.min(index, blocks.size() - 1));
            return new Place(block, null, null, block.span(), false);
        }
        if (expr instanceof Expr.Tuple t && index < t.items().size()) {
            Expr e = t.items().get(index);
            return new Place(null, e, null, e.src().span(), false);
        }
        return at(at);
    }

    /** The expression as written, for an unknown value's message; empty when not located in a {@code .tf} file. */
    Optional<String> text() {
        if (expr == null) return Optional.empty();
        String text = expr.src().text();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static String key(Expr key) {
        if (key instanceof Expr.Parens p) return key(p.inner());
        if (key instanceof Expr.Literal l && l.value() instanceof String s) return s;
        if (key instanceof Expr.Variable v) return v.name();
        if (key instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Text x) {
            return x.text();
        }
        return null;
    }
}
