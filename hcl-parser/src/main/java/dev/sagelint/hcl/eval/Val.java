package dev.sagelint.hcl.eval;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value of the Terraform language as far as it can be decided before {@code terraform plan}. Known values carry
 * the span where they are written (a literal in the resource, a variable default, a {@code .tfvars} line), so that
 * a finding points where the fix goes; {@link Unk unknown} values carry the expression as written, the reason, and
 * the values they may take.
 */
public sealed interface Val {

    /** Where the value is written, or null when it was computed without a single place. */
    Span origin();

    /** A string. */
    record Str(String value, Span origin) implements Val {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number. */
    record Num(BigDecimal value, Span origin) implements Val {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A boolean. */
    record Bool(boolean value, Span origin) implements Val {}

    /** {@code null}: for an argument, the same as not writing it. */
    record Null(Span origin) implements Val {}

    /**
     * A tuple, list or set.
     *
     * @param size the number of values it holds, nested ones included ({@link Val#size}); values share their
     *             elements, so this is what walking it costs, not what it occupies
     */
    record ListV(List<Val> items, Span origin, long size) implements Val {
        public ListV {
            items = List.copyOf(items);
        }

        public ListV(List<Val> items, Span origin) {
            this(items, origin, sizeOf(items));
        }
    }

    /**
     * An object or map, in key order as written.
     *
     * @param size the number of values it holds, nested ones included ({@link Val#size})
     */
    record ObjV(Map<String, Val> fields, Span origin, long size) implements Val {
        public ObjV {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        public ObjV(Map<String, Val> fields, Span origin) {
            this(fields, origin, sizeOf(fields.values()));
        }
    }

    /**
     * How many values {@code v} holds as a tree, itself included: what encoding, comparing or flattening it walks. A
     * value built by doubling another ({@code {l = local.a, r = local.a}}) doubles it, though it shares the halves.
     */
    static long size(Val v) {
        if (v instanceof ListV l) return l.size();
        if (v instanceof ObjV o) return o.size();
        return 1;
    }

    private static long sizeOf(java.util.Collection<Val> items) {
        long n = 1;
        for (Val v : items) n = Math.min(Long.MAX_VALUE / 2, n + size(v));
        return n;
    }

    /**
     * A value that cannot be decided statically.
     *
     * @param expression the expression as written ({@code var.root_access})
     * @param reason     why ("variable root_access has no default and no value in tfvars")
     * @param alts       the values it may take, each with its condition; empty when nothing is known
     */
    record Unk(String expression, String reason, List<Alt> alts, Span origin) implements Val {
        public Unk {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(reason, "reason");
            alts = List.copyOf(alts);
        }
    }

    /**
     * One value an unknown may take.
     *
     * @param value     a known value ({@link Null} when that case leaves the argument unset)
     * @param condition the case: the conditional expressions and variable values that select it, all together
     */
    record Alt(Val value, Condition.AllOf condition) {}

    static Val str(String s, Span origin) {
        return new Str(s, origin);
    }

    /** The value's type in words, for messages. */
    static String typeName(Val v) {
        if (v instanceof Str) return "string";
        if (v instanceof Num) return "number";
        if (v instanceof Bool) return "bool";
        if (v instanceof Null) return "null";
        if (v instanceof ListV) return "list";
        if (v instanceof ObjV) return "object";
        return "unknown";
    }

    /** True when the value, or anything inside it, is unknown. */
    static boolean containsUnknown(Val v) {
        if (v instanceof Unk) return true;
        if (v instanceof ListV l) return l.items().stream().anyMatch(Val::containsUnknown);
        if (v instanceof ObjV o) return o.fields().values().stream().anyMatch(Val::containsUnknown);
        return false;
    }

    /** A copy of a value placed somewhere else. */
    static Val withOrigin(Val v, Span origin) {
        if (v instanceof Str s) return new Str(s.value(), origin);
        if (v instanceof Num n) return new Num(n.value(), origin);
        if (v instanceof Bool b) return new Bool(b.value(), origin);
        if (v instanceof Null) return new Null(origin);
        if (v instanceof ListV l) return new ListV(l.items(), origin, l.size());
        if (v instanceof ObjV o) return new ObjV(o.fields(), origin, o.size());
        Unk u = (Unk) v;
        return new Unk(u.expression(), u.reason(), u.alts(), origin);
    }
}
