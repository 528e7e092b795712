package dev.sagelint.policy.cel;

import com.google.common.collect.ImmutableList;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelSource;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.common.types.TypeParamType;
import dev.cel.common.types.TypeType;
import dev.cel.expr.CheckedExpr;
import dev.sagelint.policy.PolicyDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Type-checked policy expressions kept on disk between scans, so that a scan whose policies have not changed skips
 * CEL's parser and checker, which cost about as much as the rest of loading policies together. An entry is named by a
 * digest of everything its checked form depends on: the expression's text, the resource type it is checked against,
 * the CEL environment ({@link CelEnvironment#key()}: the model's declarations, the compiler's configuration and CEL's
 * version) and this file format. Only expressions that checked without error are kept; a policy with an error is
 * checked again on every scan, so that its diagnostics are CEL's own.
 *
 * <p>The folder is {@code $SAGELINT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/sagelint}, else
 * {@code ~/.cache/sagelint} (the {@code sagelint.cacheDir} system property comes first, for embedders such as the
 * Maven plugin and tests); {@code SAGELINT_CACHE_DIR=off} turns the cache off. It is never used when it lies inside
 * the project whose policies are loaded. A missing, unreadable, truncated, corrupt or foreign entry is ignored and the
 * expression is checked as if there were none; a folder that cannot be written is not an error either. Entries are
 * written to a temporary file and renamed into place, so that concurrent scans never read half an entry.
 */
final class CheckedCache {

    /** The environment variable that names the folder, or turns the cache off with {@code off}. */
    static final String ENV = "SAGELINT_CACHE_DIR";

    /** The system property that does the same and comes first. */
    static final String PROPERTY = "sagelint.cacheDir";

    /** Changes whenever the layout of an entry changes. */
    private static final byte[] MAGIC = "sagelint-cel-ast-2\n".getBytes(StandardCharsets.US_ASCII);

    /** No checked expression of a 4,096-character policy comes near this; a larger file is not an entry. */
    private static final int MAX_ENTRY = 1 << 20;

    private static final CheckedCache OFF = new CheckedCache(null, "", name -> null);

    private final Path folder;
    private final String environmentKey;
    private final Function<String, CelType> declared;

    private CheckedCache(Path folder, String environmentKey, Function<String, CelType> declared) {
        this.folder = folder;
        this.environmentKey = environmentKey;
        this.declared = declared;
    }

    /**
     * The cache for these policies under this environment: off when configured so, when no folder can be found, or
     * when the folder lies inside the project that holds one of the policy files.
     */
    static CheckedCache open(List<PolicyDefinition> policies, CelEnvironment environment, Path root) {
        if (root == null) return OFF;
        Path folder = root.resolve("cel");
        for (PolicyDefinition p : policies) {
            Path project = project(p.file());
            if (project != null && folder.startsWith(project)) return OFF;
        }
        return new CheckedCache(folder, environment.key(), environment::declaredType);
    }

    /**
     * The cache's root folder, or {@code null} when it is off or there is none.
     *
     * @param property the {@code sagelint.cacheDir} system property, or {@code null}
     * @param env      the environment ({@code SAGELINT_CACHE_DIR}, {@code XDG_CACHE_HOME})
     */
    static Path root(String property, Map<String, String> env) {
        String configured = property != null ? property : env.get(ENV);
        try {
            if (configured != null) {
                if (configured.isBlank() || configured.equalsIgnoreCase("off")) return null;
                return Path.of(configured).toAbsolutePath().normalize();
            }
            String xdg = env.get("XDG_CACHE_HOME");
            if (xdg != null && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg).resolve("sagelint").normalize();
            }
            String home = System.getProperty("user.home");
            if (home == null || home.isBlank() || home.equals("?")) return null;
            return Path.of(home)
                    .toAbsolutePath()
                    .resolve(".cache")
                    .resolve("sagelint")
                    .normalize();
        } catch (RuntimeException e) { // an invalid path
            return null;
        }
    }

    /**
     * The project of a policy file: the folder that holds its {@code .sagelint} folder, or the file's own folder
     * when it is listed from elsewhere.
     */
    private static Path project(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(".sagelint")) return p.getParent();
        }
        return absolute.getParent();
    }

    boolean enabled() {
        return folder != null;
    }

    /** The checked expression kept for this text and resource type, if a sound entry exists. */
    Optional<CelAbstractSyntaxTree> get(String typeName, String text) {
        if (folder == null) return Optional.empty();
        byte[] key = key(typeName, text);
        try {
            Path file = folder.resolve(HexFormat.of().formatHex(key));
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_ENTRY) return Optional.empty();
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.remaining() < MAGIC.length + key.length + 4 + 8) return Optional.empty();
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            byte[] stored = new byte[key.length];
            in.get(stored);
            int length = in.getInt();
            if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(stored, key) || length != in.remaining() - 8) {
                return Optional.empty();
            }
            byte[] payload = new byte[length];
            in.get(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (crc.getValue() != in.getLong()) return Optional.empty();
            return Optional.of(restored(payload, text));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a checked expression; any failure to write leaves the cache as it was. */
    void put(String typeName, String text, CelAbstractSyntaxTree ast) {
        if (folder == null) return;
        byte[] key = key(typeName, text);
        Path tmp = null;
        try {
            byte[] payload = payload(ast);
            CRC32 crc = new CRC32();
            crc.update(payload);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 80);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.write(key);
            out.writeInt(payload.length);
            out.write(payload);
            out.writeLong(crc.getValue());
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "entry", ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(
                    tmp,
                    folder.resolve(HexFormat.of().formatHex(key)),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // A read-only or full disk: the next scan checks the expression again.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left behind in the cache folder; it is never read
                }
            }
        }
    }

    private byte[] key(String typeName, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {new String(MAGIC, StandardCharsets.US_ASCII), environmentKey, typeName}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * An entry's content: the checked expression in CEL's own serial form, which keeps the positions of the
     * expressions but not the text, followed by the type of each expression, because the serial form names a model
     * type where the checker may have given the declared type itself.
     */
    private byte[] payload(CelAbstractSyntaxTree ast) throws IOException {
        byte[] checked =
                CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(checked.length * 2);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(checked.length);
        out.write(checked);
        out.writeInt(ast.getTypeMap().size());
        for (Map.Entry<Long, CelType> e : ast.getTypeMap().entrySet()) {
            out.writeLong(e.getKey());
            writeType(e.getValue(), out);
        }
        return bytes.toByteArray();
    }

    /** The checked expression of an entry's content, as the checker returned it. */
    private CelAbstractSyntaxTree restored(byte[] payload, String text) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        byte[] checked = new byte[in.readInt()];
        in.readFully(checked);
        CelAbstractSyntaxTree ast = CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(checked))
                .getAst();
        int count = in.readInt();
        if (count != ast.getTypeMap().size()) throw new IOException("the types do not match the expression");
        Map<Long, CelType> types = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            long id = in.readLong();
            if (!ast.getTypeMap().containsKey(id)) throw new IOException("a type of no expression");
            types.put(id, readType(in, 0));
        }
        if (in.read() != -1) throw new IOException("bytes after the types");
        CelSource stored = ast.getSource();
        CelSource source = CelSource.newBuilder(text)
                .setDescription(stored.getDescription())
                .addPositionsMap(stored.getPositionsMap())
                .addAllMacroCalls(stored.getMacroCalls())
                .addAllExtensions(stored.getExtensions())
                .build();
        return CelAbstractSyntaxTree.newCheckedAst(ast.getExpr(), source, ast.getReferenceMap(), types);
    }

    private static final List<CelType> SIMPLE = List.of(
            SimpleType.ERROR,
            SimpleType.DYN,
            SimpleType.ANY,
            SimpleType.BOOL,
            SimpleType.BYTES,
            SimpleType.DOUBLE,
            SimpleType.DURATION,
            SimpleType.INT,
            SimpleType.NULL_TYPE,
            SimpleType.STRING,
            SimpleType.TIMESTAMP,
            SimpleType.UINT);

    /**
     * Writes a checked type exactly: a model type as the declared type or as a reference by name, as the checker
     * gave it. A type of another kind is not expected of policies; the expression is then not kept.
     */
    private void writeType(CelType type, DataOutputStream out) throws IOException {
        int simple = SIMPLE.indexOf(type);
        if (simple >= 0 && type.getClass() == SIMPLE.get(simple).getClass()) {
            out.writeByte('S');
            out.writeByte(simple);
        } else if (type instanceof StructTypeReference) {
            out.writeByte('R');
            out.writeUTF(type.name());
        } else if (type instanceof StructType && declared.apply(type.name()) == type) {
            out.writeByte('D');
            out.writeUTF(type.name());
        } else if (type instanceof TypeParamType) {
            out.writeByte('P');
            out.writeUTF(type.name());
        } else if (type instanceof ListType l) {
            out.writeByte('L');
            writeType(l.elemType(), out);
        } else if (type instanceof MapType m) {
            out.writeByte('M');
            writeType(m.keyType(), out);
            writeType(m.valueType(), out);
        } else if (type instanceof TypeType t) {
            out.writeByte('T');
            writeType(t.type(), out);
        } else if (type instanceof OptionalType o) {
            out.writeByte('O');
            writeType(o.parameters().get(0), out);
        } else if (type instanceof OpaqueType) {
            out.writeByte('Q');
            out.writeUTF(type.name());
            out.writeInt(type.parameters().size());
            for (CelType p : type.parameters()) writeType(p, out);
        } else {
            throw new IOException("a checked type that the cache does not keep: " + type);
        }
    }

    private CelType readType(DataInputStream in, int depth) throws IOException {
        if (depth > 32) throw new IOException("types nested too deep");
        int tag = in.readByte();
        return switch (tag) {
            case 'S' -> {
                int i = in.readByte();
                if (i < 0 || i >= SIMPLE.size()) throw new IOException("an unknown simple type");
                yield SIMPLE.get(i);
            }
            case 'R' -> StructTypeReference.create(in.readUTF());
            case 'D' -> {
                CelType d = declared.apply(in.readUTF());
                if (d == null) throw new IOException("a model type that is not declared");
                yield d;
            }
            case 'P' -> TypeParamType.create(in.readUTF());
            case 'L' -> ListType.create(readType(in, depth + 1));
            case 'M' -> MapType.create(readType(in, depth + 1), readType(in, depth + 1));
            case 'T' -> TypeType.create(readType(in, depth + 1));
            case 'O' -> OptionalType.create(readType(in, depth + 1));
            case 'Q' -> {
                String name = in.readUTF();
                int n = in.readInt();
                if (n < 0 || n > 16) throw new IOException("an opaque type of " + n + " parameters");
                List<CelType> parameters = new ArrayList<>();
                for (int i = 0; i < n; i++) parameters.add(readType(in, depth + 1));
                yield OpaqueType.create(name, ImmutableList.copyOf(parameters));
            }
            default -> throw new IOException("an unknown type tag " + tag);
        };
    }
}
