package dev.sagelint.engine;

import dev.sagelint.model.Condition;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes findings to a spill file of a {@link FindingStore} and reads them back equal: the same rule metadata object,
 * equal resource identities, spans, conditions and related locations, and the message as the words it renders to.
 * The rules' metadata objects stay in memory (one table per store); everything else is written out.
 */
final class FindingCodec {

    private static final Severity[] SEVERITIES = Severity.values();
    private static final Condition.ParameterIs.Bound[] BOUNDS = Condition.ParameterIs.Bound.values();

    private final List<RuleMeta> rules = new ArrayList<>();
    private final Map<RuleMeta, Integer> ruleIndex = new IdentityHashMap<>();
    /** The resource of the finding last written in this run: the next one on it writes a flag instead. */
    private ResourceId lastWritten;

    /**
     * Strings already written in this run (paths, addresses, properties, messages), each written once and then by
     * its number, so that a run's reader makes one string of each; at most {@link #SHARED} per run.
     */
    private final Map<String, Integer> shared = new HashMap<>();

    private static final int SHARED = 8192;

    /** What a reader of one run remembers: paths already read, and the resource of the last finding. */
    static final class Reading {
        private final Map<String, Path> paths = new HashMap<>();
        private final List<String> shared = new ArrayList<>();
        private ResourceId lastResource;

        Path path(String file) {
            if (paths.size() > 1024) paths.clear();
            return paths.computeIfAbsent(file, Path::of);
        }
    }

    /** A run starts: its first finding writes its resource whole. */
    void startRun() {
        lastWritten = null;
        shared.clear();
    }

    private void writeShared(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        Integer known = shared.get(s);
        if (known != null) {
            out.writeInt(known);
            return;
        }
        boolean add = shared.size() < SHARED;
        if (add) shared.put(s, shared.size());
        out.writeInt(add ? -2 : -3);
        writeString(out, s);
    }

    private static String readShared(DataInput in, Reading reading) throws IOException {
        int code = in.readInt();
        if (code >= 0) return reading.shared.get(code);
        if (code == -1) return null;
        String s = readString(in);
        if (code == -2) reading.shared.add(s);
        return s;
    }

    void write(DataOutput out, Finding f) throws IOException {
        Integer rule = ruleIndex.get(f.rule());
        if (rule == null) {
            rule = rules.size();
            synchronized (rules) {
                rules.add(f.rule());
            }
            ruleIndex.put(f.rule(), rule);
        }
        out.writeInt(rule);
        out.writeByte(f.severity().ordinal());
        ResourceId r = f.resource();
        boolean same = r.equals(lastWritten);
        out.writeBoolean(same);
        if (!same) {
            writeShared(out, r.address());
            writeShared(out, r.sourceType());
            writeSpan(out, r.declaration());
            writeShared(out, r.stack());
            writeShared(out, r.constructPath());
            writeSpan(out, r.origin());
            writeShared(out, r.note());
            writeSpan(out, r.calledFrom());
            lastWritten = r;
        }
        writeSpan(out, f.location());
        writeShared(out, f.propertyPath());
        writeShared(out, f.message());
        writeCondition(out, f.condition());
        out.writeInt(f.related().size());
        for (Span s : f.related()) writeSpan(out, s);
    }

    /** Reads one finding of the run that {@code paths} reads. */
    Finding read(DataInput in, Reading paths) throws IOException {
        RuleMeta rule;
        synchronized (rules) {
            rule = rules.get(in.readInt());
        }
        Severity severity = SEVERITIES[in.readByte()];
        ResourceId resource = paths.lastResource;
        if (!in.readBoolean()) {
            resource = new ResourceId(
                    readShared(in, paths),
                    readShared(in, paths),
                    readSpan(in, paths),
                    readShared(in, paths),
                    readShared(in, paths),
                    readSpan(in, paths),
                    readShared(in, paths),
                    readSpan(in, paths));
            paths.lastResource = resource;
        }
        Span location = readSpan(in, paths);
        String propertyPath = readShared(in, paths);
        String message = readShared(in, paths);
        Condition condition = readCondition(in);
        int related = in.readInt();
        List<Span> spans = new ArrayList<>(related);
        for (int i = 0; i < related; i++) spans.add(readSpan(in, paths));
        return new Finding(rule, severity, resource, location, propertyPath, message, condition, spans);
    }

    private void writeSpan(DataOutput out, Span s) throws IOException {
        if (s == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        writeShared(out, s.file().toString());
        out.writeInt(s.line());
        out.writeInt(s.column());
        out.writeInt(s.endLine());
        out.writeInt(s.endColumn());
    }

    private static Span readSpan(DataInput in, Reading paths) throws IOException {
        if (!in.readBoolean()) return null;
        Path file = paths.path(readShared(in, paths));
        return new Span(file, in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static void writeCondition(DataOutput out, Condition c) throws IOException {
        if (c == null) {
            out.writeByte(0);
        } else if (c instanceof Condition.ParameterIs p) {
            out.writeByte(1);
            writeString(out, p.parameter());
            writeString(out, p.value());
            out.writeBoolean(p.isDefault());
            out.writeByte(p.bound() == null ? -1 : p.bound().ordinal());
        } else if (c instanceof Condition.TemplateCondition t) {
            out.writeByte(2);
            writeString(out, t.name());
            out.writeBoolean(t.holds());
        } else if (c instanceof Condition.ExpressionIs e) {
            out.writeByte(3);
            writeString(out, e.expression());
            out.writeBoolean(e.value());
            out.writeInt(e.references().size());
            for (String ref : e.references()) writeString(out, ref);
        } else if (c instanceof Condition.VariableAllows v) {
            out.writeByte(4);
            writeString(out, v.variable());
            writeString(out, v.value());
        } else if (c instanceof Condition.PropertyIs p) {
            out.writeByte(5);
            writeString(out, p.path());
            writeString(out, p.expected());
        } else if (c instanceof Condition.AllOf a) {
            out.writeByte(6);
            writeParts(out, a.parts());
        } else if (c instanceof Condition.AnyOf a) {
            out.writeByte(7);
            writeParts(out, a.parts());
        } else if (c instanceof Condition.Otherwise) {
            out.writeByte(8);
        } else if (c instanceof Condition.ResolvesInsecure r) {
            out.writeByte(9);
            writeCondition(out, r.when());
        } else {
            throw new IllegalStateException(
                    "no spill encoding for condition " + c.getClass().getName());
        }
    }

    private static void writeParts(DataOutput out, List<Condition> parts) throws IOException {
        out.writeInt(parts.size());
        for (Condition part : parts) writeCondition(out, part);
    }

    private static Condition readCondition(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 0 -> null;
            case 1 -> {
                String parameter = readString(in);
                String value = readString(in);
                boolean isDefault = in.readBoolean();
                int bound = in.readByte();
                yield new Condition.ParameterIs(parameter, value, isDefault, bound < 0 ? null : BOUNDS[bound]);
            }
            case 2 -> new Condition.TemplateCondition(readString(in), in.readBoolean());
            case 3 -> {
                String expression = readString(in);
                boolean value = in.readBoolean();
                int n = in.readInt();
                List<String> refs = new ArrayList<>(n);
                for (int i = 0; i < n; i++) refs.add(readString(in));
                yield new Condition.ExpressionIs(expression, value, refs);
            }
            case 4 -> new Condition.VariableAllows(readString(in), readString(in));
            case 5 -> new Condition.PropertyIs(readString(in), readString(in));
            case 6 -> new Condition.AllOf(readParts(in));
            case 7 -> new Condition.AnyOf(readParts(in));
            case 8 -> new Condition.Otherwise();
            case 9 -> new Condition.ResolvesInsecure(readCondition(in));
            default -> throw new IOException("corrupt spill file: condition tag " + tag);
        };
    }

    private static List<Condition> readParts(DataInput in) throws IOException {
        int n = in.readInt();
        List<Condition> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) parts.add(readCondition(in));
        return parts;
    }

    /**
     * A string of any length (DataOutput's own UTF form stops at 64 KiB), or null: ASCII as bytes, anything else as
     * UTF-16 code units, so that a lone surrogate read from a template comes back as it was.
     */
    private static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = s.charAt(i) < 0x80;
        out.writeInt(n);
        out.writeBoolean(ascii);
        if (ascii) {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeChars(s);
        }
    }

    private static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        if (in.readBoolean()) {
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) chars[i] = in.readChar();
        return new String(chars);
    }
}
