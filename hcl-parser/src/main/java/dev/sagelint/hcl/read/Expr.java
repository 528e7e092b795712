package dev.sagelint.hcl.read;

import java.util.List;

/**
 * An HCL expression, with its position. The variants follow the expression forms of the HCL native syntax
 * specification; parentheses are kept because they change how an object key is read.
 */
public sealed interface Expr {

    /** Where the expression is written. */
    Src src();

    /** A number, a string without interpolation, {@code true}, {@code false} or {@code null}. */
    record Literal(Src src, Object value) implements Expr {}

    /** A quoted string or heredoc with interpolations or directives. */
    record Template(Src src, List<Part> parts) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /** One piece of a template. */
    sealed interface Part {}

    /** Literal text, escapes already decoded. */
    record Text(String text) implements Part {}

    /** {@code ${ expression }}. */
    record Interpolation(Expr expression) implements Part {}

    /** {@code %{ if cond }...%{ else }...%{ endif }}. */
    record IfDirective(Expr condition, List<Part> then, List<Part> otherwise) implements Part {
        public IfDirective {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code %{ for k, v in coll }...%{ endfor }}; {@code keyVar} is null without a key. */
    record ForDirective(String keyVar, String valueVar, Expr collection, List<Part> body) implements Part {
        public ForDirective {
            body = List.copyOf(body);
        }
    }

    /** {@code [a, b]}. */
    record Tuple(Src src, List<Expr> items) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code { key = value }}; a bare identifier key is a {@link Literal} string. */
    record ObjectCons(Src src, List<Item> items) implements Expr {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /** One {@code key = value} of an object. */
    record Item(Expr key, Expr value) {}

    /** The root of a traversal: {@code var}, {@code local}, {@code each}, {@code aws_kms_key}. */
    record Variable(Src src, String name) implements Expr {}

    /** {@code object.name}. */
    record GetAttr(Src src, Expr object, String name) implements Expr {}

    /** {@code collection[key]} (also the legacy {@code collection.0}). */
    record Index(Src src, Expr collection, Expr key) implements Expr {}

    /** {@code source[*].each} or {@code source.*.each}: {@code each} is evaluated with {@link SplatItem} bound. */
    record Splat(Src src, Expr source, Expr each) implements Expr {}

    /** The element a splat is applied to. */
    record SplatItem(Src src) implements Expr {}

    /** {@code name(args)}; {@code expandLast} for {@code name(a, b...)}. */
    record Call(Src src, String name, List<Expr> args, boolean expandLast) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}.
     *
     * @param keyVar  null when only one variable is named
     * @param keyExpr null for a tuple result
     * @param cond    null without {@code if}
     */
    record For(
            Src src,
            String keyVar,
            String valueVar,
            Expr collection,
            Expr keyExpr,
            Expr valueExpr,
            boolean grouping,
            Expr cond)
            implements Expr {}

    /** {@code cond ? a : b}. */
    record Conditional(Src src, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {}

    /** A binary operation; {@code op} as written ({@code ==}, {@code &&}, ...). */
    record Binary(Src src, String op, Expr left, Expr right) implements Expr {}

    /** {@code !e} or {@code -e}. */
    record Unary(Src src, String op, Expr operand) implements Expr {}

    /** {@code (e)}. */
    record Parens(Src src, Expr inner) implements Expr {}
}
