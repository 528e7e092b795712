package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.Numbers;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads evaluated attributes of one resource instance as {@link Prop}s: known where the value is written, unknown
 * with the expression, reason and possible values, absent (an unset or {@code null} argument) with the AWS
 * default and the span of the resource header.
 */
final class Attrs {

    private final ResourceInstance resource;
    private final Span absentAt;

    Attrs(ResourceInstance resource) {
        this(resource, resource.header());
    }

    /** Reads values inside {@code resource} whose absent properties point at {@code absentAt} (a nested job). */
    Attrs(ResourceInstance resource, Span absentAt) {
        this.resource = resource;
        this.absentAt = absentAt;
    }

    Span header() {
        return resource.header();
    }

    View root() {
        return resource.body();
    }

    /** The first nested block (or object value) of that name. */
    static Optional<View> first(View parent, String name) {
        return parent == null ? Optional.empty() : parent.blocks(name).stream().findFirst();
    }

    /** Follows nested single blocks: {@code nested(root, "network_config", "vpc_config")}. */
    static Optional<View> nested(View parent, String... names) {
        Optional<View> v = Optional.ofNullable(parent);
        for (String n : names) v = v.flatMap(x -> first(x, n));
        return v;
    }

    Prop<String> string(Optional<View> in, String name, String path, String awsDefault) {
        return convert(in, name, path, awsDefault, Attrs::toText);
    }

    Prop<Boolean> bool(Optional<View> in, String name, String path, Boolean awsDefault) {
        return convert(in, name, path, awsDefault, v -> {
            if (v instanceof Val.Bool b) return b.value();
            if (v instanceof Val.Str s && (s.value().equals("true") || s.value().equals("false"))) {
                return Boolean.valueOf(s.value());
            }
            throw new IllegalArgumentException("expected a bool, got a " + Val.typeName(v));
        });
    }

    Prop<Integer> integer(Optional<View> in, String name, String path, Integer awsDefault) {
        return convert(in, name, path, awsDefault, v -> {
            try {
                BigDecimal n = v instanceof Val.Num num
                        ? num.value()
                        : v instanceof Val.Str s && s.value().length() <= 100
                                ? new BigDecimal(s.value().trim())
                                : null;
                if (n != null && Numbers.isInt(n)) return n.intValue();
            } catch (ArithmeticException | NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("expected a whole number, got " + Val.typeName(v));
        });
    }

    Prop<List<String>> stringList(Optional<View> in, String name, String path) {
        return convert(in, name, path, null, v -> {
            if (!(v instanceof Val.ListV l)) throw new IllegalArgumentException("expected a list");
            List<String> out = new ArrayList<>();
            for (Val item : l.items()) {
                if (item instanceof Val.Unk u) {
                    out.add(u.expression());
                } else {
                    out.add(toText(item));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Tags as a map ({@code tags = { k = "v" }}) or, in awscc, a list of {@code { key, value }} objects. */
    Prop<Map<String, String>> tags(Optional<View> in, String name, String path) {
        return convert(in, name, path, null, v -> {
            Map<String, String> out = new LinkedHashMap<>();
            if (v instanceof Val.ObjV o) {
                o.fields().forEach((k, x) -> out.put(k, x instanceof Val.Unk u ? u.expression() : toText(x)));
            } else if (v instanceof Val.ListV l) {
                for (Val item : l.items()) {
                    if (!(item instanceof Val.ObjV o) || !(o.fields().get("key") instanceof Val.Str k)) {
                        throw new IllegalArgumentException("expected a list of key/value objects");
                    }
                    Val value = o.fields().get("value");
                    out.put(k.value(), value == null || value instanceof Val.Unk ? "" : toText(value));
                }
            } else {
                throw new IllegalArgumentException("expected a map of tags");
            }
            return Map.copyOf(out);
        });
    }

    /**
     * The resource's {@code tags} with the {@code default_tags} of its aws provider configuration merged in, as the
     * provider merges them into {@code tags_all}: the resource's own tags win on a shared key. Without provider
     * defaults, the tags as written. When the resource's own tags cannot be resolved, the provider's are what is
     * known of them.
     */
    Prop<Map<String, String>> tagsWithProviderDefaults() {
        Prop<Map<String, String>> own = tags(Optional.of(root()), "tags", "tags");
        if (!resource.type().startsWith("aws_")
                || !(resource.defaultTags() instanceof Val.ObjV defaults)
                || defaults.fields().isEmpty()) {
            return own;
        }
        Map<String, String> merged = new LinkedHashMap<>();
        defaults.fields().forEach((k, x) -> merged.put(k, x instanceof Val.Unk u ? u.expression() : textOrEmpty(x)));
        Span at = defaults.origin() != null ? defaults.origin() : absentAt;
        if (own instanceof Prop.Known<Map<String, String>> k) {
            merged.putAll(k.value());
            return Prop.known("tags", Map.copyOf(merged), k.span());
        }
        return Prop.known("tags", Map.copyOf(merged), at);
    }

    private static String textOrEmpty(Val v) {
        try {
            return toText(v);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether a nested block or object is written: known {@code true} at its span, else absent {@code false}. */
    Prop<Boolean> present(Optional<View> parent, String name, String path) {
        Optional<View> block = parent.flatMap(p -> first(p, name));
        if (block.isEmpty()) return Prop.absent(path, false, absentAt);
        Optional<Val> attr = parent.get().attr(name);
        if (attr.isPresent() && attr.get() instanceof Val.Unk u) {
            return Prop.unknown(path, u.expression(), u.reason(), u.origin());
        }
        return Prop.known(path, true, block.get().span());
    }

    private <T> Prop<T> convert(Optional<View> in, String name, String path, T awsDefault, Function<Val, T> coerce) {
        Optional<Val> found = in.flatMap(v -> v.attr(name));
        if (found.isEmpty() || found.get() instanceof Val.Null) return Prop.absent(path, awsDefault, absentAt);
        Val v = found.get();
        Span at = v.origin() != null ? v.origin() : absentAt;
        if (v instanceof Val.Unk u) {
            List<Prop.Possible<T>> possible = new ArrayList<>();
            for (Val.Alt a : u.alts()) {
                Span altAt = a.value().origin() != null ? a.value().origin() : at;
                try {
                    T value = a.value() instanceof Val.Null ? awsDefault : coerce.apply(a.value());
                    possible.add(new Prop.Possible<>(value, a.condition(), altAt));
                } catch (RuntimeException e) {
                    possible.clear();
                    break;
                }
            }
            return new Prop.Unknown<>(path, u.expression(), u.reason(), possible, at);
        }
        try {
            return Prop.known(path, coerce.apply(v), at);
        } catch (RuntimeException e) {
            return Prop.unknown(path, Val.typeName(v) + " value", e.getMessage(), at);
        }
    }

    private static String toText(Val v) {
        if (v instanceof Val.Str s) return s.value();
        if (v instanceof Val.Num n) return Numbers.render(n.value());
        if (v instanceof Val.Bool b) return String.valueOf(b.value());
        throw new IllegalArgumentException("expected a string, got a " + Val.typeName(v));
    }
}
