package dev.sagelint.cfn.read;

import dev.sagelint.model.Span;
import java.nio.file.Path;
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
    // The nodes keep their span and source text as numbers (Written) rather than as objects of their own: a large
    // template has millions of nodes, and the objects would double what the tree holds while it is read.

    /** Where the node is written: from its first character (a tag, a quote, a bracket) to just after its last. */
    Span span();

    /** The node's source text. */
    Snippet source();

    /** A mapping, its entries in source order. Duplicate keys are reported by the reader; the last one wins. */
    final class Mapping extends Written implements CfnNode {
        private final List<Entry> entries;

        public Mapping(List<Entry> entries, Span span, Snippet source) {
            super(span, source);
            this.entries = List.copyOf(entries);
        }

        public List<Entry> entries() {
            return entries;
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

        @Override
        public boolean equals(Object o) {
            return o instanceof Mapping m && entries.equals(m.entries) && samePlace(m);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entries, placeHash());
        }

        @Override
        public String toString() {
            return "Mapping[entries=" + entries + ", " + place() + "]";
        }
    }

    /** One key and its value; the key's own span is where a resource is declared. */
    final class Entry {
        private final String key;
        private final CfnNode value;
        private final Path file;
        private final int line;
        private final int column;
        private final int endLine;
        private final int endColumn;

        public Entry(String key, Span keySpan, CfnNode value) {
            this.key = Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keySpan, "keySpan");
            this.value = Objects.requireNonNull(value, "value");
            this.file = keySpan.file();
            this.line = keySpan.line();
            this.column = keySpan.column();
            this.endLine = keySpan.endLine();
            this.endColumn = keySpan.endColumn();
        }

        public String key() {
            return key;
        }

        /** Where the key is written (made on each call: the tree keeps numbers, not spans). */
        public Span keySpan() {
            return new Span(file, line, column, endLine, endColumn);
        }

        public CfnNode value() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && key.equals(e.key) && keySpan().equals(e.keySpan()) && value.equals(e.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, keySpan(), value);
        }

        @Override
        public String toString() {
            return "Entry[key=" + key + ", keySpan=" + keySpan() + ", value=" + value + "]";
        }
    }

    /** A list. */
    final class Sequence extends Written implements CfnNode {
        private final List<CfnNode> items;

        public Sequence(List<CfnNode> items, Span span, Snippet source) {
            super(span, source);
            this.items = List.copyOf(items);
        }

        public List<CfnNode> items() {
            return items;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sequence q && items.equals(q.items) && samePlace(q);
        }

        @Override
        public int hashCode() {
            return Objects.hash(items, placeHash());
        }

        @Override
        public String toString() {
            return "Sequence[items=" + items + ", " + place() + "]";
        }
    }

    /**
     * A single value, always as its text: numbers and booleans keep their spelling and are typed by whoever reads
     * them, as CloudFormation does.
     */
    final class Scalar extends Written implements CfnNode {
        private final String value;
        private final boolean plain;

        /**
         * @param value the text; empty for an empty YAML value
         * @param plain whether it was written without quotes (a YAML plain scalar, or a JSON number, boolean or
         *              null), which is what tells {@code null} apart from {@code "null"}
         */
        public Scalar(String value, boolean plain, Span span, Snippet source) {
            super(span, source);
            this.value = Objects.requireNonNull(value, "value");
            this.plain = plain;
        }

        public String value() {
            return value;
        }

        public boolean plain() {
            return plain;
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

        @Override
        public boolean equals(Object o) {
            return o instanceof Scalar v && plain == v.plain && value.equals(v.value) && samePlace(v);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, plain, placeHash());
        }

        @Override
        public String toString() {
            return "Scalar[value=" + value + ", plain=" + plain + ", " + place() + "]";
        }
    }

    /**
     * An intrinsic function or condition reference, whichever way it was spelled: {@code function} is the long-form
     * name ({@code Ref}, {@code Condition} or {@code Fn::...}), {@code argument} the argument as written (for
     * {@code !GetAtt Res.Attr}, the list {@code [Res, Attr]}).
     */
    final class Intrinsic extends Written implements CfnNode {
        private final String function;
        private final CfnNode argument;

        public Intrinsic(String function, CfnNode argument, Span span, Snippet source) {
            super(span, source);
            this.function = Objects.requireNonNull(function, "function");
            this.argument = Objects.requireNonNull(argument, "argument");
        }

        public String function() {
            return function;
        }

        public CfnNode argument() {
            return argument;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Intrinsic i
                    && function.equals(i.function)
                    && argument.equals(i.argument)
                    && samePlace(i);
        }

        @Override
        public int hashCode() {
            return Objects.hash(function, argument, placeHash());
        }

        @Override
        public String toString() {
            return "Intrinsic[function=" + function + ", argument=" + argument + ", " + place() + "]";
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
