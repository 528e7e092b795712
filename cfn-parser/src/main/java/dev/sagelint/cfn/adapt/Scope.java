package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.intrinsic.Alternative;
import dev.sagelint.cfn.intrinsic.Assumption;
import dev.sagelint.cfn.intrinsic.Assumptions;
import dev.sagelint.cfn.intrinsic.Evaluator;
import dev.sagelint.cfn.intrinsic.Outcome;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.json.JsonType;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A place in a resource's properties (the {@code Properties} mapping, a {@code NetworkConfig}, one production
 * variant) from which the adapters read {@link Prop}s by dotted path. It decides, in one place for every resource
 * type, what a value is:
 * <ul>
 *   <li>written as a literal of the right type, or an intrinsic function that evaluates to one in every case:
 *       {@code Known}, pointing at the value;</li>
 *   <li>not written (nor any mapping on the way to it), or {@code AWS::NoValue}: {@code Absent} with the AWS
 *       default, pointing at the resource's logical ID;</li>
 *   <li>a value that depends on conditions or parameters: {@code Unknown} with one possible value per case, each
 *       with the case as a condition and the span of the value that decides it (a parameter's {@code Default}, a branch
 *       of {@code Fn::If});</li>
 *   <li>a value that only deployment can tell, a null, or a value of the wrong type: {@code Unknown}, quoting the
 *       source text and saying why.</li>
 * </ul>
 * Intrinsic functions are evaluated by the template's {@link Evaluator}. Strings that spell a boolean or a number
 * are coerced, as CloudFormation does.
 */
final class Scope {

    private final CfnNode root;
    private final List<String> base;
    private final String prefix;
    private final Span declaration;
    private final Evaluator evaluator;

    private Scope(CfnNode root, List<String> base, String prefix, Span declaration, Evaluator evaluator) {
        this.root = root;
        this.base = List.copyOf(base);
        this.prefix = prefix;
        this.declaration = declaration;
        this.evaluator = evaluator;
    }

    static Scope root(CfnNode properties, Span declaration, Evaluator evaluator) {
        boolean unset = properties instanceof Scalar s && s.isNull();
        return new Scope(unset ? null : properties, List.of(), "", declaration, evaluator);
    }

    /** A scope over any node, such as a state's {@code Parameters} in a Step Functions definition. */
    static Scope of(CfnNode node, Span declaration, Evaluator evaluator) {
        return root(node, declaration, evaluator);
    }

    /**
     * The value at {@code below} under {@code node}, a function that a workflow definition embeds, read as
     * {@code type}.
     *
     * @param path        the full property path; its part above {@code below} names the node in messages
     * @param declaration where an unset value points
     */
    @SuppressWarnings("unchecked")
    static <T> Prop<T> below(
            CfnNode node,
            List<String> below,
            String path,
            JsonType<T> type,
            T awsDefault,
            Span declaration,
            Evaluator evaluator) {
        Scope scope = new Scope(node, List.of(), "", declaration, evaluator);
        int cut = path.length();
        for (int i = 0; i < below.size() && cut > 0; i++) cut = path.lastIndexOf('.', cut - 1);
        scope.rootName = below.isEmpty() || cut <= 0 ? "" : path.substring(0, cut);
        Coercion<Boolean> present = n -> n instanceof Scalar s && s.isNull()
                ? Coerced.fail("it is null, which CloudFormation rejects")
                : Coerced.ok(true);
        Coercion<List<String>> strings = scope::asStrings;
        Coercion<Map<String, String>> tags = scope::asTags;
        Coercion<?> coercion = switch (type.kind()) {
            case BOOLEAN -> (Coercion<Boolean>) Scope::asBoolean;
            case INTEGER -> (Coercion<Integer>) Scope::asInteger;
            case STRING -> (Coercion<String>) Scope::asString;
            case STRINGS -> strings;
            case PRESENT -> present;
            case TAGS -> tags;
        };
        return scope.value(below, path, awsDefault, (Coercion<T>) coercion, null);
    }

    /** Where this scope is written; the resource's declaration for the properties of a resource without any. */
    Span span() {
        RawLookup raw = raw(List.of());
        return raw.node() == null ? declaration : raw.node().span();
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** {@code path} as the full property path that this scope's values carry. */
    String fullPath(String path) {
        return prefix + path;
    }

    /**
     * The entry that sets the value at {@code path} from the state's input at run time: a Step Functions key that
     * ends in {@code .$} ({@code "EnableNetworkIsolation.$": "$.isolate"}), at the value or on the way to it.
     */
    Optional<CfnNode.Entry> runtimeEntry(String path) {
        CfnNode current = root;
        List<String> all = segments(path);
        for (String segment : all) {
            if (!(current instanceof Mapping mapping)) return Optional.empty();
            Optional<CfnNode.Entry> dynamic = mapping.entry(segment + ".$");
            if (dynamic.isPresent()) return dynamic;
            current = mapping.get(segment).orElse(null);
        }
        return Optional.empty();
    }

    Prop<String> string(String path) {
        return value(path, null, Scope::asString, null);
    }

    Prop<String> string(String path, String awsDefault) {
        return value(path, awsDefault, Scope::asString, null);
    }

    Prop<Boolean> bool(String path, Boolean awsDefault) {
        return value(path, awsDefault, Scope::asBoolean, null);
    }

    Prop<Integer> integer(String path, Integer awsDefault) {
        return value(path, awsDefault, Scope::asInteger, null);
    }

    /**
     * An integer that only matters where the block at {@code unlessPresent} is not written (an instance count
     * beside a {@code ServerlessConfig}): its cases where the block is written are left out.
     */
    Prop<Integer> integerUnless(String path, Integer awsDefault, String unlessPresent) {
        return value(path, awsDefault, Scope::asInteger, unlessPresent);
    }

    Prop<List<String>> strings(String path) {
        return value(path, null, this::asStrings, null);
    }

    /** A CloudFormation {@code Tags} list of {@code Key}/{@code Value} mappings, as a map in source order. */
    Prop<Map<String, String>> tags(String path) {
        return value(path, null, this::asTags, null);
    }

    /** Whether a block such as {@code ServerlessConfig} is written: known {@code true} at the block, else absent. */
    Prop<Boolean> present(String path) {
        List<World> worlds = walk(path);
        if (worlds.stream().allMatch(w -> w.kind() == Alternative.Kind.VALUE)) {
            World first = worlds.get(0);
            if (first.node() instanceof Scalar s && s.isNull() && worlds.size() == 1) {
                return Prop.unknown(
                        prefix + path, s.source().compact(), "it is null, which CloudFormation rejects", s.span());
            }
            return Prop.known(
                    prefix + path, true, writtenSpan(path, first.node().span()));
        }
        return value(
                path,
                false,
                n -> n instanceof Scalar s && s.isNull()
                        ? Coerced.fail("it is null, which CloudFormation rejects")
                        : Coerced.ok(true),
                null);
    }

    /** The logical ID of the template resource that the value at {@code path} names in every case, if any. */
    Optional<String> reference(String path) {
        Set<String> named = new LinkedHashSet<>();
        for (World w : walk(path)) {
            if (w.kind() == Alternative.Kind.VALUE
                    && w.node() instanceof Scalar s
                    && evaluator.template().resource(s.value()).isPresent()) {
                named.add(s.value());
            } else if (w.resource() != null) {
                named.add(w.resource());
            } else {
                return Optional.empty();
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** The block at {@code path} when it is written in some case (an intrinsic function in its place counts). */
    Optional<Scope> child(String path) {
        List<World> worlds = walk(path);
        if (worlds.stream().allMatch(w -> w.kind() == Alternative.Kind.ABSENT)) return Optional.empty();
        List<String> segments = new ArrayList<>(base);
        segments.addAll(pathSegments(path));
        Scope child = new Scope(root, segments, prefix + path + ".", declaration, evaluator);
        child.blockedReason = blockedReason;
        return Optional.of(child);
    }

    /**
     * The elements of the list at {@code path}. When the list as a whole depends on a condition or cannot be
     * resolved, one element stands for all of them, and every value read from it is unknown.
     */
    List<Scope> elements(String path) {
        List<World> worlds = walk(path);
        if (worlds.stream().allMatch(w -> w.kind() == Alternative.Kind.ABSENT)) return List.of();
        if (worlds.size() == 1
                && worlds.get(0).when().isEmpty()
                && worlds.get(0).node() instanceof Sequence seq
                && worlds.get(0).kind() == Alternative.Kind.VALUE) {
            List<Scope> scopes = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                CfnNode item = seq.items().get(i);
                Outcome resolved = evaluator.resolve(item);
                if (resolved.isCertain() && resolved.first().isAbsent()) continue;
                scopes.add(new Scope(item, List.of(), prefix + path + "[" + i + "].", declaration, evaluator));
            }
            return scopes;
        }
        RawLookup raw = raw(pathSegments(path));
        CfnNode stand = raw.node() != null ? raw.node() : worlds.get(0).node();
        Scope all = new Scope(stand, List.of(), prefix + path + "[*].", declaration, evaluator);
        all.blockedReason = "the list `" + prefix + path + "` depends on a condition or cannot be resolved here";
        return List.of(all);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Walking a path through mappings and intrinsic functions.

    /** One case of the value at a path: a value, absent, or unresolved, and what must hold for it. */
    private record World(Alternative.Kind kind, CfnNode node, String reason, Assumptions when, String resource) {}

    private List<String> segments(String path) {
        List<String> all = new ArrayList<>(base);
        all.addAll(pathSegments(path));
        return all;
    }

    private boolean exhaustive;
    /** The path of the root in messages, when it is not a resource's {@code Properties}. */
    private String rootName = "";
    /** Set on the one scope that stands for every element of a list that cannot be enumerated. */
    private String blockedReason;

    /** Every case of the value at {@code path}, with functions at its top evaluated. */
    private List<World> walk(String path) {
        return walk(pathSegments(path));
    }

    private List<World> walk(List<String> relative) {
        exhaustive = true;
        List<World> worlds = new ArrayList<>(1);
        if (root == null) {
            worlds.add(new World(Alternative.Kind.ABSENT, null, null, Assumptions.NONE, null));
            return worlds;
        }
        if (blockedReason != null) {
            worlds.add(new World(Alternative.Kind.UNRESOLVED, root, blockedReason, Assumptions.NONE, null));
            return worlds;
        }
        worlds.add(new World(Alternative.Kind.VALUE, root, null, Assumptions.NONE, null));
        List<String> all = base.isEmpty() ? relative : concat(base, relative);
        for (int at = 0; at < all.size(); at++) {
            String segment = all.get(at);
            worlds = step(worlds);
            List<World> next = new ArrayList<>(worlds.size());
            for (World w : worlds) {
                if (w.kind() != Alternative.Kind.VALUE) {
                    next.add(w);
                } else if (w.node() instanceof Mapping m) {
                    Optional<CfnNode> child = m.get(segment);
                    next.add(
                            child.isPresent()
                                    ? new World(Alternative.Kind.VALUE, child.get(), null, w.when(), null)
                                    : new World(Alternative.Kind.ABSENT, m, null, w.when(), null));
                } else {
                    String what = w.node() instanceof Scalar s && s.isNull()
                            ? "null"
                            : w.node().kind();
                    String walked = walked(all, at);
                    String name = walked.isEmpty() ? "Properties" : walked;
                    next.add(new World(
                            Alternative.Kind.UNRESOLVED,
                            w.node(),
                            "`" + name + "` is " + what + ", not a mapping",
                            w.when(),
                            null));
                }
            }
            worlds = next;
        }
        return step(worlds);
    }

    /** The path walked before segment {@code count} of {@code all}, for messages. */
    private String walked(List<String> all, int count) {
        String walked = rootName;
        for (int k = 0; k < count; k++) walked = walked.isEmpty() ? all.get(k) : walked + "." + all.get(k);
        return walked;
    }

    /** The segments of a dotted property path; a path of one segment, the usual case, without splitting. */
    private static List<String> pathSegments(String path) {
        return path.indexOf('.') < 0 ? List.of(path) : List.of(path.split("\\."));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    /** Evaluates the function at the top of each value. */
    private List<World> step(List<World> worlds) {
        List<World> next = new ArrayList<>(worlds.size() + 1);
        for (World w : worlds) {
            if (w.kind() != Alternative.Kind.VALUE) {
                next.add(w);
                continue;
            }
            Outcome outcome = evaluator.resolve(w.node());
            exhaustive &= outcome.exhaustive();
            for (Alternative a : outcome.alternatives()) {
                Optional<Assumptions> when = w.when().and(a.when());
                if (when.isEmpty()) continue;
                next.add(new World(a.kind(), a.node(), a.reason(), when.get(), a.resource()));
            }
        }
        return next;
    }

    /** The node at a path without evaluating anything, or the first function or non-mapping on the way. */
    private record RawLookup(CfnNode node, boolean blocked) {}

    private RawLookup raw(List<String> path) {
        CfnNode current = root;
        List<String> all = base.isEmpty() ? path : concat(base, path);
        for (String segment : all) {
            if (current == null) return new RawLookup(null, false);
            if (!(current instanceof Mapping mapping)) return new RawLookup(current, true);
            current = mapping.get(segment).orElse(null);
        }
        return new RawLookup(current, false);
    }

    private Span writtenSpan(String path, Span fallback) {
        RawLookup raw = raw(pathSegments(path));
        return raw.node() != null ? raw.node().span() : fallback;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Turning the cases into a Prop.

    private <T> Prop<T> value(String path, T awsDefault, Coercion<T> coercion, String unlessPresent) {
        return value(pathSegments(path), prefix + path, awsDefault, coercion, unlessPresent);
    }

    private <T> Prop<T> value(
            List<String> relative, String fullPath, T awsDefault, Coercion<T> coercion, String unlessPresent) {
        List<World> worlds = walk(relative);
        boolean complete = exhaustive;
        if (unlessPresent != null) {
            List<World> guard = walk(unlessPresent);
            complete &= exhaustive;
            List<World> restricted = new ArrayList<>();
            for (World w : worlds) {
                for (World g : guard) {
                    if (g.kind() != Alternative.Kind.ABSENT) continue;
                    w.when()
                            .and(g.when())
                            .ifPresent(when ->
                                    restricted.add(new World(w.kind(), w.node(), w.reason(), when, w.resource())));
                }
            }
            if (restricted.isEmpty()) return Prop.absent(fullPath, awsDefault, declaration);
            if (guard.stream().anyMatch(g -> g.kind() != Alternative.Kind.ABSENT)) complete = false;
            worlds = restricted;
        }
        RawLookup raw = raw(relative);
        CfnNode written = raw.node();

        if (complete && worlds.size() == 1 && worlds.get(0).when().isEmpty()) {
            World w = worlds.get(0);
            if (w.kind() == Alternative.Kind.ABSENT) return Prop.absent(fullPath, awsDefault, declaration);
            CfnNode expression = written != null ? written : w.node();
            if (w.kind() == Alternative.Kind.UNRESOLVED) {
                return Prop.unknown(fullPath, expression.source().compact(), w.reason(), expression.span());
            }
            Coerced<T> coerced = coercion.apply(w.node());
            if (coerced.value() == null) {
                return Prop.unknown(
                        fullPath,
                        expression.source().compact(),
                        coerced.problem(),
                        w.node().span());
            }
            Span at = written instanceof Intrinsic ? written.span() : w.node().span();
            return Prop.known(fullPath, coerced.value(), at);
        }

        List<Prop.Possible<T>> possible = new ArrayList<>();
        List<Condition> unresolvedWhen = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        for (World w : worlds) {
            for (Assumption a : w.when().list()) {
                subjects.add((a.kind() == Assumption.Kind.CONDITION ? "condition `" : "parameter `") + a.name() + "`");
            }
            Condition condition = w.when().condition();
            if (w.kind() == Alternative.Kind.ABSENT) {
                Span at = w.node() == null ? declaration : w.node().span();
                possible.add(new Prop.Possible<>(awsDefault, condition, at));
            } else if (w.kind() == Alternative.Kind.UNRESOLVED) {
                unresolvedWhen.add(condition);
                reasons.add(w.reason());
            } else {
                Coerced<T> coerced = coercion.apply(w.node());
                if (coerced.value() == null) {
                    unresolvedWhen.add(condition);
                    reasons.add(coerced.problem());
                } else {
                    possible.add(new Prop.Possible<>(
                            coerced.value(), condition, w.node().span()));
                }
            }
        }
        String reason = subjects.isEmpty() ? "" : "it depends on " + String.join(", ", subjects);
        if (!reasons.isEmpty()) {
            reason = (reason.isEmpty() ? "" : reason + "; ") + String.join("; ", reasons);
        }
        CfnNode expression = written != null ? written : worlds.get(0).node();
        Span span = expression != null ? expression.span() : declaration;
        String text = expression != null ? expression.source().compact() : fullPath;
        return new Prop.Unknown<>(fullPath, text, reason, possible, unresolvedWhen, complete, span);
    }

    /** A coerced value, or the reason the node does not have the expected type. */
    private record Coerced<T>(T value, String problem) {
        static <T> Coerced<T> ok(T value) {
            return new Coerced<>(value, null);
        }

        static <T> Coerced<T> fail(String problem) {
            return new Coerced<>(null, problem);
        }
    }

    @FunctionalInterface
    private interface Coercion<T> {
        Coerced<T> apply(CfnNode node);
    }

    private static Coerced<String> asString(CfnNode node) {
        if (node instanceof Scalar s && !s.isNull()) return Coerced.ok(s.value());
        return Coerced.fail(mismatch("a string", node));
    }

    private static Coerced<Boolean> asBoolean(CfnNode node) {
        if (node instanceof Scalar s && !s.isNull()) {
            String text = s.value().strip();
            if (text.equalsIgnoreCase("true")) return Coerced.ok(true);
            if (text.equalsIgnoreCase("false")) return Coerced.ok(false);
        }
        return Coerced.fail(mismatch("a boolean", node));
    }

    private static Coerced<Integer> asInteger(CfnNode node) {
        if (node instanceof Scalar s && !s.isNull()) {
            try {
                return Coerced.ok(Integer.valueOf(s.value().strip()));
            } catch (NumberFormatException e) {
                String text = s.value().strip();
                if (text.matches("-?\\d+\\.0*"))
                    return Coerced.ok(Integer.valueOf(text.substring(0, text.indexOf('.'))));
                return Coerced.fail(mismatch("an integer", node));
            }
        }
        return Coerced.fail(mismatch("an integer", node));
    }

    /** A list whose items are strings once evaluated; an item that cannot be resolved makes the list unknown. */
    private Coerced<List<String>> asStrings(CfnNode node) {
        if (!(node instanceof Sequence)) return Coerced.fail(mismatch("a list of strings", node));
        Outcome deep = evaluator.resolveDeep(node);
        if (!deep.isCertain()) {
            Alternative first = deep.alternatives().stream()
                    .filter(Alternative::isUnresolved)
                    .findFirst()
                    .orElse(deep.first());
            return Coerced.fail(
                    first.isUnresolved()
                            ? "an item cannot be resolved here: " + first.reason()
                            : "its items depend on conditions or parameters");
        }
        Alternative resolved = deep.first();
        if (resolved.isUnresolved()) {
            return Coerced.fail("an item cannot be resolved here: " + resolved.reason());
        }
        List<String> values = new ArrayList<>();
        for (CfnNode item : ((Sequence) resolved.node()).items()) {
            if (!(item instanceof Scalar s) || s.isNull()) return Coerced.fail(mismatch("a list of strings", item));
            values.add(s.value());
        }
        return Coerced.ok(List.copyOf(values));
    }

    /** Tags by key; a value that is a function keeps its source text, since only keys are checked. */
    private Coerced<Map<String, String>> asTags(CfnNode node) {
        if (!(node instanceof Sequence sequence)) return Coerced.fail(mismatch("a list of Key/Value tags", node));
        Map<String, String> tags = new LinkedHashMap<>();
        for (CfnNode raw : sequence.items()) {
            Outcome item = evaluator.resolve(raw);
            if (!item.isCertain()) return Coerced.fail("a tag depends on a condition or cannot be resolved");
            if (item.first().isAbsent()) continue;
            if (!(item.first().node() instanceof Mapping tag)) return Coerced.fail(mismatch("a Key/Value tag", raw));
            Optional<CfnNode> key = tag.get("Key");
            if (key.isEmpty()) return Coerced.fail("a tag has no `Key`");
            Outcome k = evaluator.resolve(key.get());
            if (!k.isCertain()
                    || !(k.first().node() instanceof Scalar ks)
                    || !k.first().isValue()
                    || ks.isNull()) {
                return Coerced.fail("the `Key` of a tag cannot be resolved here");
            }
            CfnNode value = tag.get("Value").orElse(null);
            String text = value instanceof Scalar v && !v.isNull()
                    ? v.value()
                    : value == null ? "" : value.source().compact();
            tags.put(ks.value(), text);
        }
        return Coerced.ok(Collections.unmodifiableMap(tags));
    }

    private static String mismatch(String expected, CfnNode actual) {
        if (actual instanceof Scalar s && s.isNull()) return "expected " + expected + ", found null";
        if (actual instanceof Scalar s) return "expected " + expected + ", found `" + s.value() + "`";
        return "expected " + expected + ", found " + actual.kind();
    }
}
