package dev.sagelint.cfn.read;

import dev.sagelint.model.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a CloudFormation template as read from YAML or JSON, with the span where it is written. Both syntaxes
 * produce the same tree, and both spellings of an intrinsic function (the YAML short form {@code !If [...]} and the
 * long form {@code Fn::If: [...]} or {@code {"Fn::If": [...]}}) produce the same {@link Intrinsic} node, so the
 * adapters never see the difference.
 */
public sealed interface CfnNode permits CfnNode.Mapping, CfnNode.Sequence, CfnNode.Scalar, CfnNode.Intrinsic {

    /** Where the node is written: from its first character (a tag, a quote, a bracket) to just after its last. */
    Span span();

    /** The node's source text. */
    Snippet source();

    /** A mapping, its entries in source order. Duplicate keys are reported by the reader; the last one wins. */
    record Mapping(List<Entry> entries, Span span, Snippet source) implements CfnNode {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(span, "span");
        }

        /** The entry with this key (the last one, if the key is duplicated). */
        public Optional<Entry> entry(String key) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).key().equals(key)) return Optional.of(entries.get(i));
            }
            return Optional.empty();
        }

        /** The value of the entry with this key. */
        public Optional<CfnNode> get(String key) {
            return entry(key).map(Entry::value);
        }
    }

    /** One key and its value; the key's own span is where a resource is declared. */
    record Entry(String key, Span keySpan, CfnNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keySpan, "keySpan");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A list. */
    record Sequence(List<CfnNode> items, Span span, Snippet source) implements CfnNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A single value, always as its text: numbers and booleans keep their spelling and are typed by whoever reads
     * them, as CloudFormation does.
     *
     * @param value the text; empty for an empty YAML value
     * @param plain whether it was written without quotes (a YAML plain scalar, or a JSON number, boolean or null),
     *              which is what tells {@code null} apart from {@code "null"}
     */
    record Scalar(String value, boolean plain, Span span, Snippet source) implements CfnNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        /** Whether this is a YAML or JSON null: an empty value, {@code ~} or {@code null}, not quoted. */
        public boolean isNull() {
            return plain
                    && (value.isEmpty()
                            || value.equals("~")
                            || value.equals("null")
                            || value.equals("Null")
                            || value.equals("NULL"));
        }
    }

    /**
     * An intrinsic function or condition reference, whichever way it was spelled.
     *
     * @param function the long-form name: {@code Ref}, {@code Condition} or {@code Fn::...}
     * @param argument the argument as written; for {@code !GetAtt Res.Attr}, the list {@code [Res, Attr]}
     */
    record Intrinsic(String function, CfnNode argument, Span span, Snippet source) implements CfnNode {
        public Intrinsic {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
            Objects.requireNonNull(span, "span");
        }
    }

    /** The first intrinsic function in this node or below it, in source order. */
    default Optional<Intrinsic> firstIntrinsic() {
        Deque<CfnNode> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            CfnNode node = pending.pop();
            if (node instanceof Intrinsic i) return Optional.of(i);
            if (node instanceof Mapping m) {
                for (int k = m.entries().size() - 1; k >= 0; k--)
                    pending.push(m.entries().get(k).value());
            } else if (node instanceof Sequence s) {
                for (int k = s.items().size() - 1; k >= 0; k--)
                    pending.push(s.items().get(k));
            }
        }
        return Optional.empty();
    }

    /** What kind of node this is, in words for messages: "a mapping", "a list", "a value", "an intrinsic function". */
    default String kind() {
        if (this instanceof Mapping) return "a mapping";
        if (this instanceof Sequence) return "a list";
        if (this instanceof Intrinsic) return "an intrinsic function";
        return "a value";
    }
}
