package dev.sagelint.policy.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelSource;
import dev.cel.expr.CheckedExpr;
import dev.sagelint.policy.PolicyDefinition;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final byte[] MAGIC = "sagelint-cel-ast-1\n".getBytes(StandardCharsets.US_ASCII);

    /** No checked expression of a 4,096-character policy comes near this; a larger file is not an entry. */
    private static final int MAX_ENTRY = 1 << 20;

    private static final CheckedCache OFF = new CheckedCache(null, "");

    private final Path folder;
    private final String environmentKey;

    private CheckedCache(Path folder, String environmentKey) {
        this.folder = folder;
        this.environmentKey = environmentKey;
    }

    /**
     * The cache for these policies under this environment: off when configured so, when no folder can be found, or
     * when the folder lies inside the project that holds one of the policy files.
     */
    static CheckedCache open(List<PolicyDefinition> policies, String environmentKey, Path root) {
        if (root == null) return OFF;
        Path folder = root.resolve("cel");
        for (PolicyDefinition p : policies) {
            Path project = project(p.file());
            if (project != null && folder.startsWith(project)) return OFF;
        }
        return new CheckedCache(folder, environmentKey);
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
            CelAbstractSyntaxTree ast = CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(payload))
                    .getAst();
            return Optional.of(withText(ast, text));
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
            byte[] payload =
                    CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray();
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
     * The checked expression with its source text, as the checker returns it: the stored form keeps the positions of
     * the expressions but not the text.
     */
    private static CelAbstractSyntaxTree withText(CelAbstractSyntaxTree ast, String text) {
        CelSource stored = ast.getSource();
        CelSource source = CelSource.newBuilder(text)
                .setDescription(stored.getDescription())
                .addPositionsMap(stored.getPositionsMap())
                .addAllMacroCalls(stored.getMacroCalls())
                .addAllExtensions(stored.getExtensions())
                .build();
        return CelAbstractSyntaxTree.newCheckedAst(ast.getExpr(), source, ast.getReferenceMap(), ast.getTypeMap());
    }
}
