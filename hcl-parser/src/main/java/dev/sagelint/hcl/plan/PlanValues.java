package dev.sagelint.hcl.plan;

import dev.sagelint.hcl.eval.Val;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.PlannedChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the values of a planned resource into the values the Terraform adapters read ({@link Val}), so that a plan
 * is mapped onto the model by the same code as the source. A value marked in {@code after_unknown} becomes an
 * unknown value, "known only after apply", with the reference the configuration sets it from when the plan's
 * {@code configuration} names one; every value carries the span of the {@link Place} it is written at.
 */
final class PlanValues {

    /** Longest text kept for a list or object value in before/after summaries. */
    private static final int SUMMARY_CHARS = 80;

    private PlanValues() {}

    /**
     * The value at {@code node}.
     *
     * @param unknown the matching part of {@code after_unknown}, or null
     * @param config  the matching part of the resource's {@code configuration} expressions, or null
     * @param hasConfig whether the plan has the resource's configuration: a value known only after apply that the
     *                  configuration does not set is computed by the provider (a server-assigned default), and
     *                  reads as not set
     */
    static Val toVal(Node node, Node unknown, String path, Place place, Node config, boolean hasConfig) {
        Span at = place.json() && node == null && unknown != null ? unknown.span() : place.span(node);
        if (Node.isTrue(unknown)) {
            // tags_all is always computed (tags merged with provider default_tags): unknown means unknown.
            if (hasConfig && config == null && !path.equals("tags_all")) return new Val.Null(at);
            List<String> refs = references(config);
            String expression = place.text().orElse(refs.isEmpty() ? "(known after apply)" : refs.get(0));
            String reason = "the plan shows it as known only after apply"
                    + (refs.isEmpty() || expression.equals(refs.get(0)) ? "" : "; it comes from `" + refs.get(0) + "`");
            return new Val.Unk(expression, reason, List.of(), at);
        }
        if (node instanceof Node.Str s) return new Val.Str(s.value(), at);
        if (node instanceof Node.Num n) return new Val.Num(n.value(), at);
        if (node instanceof Node.Bool b) return new Val.Bool(b.value(), at);
        if (node instanceof Node.Arr a) {
            List<Val> items = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) {
                Node item = a.items().get(i);
                items.add(toVal(
                        item,
                        unknown == null ? null : unknown.item(i),
                        path + "[" + i + "]",
                        place.item(i, item),
                        isExpression(config) || !(config instanceof Node.Arr) ? config : config.item(i),
                        hasConfig));
            }
            return new Val.ListV(items, at);
        }
        if (node instanceof Node.Obj || (node == null && unknown instanceof Node.Obj)) {
            Set<String> keys = new LinkedHashSet<>();
            if (node instanceof Node.Obj o) keys.addAll(o.fields().keySet());
            if (unknown instanceof Node.Obj u) {
                u.fields().forEach((k, v) -> {
                    if (Node.isTrue(v)) keys.add(k);
                });
            }
            Map<String, Val> fields = new LinkedHashMap<>();
            for (String k : keys) {
                Node child = node == null ? null : node.get(k);
                Node childConfig = config == null || isExpression(config) ? config : config.get(k);
                fields.put(
                        k,
                        toVal(
                                child,
                                unknown == null ? null : unknown.get(k),
                                path.isEmpty() ? k : path + "." + k,
                                place.field(k, child),
                                childConfig,
                                hasConfig));
            }
            return new Val.ObjV(fields, at);
        }
        return new Val.Null(at);
    }

    /**
     * The hashicorp/aws provider merges provider {@code default_tags} into {@code tags_all}, which a plan shows
     * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs#default_tags-configuration-block): the
     * tagging rules read it as {@code tags}. An unknown {@code tags_all} over no written tags stays unknown.
     */
    static Val.ObjV effectiveTags(Val.ObjV resource) {
        Val all = resource.fields().get("tags_all");
        if (all == null) return resource;
        Val tags = resource.fields().get("tags");
        Map<String, Val> fields = new LinkedHashMap<>(resource.fields());
        boolean written = tags instanceof Val.ObjV o && !o.fields().isEmpty();
        Span at = written || (tags != null && !(tags instanceof Val.Null)) ? tags.origin() : all.origin();
        if (all instanceof Val.ObjV o) {
            fields.put("tags", new Val.ObjV(o.fields(), at));
        } else if (all instanceof Val.Unk u && !written) {
            fields.put(
                    "tags",
                    new Val.Unk(
                            "tags_all",
                            "the plan shows the effective tags (`tags_all`, with the "
                                    + "provider's default_tags) as known only after apply",
                            List.of(),
                            at));
        }
        return new Val.ObjV(fields, resource.origin());
    }

    /** The value at a path of names and indices, or the deepest value on the way. */
    static Val at(Val root, List<Object> path) {
        Val v = root;
        for (Object step : path) {
            Val next = null;
            if (step instanceof String name && v instanceof Val.ObjV o)
                next = o.fields().get(name);
            if (step instanceof Integer i
                    && v instanceof Val.ListV l
                    && i < l.items().size()) next = l.items().get(i);
            if (next == null) break;
            v = next;
        }
        return v;
    }

    /**
     * The path in words: names joined by dots, indices in brackets, index 0 left out
     * ({@link PlannedChange#canonical}).
     */
    static String pathText(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(step);
            }
        }
        return PlannedChange.canonical(sb.toString());
    }

    /** The steps of one {@code replace_paths} entry. */
    static List<Object> steps(Node path) {
        List<Object> out = new ArrayList<>();
        if (!(path instanceof Node.Arr a)) return out;
        for (Node step : a.items()) {
            if (step instanceof Node.Str s) out.add(s.value());
            else if (step instanceof Node.Num n)
                out.add(dev.sagelint.model.Numbers.isInt(n.value()) ? n.value().intValue() : -1);
        }
        return out;
    }

    /**
     * The values of a resource by {@linkplain PlannedChange#canonical canonical} path, as text: scalars as written,
     * lists and objects as a short summary; values marked unknown and nulls are left out.
     */
    static Map<String, String> flatten(Node node, Node unknown) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(node, unknown, "", out);
        return out;
    }

    private static void flatten(Node node, Node unknown, String path, Map<String, String> out) {
        if (node == null || node instanceof Node.Null || Node.isTrue(unknown)) return;
        if (!path.isEmpty()) out.putIfAbsent(PlannedChange.canonical(path), summary(node));
        if (node instanceof Node.Obj o) {
            o.fields()
                    .forEach((k, v) -> flatten(
                            v, unknown == null ? null : unknown.get(k), path.isEmpty() ? k : path + "." + k, out));
        } else if (node instanceof Node.Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
                flatten(a.items().get(i), unknown == null ? null : unknown.item(i), path + "[" + i + "]", out);
            }
        }
    }

    private static String summary(Node node) {
        StringBuilder sb = new StringBuilder();
        summary(node, sb);
        return sb.length() > SUMMARY_CHARS ? sb.substring(0, SUMMARY_CHARS - 3) + "..." : sb.toString();
    }

    private static void summary(Node node, StringBuilder sb) {
        if (sb.length() > SUMMARY_CHARS) return;
        if (node instanceof Node.Str s) {
            sb.append(s.value());
        } else if (node instanceof Node.Num n) {
            sb.append(dev.sagelint.model.Numbers.render(n.value()));
        } else if (node instanceof Node.Bool b) {
            sb.append(b.value());
        } else if (node instanceof Node.Arr a) {
            sb.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) sb.append(", ");
                summary(a.items().get(i), sb);
            }
            sb.append(']');
        } else if (node instanceof Node.Obj o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(e.getKey()).append(" = ");
                summary(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            sb.append("null");
        }
    }

    /** Whether a configuration node is one expression rather than a block of them. */
    private static boolean isExpression(Node config) {
        return config != null && (config.get("references") != null || config.get("constant_value") != null);
    }

    /** The references of a configuration expression ({@code {"references": ["aws_kms_key.this.arn", ...]}}). */
    private static List<String> references(Node config) {
        List<String> out = new ArrayList<>();
        if (config != null && config.get("references") instanceof Node.Arr refs) {
            for (Node r : refs.items()) {
                if (r instanceof Node.Str s) out.add(s.value());
            }
        }
        return out;
    }
}
