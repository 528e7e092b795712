package dev.sagelint.config;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.policy.Policies;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads {@code .sagelint.yml}. Reading never throws on a bad file: every problem (a YAML syntax error,
 * an unknown key, a value of the wrong type, an unknown rule id or parameter) becomes an error diagnostic with the
 * file, line and column, and all of them are reported at once.
 *
 * <pre>{@code
 * fail-on: high                      # critical | high | medium | low | none
 * exclude:                           # globs relative to the scan root
 *   - legacy/**
 * rules:
 *   disable: [SageMaker.8]           # or enable: [...] to run only the rules listed
 *   severity:
 *     SageMaker.5: critical
 *   parameters:
 *     SageMaker.4: {minimumInstanceCount: 3}
 *     SageMaker.6: {requiredKeyTags: [owner, cost-center]}
 *     SageMaker.8: {supportedPlatformIdentifierVersions: [notebook-al2023-v1]}
 * }</pre>
 */
public final class ConfigLoader {

    /** The names looked up in the scan root, in this order. */
    public static final List<String> FILE_NAMES = List.of(".sagelint.yml", ".sagelint.yaml");

    /** Larger files are refused: a configuration is a few lines. */
    static final long MAX_BYTES = 1024 * 1024;

    private ConfigLoader() {}

    /** The configuration file in {@code directory}, if there is one. */
    public static Optional<Path> find(Path directory) {
        for (String name : FILE_NAMES) {
            Path candidate = directory.resolve(name);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /**
     * The configuration for a scan: {@code explicit} when given (a missing file is an error), else the file found
     * in {@code root}, else {@link Configuration#defaults()}.
     */
    public static LoadedConfig resolve(Path root, Path explicit) {
        if (explicit != null) return load(explicit);
        return find(root).map(ConfigLoader::load).orElseGet(() -> withoutFile(root));
    }

    /** The defaults, with the policies of {@code .sagelint/policies/} in {@code root} when it has any. */
    private static LoadedConfig withoutFile(Path root) {
        Policies.Loaded policies = Policies.load(Policies.files(root, List.of()), Rules.all());
        return new LoadedConfig(Configuration.defaults().withPolicies(policies.rules()), policies.diagnostics());
    }

    /** Reads one configuration file. */
    public static LoadedConfig load(Path file) {
        Path source = file.toAbsolutePath().normalize();
        try {
            // A FIFO or a device (/dev/zero) would block or never end: only a regular file is read, and at most
            // one byte more than the limit whatever its size says.
            if (Files.exists(source) && !Files.isRegularFile(source)) {
                return failed(source, "the configuration file " + file + " is not a regular file");
            }
            if (Files.size(source) > MAX_BYTES) {
                return failed(source, "the configuration file is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(source)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return failed(source, "the configuration file is larger than " + MAX_BYTES + " bytes");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return failed(source, "the configuration file is not UTF-8 text");
            }
            return parse(text, source);
        } catch (NoSuchFileException e) {
            return failed(source, "configuration file not found: " + file);
        } catch (IOException e) {
            return failed(source, "cannot read the configuration file: " + e.getMessage());
        }
    }

    /** Reads configuration text; {@code source} names it in diagnostics. */
    public static LoadedConfig parse(String text, Path source) {
        return new ConfigReader(source, Rules.all()).read(text);
    }

    private static LoadedConfig failed(Path source, String message) {
        return new LoadedConfig(
                Configuration.defaults(),
                List.of(Diagnostic.error(DiagnosticCode.CONFIG_ERROR, message, source, 0, 0)));
    }
}
