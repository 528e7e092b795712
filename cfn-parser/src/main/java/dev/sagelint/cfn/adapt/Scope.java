package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A place in a resource's properties (the {@code Properties} mapping, a {@code NetworkConfig}, one production
 * variant) from which the adapters read {@link Prop}s by dotted path. It decides, in one place for every resource
 * type, what a value is:
 * <ul>
 *   <li>written as a literal of the right type: {@code Known}, pointing at the value;</li>
 *   <li>not written (nor any mapping on the way to it): {@code Absent} with the AWS default, pointing at the
 *       resource's logical ID;</li>
 *   <li>an intrinsic function anywhere in the value or on the way to it, a null, or a value of the wrong type:
 *       {@code Unknown}, quoting the source text and saying why.</li>
 * </ul>
 * Strings that spell a boolean or a number are coerced, as CloudFormation does.
 */
final class Scope {

    private final CfnNode node;
    private final String prefix;
    private final Span declaration;

    private Scope(CfnNode node, String prefix, Span declaration) {
        this.node = node;
        this.prefix = prefix;
        this.declaration = declaration;
    }

    static Scope root(CfnNode properties, Span declaration) {
        boolean unset = properties instanceof Scalar s && s.isNull();
        return new Scope(unset ? null : properties, "", declaration);
    }

    /** Where this scope is written; the resource's declaration for the properties of a resource without any. */
    Span span() {
        return node == null ? declaration : node.span();
    }

    Prop<String> string(String path) {
        return value(path, null, Scope::asString);
    }

    Prop<String> string(String path, String awsDefault) {
        return value(path, awsDefault, Scope::asString);
    }

    Prop<Boolean> bool(String path, Boolean awsDefault) {
        return value(path, awsDefault, Scope::asBoolean);
    }

    Prop<Integer> integer(String path, Integer awsDefault) {
        return value(path, awsDefault, Scope::asInteger);
    }

    Prop<List<String>> strings(String path) {
        return value(path, null, Scope::asStrings);
    }

    /** A CloudFormation {@code Tags} list of {@code Key}/{@code Value} mappings, as a map in source order. */
    Prop<Map<String, String>> tags(String path) {
        return value(path, null, Scope::asTags);
    }

    /** Whether a block such as {@code ServerlessConfig} is written: known {@code true} at the block, else absent. */
    Prop<Boolean> present(String path) {
        return value(path, false, n -> n instanceof Scalar s && s.isNull()
                ? Coerced.fail("it is null, which CloudFormation rejects")
                : Coerced.ok(true));
    }

    /** The block at {@code path} when it is written (an intrinsic function in its place counts as written). */
    Optional<Scope> child(String path) {
        Lookup found = find(path);
        if (found.node() == null) return Optional.empty();
        return Optional.of(new Scope(found.node(), prefix + path + ".", declaration));
    }

    /**
     * The elements of the list at {@code path}. When the list as a whole is an intrinsic function or not a list,
     * one element stands for all of them, and every value read from it is unknown.
     */
    List<Scope> elements(String path) {
        Lookup found = find(path);
        if (found.node() == null) return List.of();
        if (found.node() instanceof Sequence sequence && found.blockedBy() == null) {
            List<Scope> scopes = new ArrayList<>();
            for (int i = 0; i < sequence.items().size(); i++) {
                scopes.add(new Scope(sequence.items().get(i), prefix + path + "[" + i + "].", declaration));
            }
            return scopes;
        }
        return List.of(new Scope(found.node(), prefix + path + "[*].", declaration));
    }

    private <T> Prop<T> value(String path, T awsDefault, Coercion<T> coercion) {
        String fullPath = prefix + path;
        Lookup found = find(path);
        if (found.node() == null) return Prop.absent(fullPath, awsDefault, declaration);
        CfnNode value = found.node();
        if (found.blockedBy() != null) {
            return Prop.unknown(fullPath, value.source().compact(), found.blockedBy(), value.span());
        }
        Optional<Intrinsic> intrinsic = value.firstIntrinsic();
        if (intrinsic.isPresent()) {
            return Prop.unknown(fullPath, value.source().compact(), notEvaluated(intrinsic.get()), value.span());
        }
        Coerced<T> coerced = coercion.apply(value);
        if (coerced.value() == null) {
            return Prop.unknown(fullPath, value.source().compact(), coerced.problem(), value.span());
        }
        return Prop.known(fullPath, coerced.value(), value.span());
    }

    // TODO(issue 8): evaluate Ref, Fn::If, Fn::Sub and the rest against parameters and conditions.
    private static String notEvaluated(Intrinsic intrinsic) {
        return "intrinsic function " + intrinsic.function() + " is not evaluated yet";
    }

    /**
     * The node at {@code path}, or where the walk to it stopped: at an intrinsic function, a null or a value that
     * is not a mapping, with the reason in {@code blockedBy}. A null node means not written.
     */
    private record Lookup(CfnNode node, String blockedBy) {
    }

    private Lookup find(String path) {
        CfnNode current = node;
        String walked = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        for (String segment : path.split("\\.")) {
            if (current == null) return new Lookup(null, null);
            if (current instanceof Intrinsic intrinsic) return new Lookup(current, notEvaluated(intrinsic));
            if (!(current instanceof Mapping mapping)) {
                String what = current instanceof Scalar s && s.isNull() ? "null" : current.kind();
                String name = walked.isEmpty() ? "Properties" : walked;
                return new Lookup(current, "`" + name + "` is " + what + ", not a mapping");
            }
            current = mapping.get(segment).orElse(null);
            walked = walked.isEmpty() ? segment : walked + "." + segment;
        }
        return new Lookup(current, null);
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
                return Coerced.fail(mismatch("an integer", node));
            }
        }
        return Coerced.fail(mismatch("an integer", node));
    }

    private static Coerced<List<String>> asStrings(CfnNode node) {
        if (!(node instanceof Sequence sequence)) return Coerced.fail(mismatch("a list of strings", node));
        List<String> values = new ArrayList<>();
        for (CfnNode item : sequence.items()) {
            if (!(item instanceof Scalar s) || s.isNull()) return Coerced.fail(mismatch("a list of strings", item));
            values.add(s.value());
        }
        return Coerced.ok(List.copyOf(values));
    }

    private static Coerced<Map<String, String>> asTags(CfnNode node) {
        if (!(node instanceof Sequence sequence)) return Coerced.fail(mismatch("a list of Key/Value tags", node));
        Map<String, String> tags = new LinkedHashMap<>();
        for (CfnNode item : sequence.items()) {
            if (!(item instanceof Mapping tag)) return Coerced.fail(mismatch("a Key/Value tag", item));
            Optional<CfnNode> key = tag.get("Key");
            if (key.isEmpty() || !(key.get() instanceof Scalar k) || k.isNull()) {
                return Coerced.fail("a tag has no `Key`");
            }
            CfnNode value = tag.get("Value").orElse(null);
            String text = value instanceof Scalar v && !v.isNull() ? v.value() : "";
            tags.put(k.value(), text);
        }
        return Coerced.ok(Collections.unmodifiableMap(tags));
    }

    private static String mismatch(String expected, CfnNode actual) {
        if (actual instanceof Scalar s && s.isNull()) return "expected " + expected + ", found null";
        if (actual instanceof Scalar s) return "expected " + expected + ", found `" + s.value() + "`";
        return "expected " + expected + ", found " + actual.kind();
    }
}
