package dev.sagelint.policy.cel;

import dev.cel.runtime.CelVariableResolver;
import dev.sagelint.model.Prop;
import dev.sagelint.policy.PolicyModel;
import dev.sagelint.policy.PolicyModel.Field;
import dev.sagelint.policy.PolicyModel.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource laid out for one evaluation: the {@link ModelValue} tree CEL reads, the {@link Prop} behind each leaf
 * by CEL path (for locations and facts), and the leaves whose value is unknown (which CEL treats as unknown
 * attributes). {@code overrides} gives a value to some unknown leaves, to evaluate one possible value.
 */
final class Snapshot {

    final ModelValue root;

    /**
     * The variables of an evaluation: {@code resource} is {@link #root}. Given to CEL as a resolver, which it asks
     * as it goes, rather than as a map, which it would copy for every evaluation.
     */
    final CelVariableResolver variables;

    final Map<String, Prop<?>> props = new LinkedHashMap<>();
    final Map<String, Prop.Unknown<?>> unknowns = new LinkedHashMap<>();
    private final Reads reads = new Reads();

    final PolicyModel.Type type;
    final Object resource;
    private final Map<String, Object> overrides;

    Snapshot(PolicyModel.Type type, Object resource, Map<String, Object> overrides) {
        this.type = type;
        this.resource = resource;
        this.overrides = overrides;
        this.root = object("resource", type, resource);
        ModelValue value = root;
        this.variables = name -> name.equals("resource") ? Optional.of(value) : Optional.empty();
    }

    void clearReads() {
        reads.clear();
    }

    int readCount() {
        return reads.size();
    }

    /** The path of the {@code i}-th field the last evaluation read. */
    String read(int i) {
        return reads.path(i);
    }

    private ModelValue object(String path, PolicyModel.Type type, Object owner) {
        ModelValue value = new ModelValue(path, reads);
        for (Field field : type.fields()) {
            String fieldPath = path + "." + field.name();
            Object read = owner == null ? null : field.read().apply(owner);
            switch (field.kind()) {
                case OBJECT -> {
                    Object nested = read instanceof Optional<?> o ? o.orElse(null) : read;
                    value.put(field.name(), object(fieldPath, field.type(), nested), nested != null);
                }
                case OBJECT_LIST -> {
                    List<?> items = read instanceof List<?> l ? l : List.of();
                    List<ModelValue> out = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        out.add(object(fieldPath + "[" + i + "]", field.type(), items.get(i)));
                    }
                    value.put(field.name(), List.copyOf(out), !items.isEmpty());
                }
                default -> leaf(value, field, fieldPath, (Prop<?>) read);
            }
        }
        return value;
    }

    private void leaf(ModelValue value, Field field, String path, Prop<?> prop) {
        if (prop == null) {
            value.put(field.name(), field.kind().zero(), false);
            return;
        }
        props.put(path, prop);
        if (overrides.containsKey(path)) {
            value.put(field.name(), convert(overrides.get(path), field.kind()), true);
        } else if (prop instanceof Prop.Known<?> k) {
            value.put(field.name(), convert(k.value(), field.kind()), true);
        } else if (prop instanceof Prop.Absent<?> a) {
            value.put(field.name(), convert(a.awsDefault(), field.kind()), false);
        } else {
            unknowns.put(path, (Prop.Unknown<?>) prop);
            value.put(field.name(), field.kind().zero(), true);
        }
    }

    /** A model value as CEL holds it: {@code long} for numbers, strings in lists and maps. */
    static Object convert(Object v, Kind kind) {
        if (v == null) return kind.zero();
        return switch (kind) {
            case INT -> v instanceof Number n ? n.longValue() : parseLong(v.toString());
            case BOOL -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
            case STRING -> v.toString();
            case STRING_LIST ->
                v instanceof List<?> l
                        ? l.stream().map(x -> x == null ? "" : x.toString()).toList()
                        : List.of(v.toString());
            case STRING_MAP -> {
                Map<String, String> out = new LinkedHashMap<>();
                if (v instanceof Map<?, ?> m)
                    m.forEach((k, x) -> out.put(String.valueOf(k), x == null ? "" : x.toString()));
                yield out;
            }
            default -> v;
        };
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
