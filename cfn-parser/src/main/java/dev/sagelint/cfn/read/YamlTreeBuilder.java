package dev.sagelint.cfn.read;

import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Span;
import dev.sagelint.suppress.SuppressionComments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.CommentToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Builds the positioned tree from YAML. SnakeYAML composes the document into nodes with start and end marks (the
 * same thing {@code Yaml.compose} does, with a parser we can ask where it stopped); this class then turns them into
 * {@link CfnNode}s, normalizing short-form tags, and checks what composing does not: duplicate keys, unknown tags,
 * and the number of nodes that aliases expand to.
 */
final class YamlTreeBuilder {

    private static final String STANDARD_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> STANDARD_TAGS = Set.of(
            "str",
            "int",
            "float",
            "bool",
            "null",
            "map",
            "seq",
            "timestamp",
            "binary",
            "omap",
            "pairs",
            "set",
            "merge",
            "value",
            "yaml");
    /**
     * From this many characters on, the event builder scans on a second thread, ahead of the parser
     * ({@link AheadScanner}); below it, starting a thread costs more than it saves.
     */
    private static final int SCAN_AHEAD_CHARS = 1 << 20;
    /** Nodes allowed beyond one per character: what aliases may add before the file counts as hostile. */
    private static final long ALIAS_NODE_ALLOWANCE = 100_000;

    private final SourceText source;
    private final byte[] bytes;
    private final ScanContext.Limits limits;
    private final long maxNodes;
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final SuppressionComments comments;
    private long nodes;
    /** Whether the event builder scans on a second thread ({@link #SCAN_AHEAD_CHARS}). */
    private boolean scanAhead;

    private YamlTreeBuilder(SourceText source, byte[] bytes, ScanContext.Limits limits) {
        this.source = source;
        this.scanAhead = source.text().length() >= SCAN_AHEAD_CHARS;
        this.bytes = bytes;
        this.limits = limits;
        this.maxNodes = source.text().length() + ALIAS_NODE_ALLOWANCE;
        this.comments = new SuppressionComments(source.file());
    }

    /**
     * A comment the scanner found: only the scanner knows that a {@code #} is a comment and not part of a block
     * scalar or a quoted string.
     */
    private void comment(CommentToken event) {
        if (event.getCommentType() == CommentType.BLANK_LINE) return;
        Mark start = event.getStartMark();
        Mark end = event.getEndMark();
        String text = source.text();
        int at = source.charIndex(start.getIndex());
        int before = at;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) before--;
        boolean ownLine = before == 0 || isBreak(text.charAt(before - 1));
        comments.add(
                start.getLine() + 1, column(start), end.getLine() + 1, column(end), "#" + event.getValue(), ownLine);
    }

    /**
     * Builds the tree straight from SnakeYAML's parser events, so that a large template costs one tree in memory
     * and not SnakeYAML's node graph beside it. A document the event builder leaves to the composer (an error, a
     * limit reached, a recursive or otherwise unusual alias, a key that is not a plain scalar) is read again
     * through SnakeYAML's composer, whose diagnostics are the reference.
     */
    static ReadResult read(SourceText source, ScanContext.Limits limits) {
        return read(source, null, limits);
    }

    /** {@code bytes}, if not null, are the bytes the source text was decoded from (read instead when ASCII). */
    static ReadResult read(SourceText source, byte[] bytes, ScanContext.Limits limits) {
        try {
            return new YamlTreeBuilder(source, bytes, limits).readEvents();
        } catch (RuntimeException e) {
            return new YamlTreeBuilder(source, bytes, limits).readComposed();
        }
    }

    /** The event builder alone; it throws where {@link #read} hands the document to the composer. */
    static ReadResult readByEvents(SourceText source, ScanContext.Limits limits) {
        return new YamlTreeBuilder(source, null, limits).readEvents();
    }

    /** The event builder alone, scanning on a second thread or not, whatever the size of the text. */
    static ReadResult readByEvents(SourceText source, ScanContext.Limits limits, boolean scanAhead) {
        YamlTreeBuilder builder = new YamlTreeBuilder(source, null, limits);
        builder.scanAhead = scanAhead;
        return builder.readEvents();
    }

    /** The composing reader alone, the reference the event builder is tested against. */
    static ReadResult readByComposer(SourceText source, ScanContext.Limits limits) {
        return new YamlTreeBuilder(source, null, limits).readComposed();
    }

    /** The file's bytes when they are the text itself (all ASCII), for the scanner to read; else null. */
    private byte[] asciiBytes() {
        return source.ascii() ? bytes : null;
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliasesPerFile());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(true);
        options.setTagInspector(tag -> true);
        return options;
    }

    private ReadResult readComposed() {
        LoaderOptions options = options();
        TrackingParser parser = new TrackingParser(new ParserImpl(new CommentFilter(
                new ScannerImpl(new TextStreamReader(source.text(), asciiBytes()), options), this::comment)));
        Node root;
        try {
            root = new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (ReaderException e) {
            return ReadResult.failed(unreadableCharacter(e));
        } catch (MarkedYAMLException e) {
            return ReadResult.failed(syntaxError(e));
        } catch (YAMLException e) {
            return ReadResult.failed(composerLimit(e, parser.last));
        }
        if (root == null) return new ReadResult(Optional.empty(), List.copyOf(diagnostics));
        try {
            CfnNode tree = convert(root, 1, false);
            return new ReadResult(Optional.of(tree), List.copyOf(diagnostics), comments.finish());
        } catch (LimitExceeded e) {
            diagnostics.add(e.diagnostic());
            return new ReadResult(Optional.empty(), List.copyOf(diagnostics));
        }
    }

    // --- The event builder: the same tree as readComposed() and convert(), one event at a time ---------------

    /** What the event builder leaves to the composing reader; no stack trace, it is caught at once. */
    private static final class Fallback extends RuntimeException {
        Fallback() {
            super(null, null, false, false);
        }
    }

    private static final Fallback FALLBACK = new Fallback();

    /** The kinds of node an anchor names, as the composer tells them apart. */
    private enum Kind {
        SCALAR,
        SEQUENCE,
        MAPPING
    }

    /**
     * An anchored value: its tree (which each alias to it shares), the nodes and collection levels converting it
     * counted (which each alias adds again), whether it was read where values are not converted, and where it
     * starts.
     */
    private record Anchored(CfnNode node, Kind kind, long expandedNodes, int height, boolean muted, Mark start) {}

    private Parser events;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> building = new HashSet<>();
    /** Nodes open, as the composer counts them for its nesting limit. */
    private int composerDepth;

    private int collectionAliases;
    /** Above 0 inside the merge sources convert() does not convert (they count nothing and report nothing). */
    private int muted;
    /** The deepest collection level converted so far (0: none), to know how deep an alias reaches. */
    private int deepest;

    /**
     * Keys and short values repeat across the resources of a large template; the tree keeps one copy of each
     * (the table is bounded, and dropped with the builder).
     */
    private final Map<String, String> strings = new HashMap<>();

    private String shared(String text) {
        if (text.length() > 64) return text;
        String known = strings.get(text);
        if (known != null) return known;
        if (strings.size() < 1 << 16) strings.put(text, text);
        return text;
    }

    private ReadResult readEvents() {
        LoaderOptions options = options();
        Scanner scanner = new ScannerImpl(new TextStreamReader(source.text(), asciiBytes()), options);
        AheadScanner ahead = scanAhead ? new AheadScanner(scanner) : null;
        try {
            events = new ParserImpl(new CommentFilter(ahead != null ? ahead : scanner, this::comment));
            events.getEvent(); // stream start
            if (events.checkEvent(Event.ID.StreamEnd)) {
                events.getEvent();
                return new ReadResult(Optional.empty(), List.copyOf(diagnostics));
            }
            events.getEvent(); // document start
            CfnNode root = value(1);
            events.getEvent(); // document end
            if (!events.checkEvent(Event.ID.StreamEnd)) throw FALLBACK;
            events.getEvent();
            return new ReadResult(Optional.of(root), List.copyOf(diagnostics), comments.finish());
        } finally {
            if (ahead != null) ahead.close();
        }
    }

    private void enter() {
        if (composerDepth >= limits.maxNestingDepth()) throw FALLBACK;
        composerDepth++;
    }

    private void count() {
        if (muted == 0 && ++nodes > maxNodes) throw FALLBACK;
    }

    /** The value whose first event is next (convert() of a node the composer would compose there). */
    private CfnNode value(int depth) {
        if (events.checkEvent(Event.ID.Alias)) return alias((AliasEvent) events.getEvent(), depth);
        NodeEvent event = (NodeEvent) events.peekEvent();
        enter();
        String anchor = event.getAnchor();
        CfnNode node;
        if (anchor == null) {
            node = converted(event, depth, false);
        } else {
            building.add(anchor);
            long nodesBefore = nodes;
            int deepestBefore = deepest;
            deepest = 0;
            node = converted(event, depth, false);
            int height = deepest == 0 ? 0 : deepest - depth + 1;
            deepest = Math.max(deepestBefore, deepest);
            building.remove(anchor);
            Kind kind = event instanceof ScalarEvent
                    ? Kind.SCALAR
                    : event instanceof SequenceStartEvent ? Kind.SEQUENCE : Kind.MAPPING;
            anchors.put(anchor, new Anchored(node, kind, nodes - nodesBefore, height, muted > 0, event.getStartMark()));
        }
        composerDepth--;
        return node;
    }

    /** An alias shares its anchored tree and counts what converting that tree again would count. */
    private CfnNode alias(AliasEvent event, int depth) {
        Anchored anchored = aliased(event);
        if (muted == 0) {
            if (anchored.muted()) throw FALLBACK;
            nodes += anchored.expandedNodes();
            if (nodes > maxNodes) throw FALLBACK;
            if (anchored.height() > 0) {
                int reach = depth + anchored.height() - 1;
                if (reach > limits.maxNestingDepth()) throw FALLBACK;
                deepest = Math.max(deepest, reach);
            }
        }
        return anchored.node();
    }

    /** The anchored value an alias names, with the composer's count of aliases to collections. */
    private Anchored aliased(AliasEvent event) {
        Anchored anchored = anchors.get(event.getAnchor());
        if (anchored == null || building.contains(event.getAnchor())) throw FALLBACK;
        if (anchored.kind() != Kind.SCALAR && ++collectionAliases > limits.maxAliasesPerFile()) throw FALLBACK;
        return anchored;
    }

    private CfnNode converted(NodeEvent event, int depth, boolean tagHandled) {
        count();
        boolean scalarEvent = event instanceof ScalarEvent;
        if (muted == 0 && !scalarEvent) {
            if (depth > limits.maxNestingDepth()) throw FALLBACK;
            deepest = Math.max(deepest, depth);
        }
        String written = scalarEvent ? ((ScalarEvent) event).getTag() : ((CollectionStartEvent) event).getTag();
        if (!tagHandled && written != null && !written.equals("!")) {
            // A tag the resolver gives is always a standard one; a written tag is taken as the composer takes it.
            String tag = new Tag(written).getValue();
            String function = tag.startsWith("!") ? Intrinsics.shortForm(tag) : null;
            if (function != null) {
                CfnNode argument = function.equals("Fn::GetAtt") && scalarEvent
                        ? getAttArgument((ScalarEvent) events.getEvent())
                        : converted(event, depth, true);
                return new Intrinsic(function, argument, argument.span(), argument.source());
            }
            if (!isStandard(tag) && muted == 0) diagnostics.add(unknownTag(tag, event.getStartMark()));
        }
        Event taken = events.getEvent();
        if (taken instanceof ScalarEvent scalar) {
            Position at = trimmed(scalar.getStartMark(), scalar.getEndMark());
            return new Scalar(
                    shared(scalar.getValue()),
                    scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
                    at.span(),
                    at.snippet());
        }
        if (taken instanceof SequenceStartEvent start) {
            List<CfnNode> items = new ArrayList<>();
            while (!events.checkEvent(Event.ID.SequenceEnd)) items.add(value(depth + 1));
            Event end = events.getEvent();
            Position at = collectionPosition(
                    start.getStartMark(),
                    end.getEndMark(),
                    start.getFlowStyle(),
                    items.isEmpty() ? null : items.get(items.size() - 1));
            return new Sequence(items, at.span(), at.snippet());
        }
        return mapping((MappingStartEvent) taken, depth);
    }

    private CfnNode mapping(MappingStartEvent start, int depth) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Entry> merged = new ArrayList<>();
        while (!events.checkEvent(Event.ID.MappingEnd)) {
            // A key is never converted: only a plain scalar key without an anchor is read here.
            if (!(events.peekEvent() instanceof ScalarEvent keyEvent) || keyEvent.getAnchor() != null) throw FALLBACK;
            enter();
            events.getEvent();
            composerDepth--;
            if (isMergeKey(keyEvent)) {
                merge(depth, merged);
                continue;
            }
            count();
            Position keyAt = trimmed(keyEvent.getStartMark(), keyEvent.getEndMark());
            String key = shared(keyEvent.getValue());
            Integer first = firstLine.putIfAbsent(key, keyAt.span().line());
            if (first != null && muted == 0) diagnostics.add(duplicateKey(key, first, keyAt.span()));
            entries.add(new Entry(key, keyAt.span(), value(depth + 1)));
        }
        Event end = events.getEvent();
        Position at = collectionPosition(
                start.getStartMark(),
                end.getEndMark(),
                start.getFlowStyle(),
                entries.isEmpty() ? null : entries.get(entries.size() - 1).value());
        return mappingNode(entries, firstLine, merged, at);
    }

    private boolean isMergeKey(ScalarEvent key) {
        String tag = key.getTag();
        if (tag == null || tag.equals("!")) {
            return key.getImplicit().canOmitTagInPlainScalar() && key.getValue().equals("<<");
        }
        return Tag.MERGE.equals(new Tag(tag));
    }

    /** merge() of the value whose first event is next. */
    private void merge(int depth, List<Entry> merged) {
        if (events.checkEvent(Event.ID.Alias)) {
            Anchored anchored = anchors.get(((AliasEvent) events.peekEvent()).getAnchor());
            if (anchored == null || anchored.kind() == Kind.SEQUENCE) throw FALLBACK;
            mergeSource(depth, merged);
            return;
        }
        if (!(events.peekEvent() instanceof SequenceStartEvent list)) {
            mergeSource(depth, merged);
            return;
        }
        // The list itself is not converted; each of its values is a source.
        if (list.getAnchor() != null) throw FALLBACK;
        enter();
        if (list.getTag() != null && !list.getTag().equals("!")) new Tag(list.getTag());
        events.getEvent();
        while (!events.checkEvent(Event.ID.SequenceEnd)) mergeSource(depth, merged);
        events.getEvent();
        composerDepth--;
    }

    private void mergeSource(int depth, List<Entry> merged) {
        Mark start;
        CfnNode converted = null;
        if (events.checkEvent(Event.ID.Alias)) {
            AliasEvent event = (AliasEvent) events.peekEvent();
            Anchored anchored = anchors.get(event.getAnchor());
            if (anchored == null) throw FALLBACK;
            if (anchored.kind() == Kind.MAPPING) {
                events.getEvent();
                converted = alias(event, depth + 1);
            } else {
                aliased((AliasEvent) events.getEvent());
            }
            start = anchored.start();
        } else {
            start = events.peekEvent().getStartMark();
            if (events.peekEvent() instanceof MappingStartEvent) {
                converted = value(depth + 1);
            } else {
                muted++;
                value(depth + 1);
                muted--;
            }
        }
        if (converted instanceof Mapping mapping) {
            merged.addAll(mapping.entries());
        } else if (muted == 0) {
            diagnostics.add(mergeError(start));
        }
    }

    // --- The composing reader -------------------------------------------------------------------------------

    private CfnNode convert(Node node, int depth, boolean tagHandled) {
        if (++nodes > maxNodes) {
            throw limit(
                    DiagnosticCode.TOO_MANY_ALIASES,
                    node.getStartMark(),
                    "the document expands to more than " + maxNodes + " values through aliases; it is not analyzed");
        }
        if (node instanceof CollectionNode<?> && depth > limits.maxNestingDepth()) {
            throw limit(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    node.getStartMark(),
                    "values are nested more than " + limits.maxNestingDepth()
                            + " levels deep; the file is not analyzed");
        }
        if (!tagHandled) {
            String tag = node.getTag().getValue();
            String function = tag.startsWith("!") ? Intrinsics.shortForm(tag) : null;
            if (function != null) return shortForm(function, node, depth);
            if (!isStandard(tag)) diagnostics.add(unknownTag(tag, node.getStartMark()));
        }
        if (node instanceof ScalarNode scalar) {
            Position at = scalarPosition(scalar);
            return new Scalar(
                    scalar.getValue(),
                    scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
                    at.span(),
                    at.snippet());
        }
        if (node instanceof SequenceNode sequence) {
            List<CfnNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, depth + 1, false));
            }
            Position at = collectionPosition(sequence, items.isEmpty() ? null : items.get(items.size() - 1));
            return new Sequence(items, at.span(), at.snippet());
        }
        return mapping((MappingNode) node, depth);
    }

    private CfnNode mapping(MappingNode node, int depth) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Entry> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode instanceof ScalarNode && Tag.MERGE.equals(keyNode.getTag())) {
                merge(tuple.getValueNode(), depth, merged);
                continue;
            }
            if (++nodes > maxNodes) {
                throw limit(
                        DiagnosticCode.TOO_MANY_ALIASES,
                        keyNode.getStartMark(),
                        "the document expands to more than " + maxNodes
                                + " values through aliases; it is not analyzed");
            }
            Position keyAt = keyNode instanceof ScalarNode s ? scalarPosition(s) : markPosition(keyNode);
            String key = keyNode instanceof ScalarNode s
                    ? s.getValue()
                    : keyAt.snippet().text();
            Integer first = firstLine.putIfAbsent(key, keyAt.span().line());
            if (first != null) diagnostics.add(duplicateKey(key, first, keyAt.span()));
            entries.add(new Entry(key, keyAt.span(), convert(tuple.getValueNode(), depth + 1, false)));
        }
        Position at = collectionPosition(
                node, entries.isEmpty() ? null : entries.get(entries.size() - 1).value());
        return mappingNode(entries, firstLine, merged, at);
    }

    private Diagnostic duplicateKey(String key, int first, Span at) {
        return Diagnostic.error(
                DiagnosticCode.DUPLICATE_KEY,
                "duplicate key `" + key + "`: it is already written at line " + first + " of the same mapping",
                source.file(),
                at.line(),
                at.column());
    }

    private static CfnNode mappingNode(
            List<Entry> entries, Map<String, Integer> firstLine, List<Entry> merged, Position at) {
        // Keys written in the mapping win over merged ones; among merged mappings, the first one listed wins.
        for (Entry e : merged) {
            if (firstLine.putIfAbsent(e.key(), e.keySpan().line()) == null) entries.add(e);
        }
        if (entries.size() == 1 && Intrinsics.isLongForm(entries.get(0).key())) {
            return new Intrinsic(entries.get(0).key(), entries.get(0).value(), at.span(), at.snippet());
        }
        return new Mapping(entries, at.span(), at.snippet());
    }

    /**
     * The entries a YAML merge key ({@code <<: *defaults}, or {@code <<: [*a, *b]}) brings into a mapping, as YAML
     * loaders expand it (https://yaml.org/type/merge.html); a value that is not a mapping or a list of mappings is
     * reported and merges nothing.
     */
    private void merge(Node value, int depth, List<Entry> merged) {
        List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        for (Node source : sources) {
            if (source instanceof MappingNode && convert(source, depth + 1, false) instanceof Mapping mapping) {
                merged.addAll(mapping.entries());
            } else {
                diagnostics.add(mergeError(source.getStartMark()));
            }
        }
    }

    private Diagnostic mergeError(Mark mark) {
        return Diagnostic.error(
                DiagnosticCode.PARSE_ERROR,
                "YAML syntax error: the merge key `<<` takes a mapping or a list of mappings, such as "
                        + "`<<: *defaults`",
                source.file(),
                mark.getLine() + 1,
                column(mark));
    }

    private CfnNode shortForm(String function, Node node, int depth) {
        CfnNode argument = function.equals("Fn::GetAtt") && node instanceof ScalarNode scalar
                ? getAttArgument(scalar)
                : convert(node, depth, true);
        Position at = new Position(argument.span(), argument.source());
        return new Intrinsic(function, argument, at.span(), at.snippet());
    }

    /**
     * {@code !GetAtt Resource.Attribute} names the resource before the first dot; the attribute may contain dots
     * itself ({@code Endpoint.Address}).
     */
    private CfnNode getAttArgument(ScalarNode scalar) {
        return getAttArgument(scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(), scalar.getScalarStyle());
    }

    private CfnNode getAttArgument(ScalarEvent scalar) {
        return getAttArgument(scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(), scalar.getScalarStyle());
    }

    private CfnNode getAttArgument(String value, Mark start, Mark end, DumperOptions.ScalarStyle style) {
        Position at = trimmed(start, end);
        int dot = value.indexOf('.');
        if (dot < 0) return new Scalar(value, true, at.span(), at.snippet());
        Span whole = at.span();
        Span resourceSpan = whole;
        Span attributeSpan = whole;
        boolean oneLine = whole.line() == whole.endLine() && at.snippet().text().endsWith(value);
        if (oneLine && style == DumperOptions.ScalarStyle.PLAIN) {
            int valueColumn = whole.endColumn() - value.length();
            resourceSpan = source.span(whole.line(), valueColumn, whole.line(), valueColumn + dot);
            attributeSpan = source.span(whole.line(), valueColumn + dot + 1, whole.line(), whole.endColumn());
        }
        List<CfnNode> parts = List.of(
                new Scalar(value.substring(0, dot), true, resourceSpan, at.snippet()),
                new Scalar(value.substring(dot + 1), true, attributeSpan, at.snippet()));
        return new Sequence(parts, whole, at.snippet());
    }

    private static boolean isStandard(String tag) {
        return tag.startsWith(STANDARD_PREFIX) && STANDARD_TAGS.contains(tag.substring(STANDARD_PREFIX.length()));
    }

    private Diagnostic unknownTag(String tag, Mark mark) {
        String shown = tag.startsWith(STANDARD_PREFIX) ? "!!" + tag.substring(STANDARD_PREFIX.length()) : tag;
        return Diagnostic.error(
                DiagnosticCode.UNKNOWN_TAG,
                "unknown tag `" + shown + "`: CloudFormation knows "
                        + "only the short forms of its intrinsic functions (`!Ref`, `!GetAtt`, `!Sub`, `!If`, ...)",
                source.file(),
                mark.getLine() + 1,
                column(mark));
    }

    private Diagnostic syntaxError(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        message.append(e.getProblem() != null ? e.getProblem().strip() : "the document cannot be parsed");
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext().strip());
            if (e.getContextMark() != null && mark != e.getContextMark()) {
                message.append(" that starts at line ")
                        .append(e.getContextMark().getLine() + 1);
            }
            message.append(')');
        }
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : column(mark);
        return Diagnostic.error(DiagnosticCode.PARSE_ERROR, message.toString(), source.file(), line, column);
    }

    private Diagnostic unreadableCharacter(ReaderException e) {
        int at = source.charIndex(e.getPosition());
        int line = 1;
        int lineStart = 0;
        String text = source.text();
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        String message =
                String.format("YAML syntax error: the character U+%04X is not allowed in YAML", e.getCodePoint());
        return Diagnostic.error(DiagnosticCode.PARSE_ERROR, message, source.file(), line, at - lineStart + 1);
    }

    /**
     * SnakeYAML reports its limits, and a few other problems, without a position; the event the composer read
     * last says where it stopped.
     */
    private Diagnostic composerLimit(YAMLException e, Event last) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        int line = last == null ? 0 : last.getStartMark().getLine() + 1;
        int column = last == null ? 0 : column(last.getStartMark());
        if (text.contains("Number of aliases")) {
            return Diagnostic.error(
                    DiagnosticCode.TOO_MANY_ALIASES,
                    "more than " + limits.maxAliasesPerFile()
                            + " aliases to lists or mappings; the file is not analyzed (alias expansion is limited to "
                            + "guard against hostile input)",
                    source.file(),
                    line,
                    column);
        }
        if (text.contains("Nesting Depth")) {
            return Diagnostic.error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    "values are nested more than " + limits.maxNestingDepth()
                            + " levels deep; the file is not analyzed",
                    source.file(),
                    line,
                    column);
        }
        if (text.contains("exceeds the limit")) {
            return Diagnostic.error(
                    DiagnosticCode.FILE_TOO_LARGE,
                    "the file has more than " + Math.min(Integer.MAX_VALUE, limits.maxFileBytes())
                            + " characters; it is not analyzed",
                    source.file(),
                    0,
                    0);
        }
        return Diagnostic.error(
                DiagnosticCode.PARSE_ERROR, "YAML syntax error: " + text.strip(), source.file(), line, column);
    }

    private LimitExceeded limit(DiagnosticCode code, Mark mark, String message) {
        return new LimitExceeded(Diagnostic.error(code, message, source.file(), mark.getLine() + 1, column(mark)));
    }

    private int column(Mark mark) {
        return source.utf16Column(mark.getIndex(), mark.getColumn()) + 1;
    }

    /** A span and the snippet it covers. */
    private record Position(Span span, Snippet snippet) {}

    /** From the start mark to the end mark, less the line breaks a block scalar ends with. */
    private Position scalarPosition(ScalarNode node) {
        return trimmed(node.getStartMark(), node.getEndMark());
    }

    /**
     * A block collection's end mark lies where the next token starts, possibly lines later; it ends where its
     * last value ends. A flow collection ends at its closing bracket.
     */
    private Position collectionPosition(CollectionNode<?> node, CfnNode last) {
        return collectionPosition(node.getStartMark(), node.getEndMark(), node.getFlowStyle(), last);
    }

    private Position collectionPosition(Mark start, Mark end, DumperOptions.FlowStyle style, CfnNode last) {
        if (style == DumperOptions.FlowStyle.FLOW || last == null) return trimmed(start, end);
        int startChar = source.charIndex(start.getIndex());
        Span to = last.span();
        Span span = source.span(start.getLine() + 1, column(start), to.endLine(), to.endColumn());
        return new Position(span, source.snippet(startChar, last.source().end()));
    }

    private Position markPosition(Node node) {
        return trimmed(node.getStartMark(), node.getEndMark());
    }

    private Position trimmed(Mark start, Mark end) {
        String text = source.text();
        int startChar = source.charIndex(start.getIndex());
        int endChar = source.charIndex(end.getIndex());
        int endLine = end.getLine() + 1;
        int endColumn = column(end);
        int i = endChar;
        boolean lineChanged = false;
        while (i > startChar && isBlank(text.charAt(i - 1))) {
            char c = text.charAt(i - 1);
            if (isBreak(c)) {
                endLine--;
                lineChanged = true;
                if (c == '\n' && i - 2 >= startChar && text.charAt(i - 2) == '\r') i--;
            }
            i--;
        }
        if (lineChanged) {
            int lineStart = i;
            while (lineStart > 0 && !isBreak(text.charAt(lineStart - 1))) lineStart--;
            endColumn = i - lineStart + 1;
        } else {
            endColumn -= endChar - i;
        }
        Span span = source.span(start.getLine() + 1, column(start), endLine, endColumn);
        return new Position(span, source.snippet(startChar, i));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || isBreak(c);
    }

    /** Remembers the event the composer took last, to place the errors SnakeYAML raises without a mark. */
    private static final class TrackingParser implements Parser {
        private final Parser delegate;
        private Event last;

        TrackingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            last = delegate.getEvent();
            return last;
        }
    }

    /**
     * Takes the comment tokens out of the scanner's stream and hands them to {@code comments}, so that the parser
     * sees the tokens it sees without comments: SnakeYAML's parser recurses once per comment in a row, so 20,000
     * stacked comments would overflow its stack.
     */
    private static final class CommentFilter implements Scanner {
        private final Scanner delegate;
        private final Consumer<CommentToken> comments;
        /**
         * Whether the token at the head of the queue is known not to be a comment. It stays so until that token is
         * taken: the scanner only ever puts a key or a block mapping start before it, never a comment. The parser
         * checks the head several times per token, and each look at the scanner's queue costs a scan of its
         * possible simple keys.
         */
        private boolean headIsNoComment;

        CommentFilter(Scanner delegate, Consumer<CommentToken> comments) {
            this.delegate = delegate;
            this.comments = comments;
        }

        private void skipComments() {
            if (headIsNoComment) return;
            while (delegate.checkToken(Token.ID.Comment)) {
                comments.accept((CommentToken) delegate.getToken());
            }
            headIsNoComment = true;
        }

        @Override
        public boolean checkToken(Token.ID choice) {
            skipComments();
            return delegate.checkToken(choice);
        }

        @Override
        public boolean checkToken(Token.ID... choices) {
            skipComments();
            return delegate.checkToken(choices);
        }

        @Override
        public Token peekToken() {
            skipComments();
            return delegate.peekToken();
        }

        @Override
        public Token getToken() {
            skipComments();
            headIsNoComment = false;
            return delegate.getToken();
        }

        @Override
        public void resetDocumentIndex() {
            delegate.resetDocumentIndex();
        }
    }
}
