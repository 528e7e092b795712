package dev.sagelint.workflow;

import dev.sagelint.json.JsonType;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one SageMaker API request written in a workflow definition, read as {@link Prop}s by the
 * API's dotted field paths ({@code ResourceConfig.InstanceCount}):
 * <ul>
 *   <li>a JSON value of the right type is known, at the value;</li>
 *   <li>a field that is not written, or {@code null}, is absent with the AWS default, at {@code absentAt};</li>
 *   <li>a field set from the state's input at run time (a key on the way that ends in {@code .$}) is unknown;</li>
 *   <li>a value the front-end could not resolve is read by its {@link dev.sagelint.json.Resolution};</li>
 *   <li>a value of the wrong type is unknown, saying what was expected.</li>
 * </ul>
 */
final class JobRequest {

    private static final String RUNTIME = "it is taken from the state's input at run time";

    private final JsonValue root;
    private final List<String> base;
    private final String prefix;
    private final Span absentAt;
    private final EmbeddedJobs.Owner owner;
    /** Set on a request that stands for every element of a list that cannot be enumerated. */
    private final String blocked;

    private JobRequest(
            JsonValue root, List<String> base, String prefix, Span absentAt, EmbeddedJobs.Owner owner, String blocked) {
        this.root = root;
        this.base = List.copyOf(base);
        this.prefix = prefix;
        this.absentAt = absentAt;
        this.owner = owner;
        this.blocked = blocked;
    }

    /** The request written at {@code root} (null when none is written); unset fields point at {@code absentAt}. */
    static JobRequest of(JsonValue root, Span absentAt, EmbeddedJobs.Owner owner) {
        return new JobRequest(root, List.of(), "", absentAt, owner, null);
    }

    /** Where the request is written, else where its unset fields point. */
    Span span() {
        Optional<JsonValue> here = lookup(List.of());
        return here.isPresent() ? here.get().span() : absentAt;
    }

    /** This request with unset fields pointing at its own span (a container definition). */
    JobRequest enclosed() {
        return new JobRequest(root, base, prefix, span(), owner, blocked);
    }

    Prop<Boolean> bool(String path, Boolean awsDefault) {
        return read(path, JsonType.BOOLEAN, awsDefault);
    }

    Prop<Integer> integer(String path, Integer awsDefault) {
        return read(path, JsonType.INTEGER, awsDefault);
    }

    Prop<String> string(String path) {
        return read(path, JsonType.STRING, null);
    }

    /** Whether a block such as {@code ServerlessConfig} is written: known {@code true} there, else absent. */
    Prop<Boolean> present(String path) {
        return read(path, JsonType.PRESENT, false);
    }

    /**
     * An integer that only matters where the block at {@code unlessPresent} is not written (an instance count beside
     * a {@code ServerlessConfig}): absent where the block is written.
     */
    Prop<Integer> integerUnless(String path, Integer awsDefault, String unlessPresent) {
        Optional<JsonValue> guard = lookup(segments(unlessPresent));
        if (guard.isPresent() && !(guard.get() instanceof JsonValue.Null)) {
            return Prop.absent(prefix + path, awsDefault, absentAt);
        }
        return integer(path, awsDefault);
    }

    /**
     * The sum of an integer field over the elements of a list ({@code InstanceCount} over the instance groups of a
     * heterogeneous cluster), known at the list when every element's is; else the first element's that is not
     * known. An element that leaves it unset adds nothing.
     */
    Prop<Integer> sum(String listPath, String field) {
        List<JobRequest> items = elements(listPath);
        int total = 0;
        for (JobRequest item : items) {
            Prop<Integer> count = item.integer(field, null);
            if (count instanceof Prop.Known<Integer> k) {
                total += k.value();
            } else if (!(count instanceof Prop.Absent)) {
                return count;
            }
        }
        Optional<JsonValue> list = lookup(segments(listPath));
        return Prop.known(prefix + listPath, total, list.map(JsonValue::span).orElse(absentAt));
    }

    /** Whether a field is written (and not null). */
    boolean has(String path) {
        Optional<JsonValue> found = lookup(segments(path));
        return found.isPresent() && !(found.get() instanceof JsonValue.Null);
    }

    /** A list of strings; an item the front-end could not resolve is resolved on its own. */
    Prop<List<String>> strings(String path) {
        return read(path, JsonType.STRINGS, null);
    }

    /** A {@code Tags} list of {@code Key}/{@code Value} objects, as a map. */
    Prop<Map<String, String>> tags(String path) {
        return read(path, JsonType.TAGS, null);
    }

    /** The block at {@code path}, when it is written. */
    Optional<JobRequest> child(String path) {
        List<String> segments = new ArrayList<>(base);
        segments.addAll(List.of(path.split("\\.")));
        Optional<JsonValue> found =
                blocked != null ? Optional.of(root) : lookup(segments.subList(base.size(), segments.size()));
        if (found.isEmpty() || found.get() instanceof JsonValue.Null) return Optional.empty();
        return Optional.of(new JobRequest(root, segments, prefix + path + ".", absentAt, owner, blocked));
    }

    /**
     * The elements of the list at {@code path}. When the list is not an array the front-end could read, one element
     * stands for all of them, and every value read from it is unknown.
     */
    List<JobRequest> elements(String path) {
        Optional<JsonValue> found = blocked != null ? Optional.of(root) : lookup(segments(path));
        if (found.isEmpty() || found.get() instanceof JsonValue.Null) return List.of();
        if (blocked == null && found.get() instanceof JsonValue.Arr arr) {
            List<JobRequest> out = new ArrayList<>();
            for (int i = 0; i < arr.items().size(); i++) {
                out.add(new JobRequest(
                        arr.items().get(i), List.of(), prefix + path + owner.index(i) + ".", absentAt, owner, null));
            }
            return out;
        }
        String reason = blocked != null
                ? blocked
                : "the list `" + prefix + path + "` depends on a condition or cannot be resolved here";
        return List.of(
                new JobRequest(found.get(), List.of(), prefix + path + owner.index(-1) + ".", absentAt, owner, reason));
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<String> segments(String path) {
        return List.of(path.split("\\."));
    }

    /** The value at {@code path} below this request, following objects only. */
    private Optional<JsonValue> lookup(List<String> path) {
        JsonValue current = root;
        List<String> all = new ArrayList<>(base);
        all.addAll(path);
        for (String segment : all) {
            if (!(current instanceof JsonValue.Obj o)) return Optional.empty();
            current = o.get(segment).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    private <T> Prop<T> read(String path, JsonType<T> type, T awsDefault) {
        String full = prefix + path;
        if (blocked != null) {
            return Prop.unknown(full, expression(root), blocked, root.span());
        }
        List<String> all = new ArrayList<>(base);
        all.addAll(segments(path));
        JsonValue current = root;
        String walked = "";
        for (int i = 0; i < all.size(); i++) {
            String segment = all.get(i);
            if (current == null || current instanceof JsonValue.Null) return Prop.absent(full, awsDefault, absentAt);
            if (current instanceof JsonValue.Unknown u) {
                return u.resolution().read(u, full, all.subList(i, all.size()), type, awsDefault, absentAt);
            }
            if (!(current instanceof JsonValue.Obj o)) {
                String name = walked.isEmpty() ? "the request" : "`" + walked + "`";
                return Prop.unknown(
                        full, expression(current), name + " is " + kind(current) + ", not an object", current.span());
            }
            Optional<JsonValue.Member> dynamic = o.member(segment + ".$");
            if (dynamic.isPresent()) {
                JsonValue v = dynamic.get().value();
                return Prop.unknown(full, segment + ".$: " + expression(v), RUNTIME, v.span());
            }
            current = o.get(segment).orElse(null);
            walked = walked.isEmpty() ? segment : walked + "." + segment;
        }
        if (current == null || current instanceof JsonValue.Null) return Prop.absent(full, awsDefault, absentAt);
        if (current instanceof JsonValue.Unknown u) {
            return u.resolution().read(u, full, List.of(), type, awsDefault, absentAt);
        }
        if (type == JsonType.STRINGS && current instanceof JsonValue.Arr arr) return strings(full, arr, type);
        JsonType.Coerced<T> coerced = type.coerce(current);
        if (!coerced.isOk()) return Prop.unknown(full, expression(current), coerced.problem(), current.span());
        return Prop.known(full, coerced.value(), current.span());
    }

    /** A list whose unresolved items are resolved one by one; one that stays unknown makes the list unknown. */
    @SuppressWarnings("unchecked")
    private <T> Prop<T> strings(String full, JsonValue.Arr arr, JsonType<T> type) {
        List<JsonValue> items = new ArrayList<>();
        for (JsonValue item : arr.items()) {
            if (!(item instanceof JsonValue.Unknown u)) {
                items.add(item);
                continue;
            }
            Prop<String> resolved = u.resolution().read(u, full, List.of(), JsonType.STRING, null, absentAt);
            if (resolved instanceof Prop.Known<String> k) {
                items.add(new JsonValue.Str(k.value(), item.span()));
            } else if (resolved instanceof Prop.Unknown<String> unknown) {
                String why = unknown.possibleValues().isEmpty()
                                && unknown.unresolvedWhen().isEmpty()
                        ? "an item cannot be resolved here: " + unknown.reason()
                        : "its items depend on conditions or parameters";
                return Prop.unknown(full, expression(arr), why, arr.span());
            }
        }
        JsonType.Coerced<T> coerced = type.coerce(new JsonValue.Arr(items, arr.span()));
        if (!coerced.isOk()) return Prop.unknown(full, expression(arr), coerced.problem(), arr.span());
        return (Prop<T>) Prop.known(full, coerced.value(), arr.span());
    }

    private static String expression(JsonValue v) {
        return v instanceof JsonValue.Unknown u ? u.expression() : JsonValue.text(v);
    }

    private static String kind(JsonValue v) {
        if (v instanceof JsonValue.Arr) return "a list";
        if (v instanceof JsonValue.Str) return "a string";
        if (v instanceof JsonValue.Num) return "a number";
        return "a boolean";
    }
}
