package dev.sagelint.cfn.cdk;

import dev.sagelint.cfn.adapt.TemplateAdapter.Origin;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CDK cloud assembly's {@code manifest.json}: its stacks ({@code aws:cloudformation:stack} artifacts, with
 * their template, environment and construct metadata) and nested assemblies ({@code cdk:cloud-assembly}, which
 * stages write). Construct metadata comes from the stack's {@code additionalMetadataFile}
 * ({@code <stack>.metadata.json}, assembly schema 55 and later) or, in older assemblies, from the artifact's inline
 * {@code metadata}. Schema: https://github.com/aws/aws-cdk-cli/tree/main/packages/%40aws-cdk/cloud-assembly-schema
 */
final class AssemblyReader {

    /** One stack template to analyze. */
    record Stack(Path template, String name, Map<String, String> pseudo, Map<String, Origin> origins) {}

    /** How deep stage assemblies nest before the reader stops following them. */
    static final int MAX_NESTED_ASSEMBLIES = 8;

    private final TemplateReader reader;
    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Stack> stacks = new ArrayList<>();
    private final Set<Path> assembliesRead = new HashSet<>();
    private final Set<Path> templates = new HashSet<>();
    private int depth;

    AssemblyReader(TemplateReader reader, Path root) {
        this.reader = reader;
        this.root = root;
    }

    List<Stack> stacks() {
        return stacks;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Reads the assembly in {@code dir} and, recursively, the nested assemblies it names. Each folder is read once,
     * however often (or circularly) manifests name it, and only files whose real path (symbolic links resolved)
     * lies inside the assembly are read.
     */
    void read(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.IO_ERROR, "cannot read the cloud assembly: " + e.getMessage(), dir, 0, 0));
            return;
        }
        if (!assembliesRead.add(real)) return;
        Path manifest = dir.resolve("manifest.json");
        if (!insideReal(manifest, real)) return;
        Optional<CfnNode> tree = json(manifest);
        if (tree.isEmpty() || !(tree.get() instanceof Mapping m)) return;
        if (!(m.get("artifacts").orElse(null) instanceof Mapping artifacts)) return;
        for (Entry artifact : artifacts.entries()) {
            if (!(artifact.value() instanceof Mapping a)) continue;
            String type = text(a.get("type").orElse(null));
            Mapping properties = a.get("properties").orElse(null) instanceof Mapping p ? p : null;
            if ("aws:cloudformation:stack".equals(type)) {
                stack(dir, real, artifact, a, properties);
            } else if ("cdk:cloud-assembly".equals(type) && properties != null) {
                nested(dir, real, artifact, properties);
            }
        }
    }

    private void nested(Path dir, Path real, Entry artifact, Mapping properties) {
        CfnNode at = properties.get("directoryName").orElse(artifact.value());
        String name = text(properties.get("directoryName").orElse(null));
        if (name == null) {
            diagnostics.add(notAnalyzed(at, "the nested assembly `" + artifact.key() + "` names no `directoryName`"));
            return;
        }
        Optional<Path> nested = resolve(dir, real, name, at, "the nested assembly's `directoryName`");
        if (nested.isEmpty()) return;
        if (!Files.isDirectory(nested.get())) {
            diagnostics.add(
                    notAnalyzed(at, "the nested assembly's `directoryName` `" + shown(name) + "` is not a folder"));
            return;
        }
        Path nestedReal;
        try {
            nestedReal = nested.get().toRealPath();
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (assembliesRead.contains(nestedReal)) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.CDK_TEMPLATE_NOT_ANALYZED,
                    "the nested assembly's `directoryName` `" + shown(name)
                            + "` names this assembly or one already read; it is read once",
                    at.span().file(),
                    at.span().line(),
                    at.span().column()));
            return;
        }
        if (depth >= MAX_NESTED_ASSEMBLIES) {
            diagnostics.add(notAnalyzed(
                    at,
                    "nested assemblies go deeper than " + MAX_NESTED_ASSEMBLIES + " levels; the assembly `"
                            + shown(name) + "` is not analyzed"));
            return;
        }
        depth++;
        read(nested.get());
        depth--;
    }

    private void stack(Path dir, Path real, Entry entry, Mapping artifact, Mapping properties) {
        CfnNode at = properties == null
                ? entry.value()
                : properties.get("templateFile").orElse(entry.value());
        String templateFile =
                properties == null ? null : text(properties.get("templateFile").orElse(null));
        if (templateFile == null) {
            diagnostics.add(notAnalyzed(at, "the stack `" + entry.key() + "` names no `templateFile`"));
            return;
        }
        Optional<Path> resolved = resolve(dir, real, templateFile, at, "the stack's `templateFile`");
        if (resolved.isEmpty()) return;
        Path template = resolved.get();
        if (!Files.isRegularFile(template)) {
            diagnostics.add(notAnalyzed(
                    at,
                    "the stack's `templateFile` `" + shown(templateFile)
                            + "` is not a regular file (a folder or a device?); the stack `" + entry.key()
                            + "` is not analyzed"));
            return;
        }
        String artifactId = entry.key();
        String name = Optional.ofNullable(text(properties.get("stackName").orElse(null)))
                .or(() -> Optional.ofNullable(text(artifact.get("displayName").orElse(null))))
                .orElse(artifactId);

        Map<String, List<CfnNode>> metadata = new LinkedHashMap<>();
        if (artifact.get("metadata").orElse(null) instanceof Mapping inline) collect(inline, metadata);
        CfnNode extraNode = artifact.get("additionalMetadataFile")
                .or(() -> properties.get("additionalMetadataFile"))
                .orElse(null);
        String extra = text(extraNode);
        if (extra != null) {
            resolve(dir, real, extra, extraNode, "the stack's `additionalMetadataFile`")
                    .flatMap(this::json)
                    .filter(Mapping.class::isInstance)
                    .ifPresent(n -> collect((Mapping) n, metadata));
        }
        Map<String, Origin> origins = origins(metadata, dir);
        Map<String, String> pseudo =
                environment(text(artifact.get("environment").orElse(null)));
        if (templates.add(template)) stacks.add(new Stack(template, name, pseudo, origins));
        // Nested stacks are assets of their parent: a `<id>.nested.template.json` beside it.
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".nested.template.json"))
                    .sorted()
                    .map(f -> f.toAbsolutePath().normalize())
                    .filter(f -> !templates.contains(f))
                    .filter(f -> insideReal(f, real))
                    .forEach(f -> {
                        templates.add(f);
                        stacks.add(new Stack(
                                f, f.getFileName().toString().replace(".nested.template.json", ""), pseudo, origins));
                    });
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.IO_ERROR, "cannot list " + dir + ": " + e.getMessage(), dir, 0, 0));
        }
    }

    /**
     * The file a manifest names, relative to the assembly folder {@code dir} (whose real path is {@code real}),
     * when it exists and its real path lies inside that folder; otherwise a diagnostic at {@code at}.
     */
    private Optional<Path> resolve(Path dir, Path real, String name, CfnNode at, String what) {
        Path file;
        try {
            file = dir.resolve(name).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            diagnostics.add(notAnalyzed(at, what + " `" + shown(name) + "` is not a valid path"));
            return Optional.empty();
        }
        if (!file.startsWith(dir.toAbsolutePath().normalize())) {
            diagnostics.add(notAnalyzed(at, what + " `" + shown(name) + "` lies outside the assembly; it is not read"));
            return Optional.empty();
        }
        Path fileReal;
        try {
            fileReal = file.toRealPath();
        } catch (IOException | RuntimeException e) {
            diagnostics.add(notAnalyzed(at, what + " `" + shown(name) + "` does not exist"));
            return Optional.empty();
        }
        if (!fileReal.startsWith(real)) {
            diagnostics.add(notAnalyzed(
                    at,
                    what + " `" + shown(name) + "` is a symbolic link to a file outside the assembly; it is not read"));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Whether {@code file} exists and its real path lies inside {@code real}; a diagnostic when it lies outside. */
    private boolean insideReal(Path file, Path real) {
        Path fileReal;
        try {
            fileReal = file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (fileReal.startsWith(real)) return true;
        diagnostics.add(Diagnostic.error(
                DiagnosticCode.CDK_TEMPLATE_NOT_ANALYZED,
                "a symbolic link to a file outside the assembly; it is not read",
                file,
                0,
                0));
        return false;
    }

    private static Diagnostic notAnalyzed(CfnNode at, String message) {
        Span span = at.span();
        return Diagnostic.error(
                DiagnosticCode.CDK_TEMPLATE_NOT_ANALYZED, message, span.file(), span.line(), span.column());
    }

    /** A name from the manifest as a message shows it: control characters escaped, at most 200 characters. */
    private static String shown(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 200; i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        if (out.length() >= 200 && name.length() > 200) out.append("...");
        return out.toString();
    }

    private static void collect(Mapping metadata, Map<String, List<CfnNode>> into) {
        for (Entry e : metadata.entries()) {
            if (e.value() instanceof Sequence entries) {
                into.computeIfAbsent(e.key(), k -> new ArrayList<>()).addAll(entries.items());
            }
        }
    }

    /**
     * Per logical ID, its construct path (without the leading {@code /}) and the app line that created it: its
     * own {@code aws:cdk:creationStack}, or that of the nearest enclosing construct (an L2 construct's
     * {@code Resource} child has none of its own).
     */
    private Map<String, Origin> origins(Map<String, List<CfnNode>> metadata, Path dir) {
        Map<String, List<String>> stacksByPath = new HashMap<>();
        Map<String, String> logicalIds = new LinkedHashMap<>();
        for (var e : metadata.entrySet()) {
            for (CfnNode entry : e.getValue()) {
                if (!(entry instanceof Mapping m)) continue;
                String type = text(m.get("type").orElse(null));
                if ("aws:cdk:logicalId".equals(type)) {
                    String id = text(m.get("data").orElse(null));
                    if (id != null) logicalIds.put(id, e.getKey());
                } else if ("aws:cdk:creationStack".equals(type) && m.get("data").orElse(null) instanceof Sequence s) {
                    stacksByPath.put(
                            e.getKey(),
                            s.items().stream()
                                    .map(AssemblyReader::text)
                                    .filter(java.util.Objects::nonNull)
                                    .toList());
                }
            }
        }
        Map<String, Origin> out = new HashMap<>();
        for (var e : logicalIds.entrySet()) {
            String path = e.getValue();
            Span source = null;
            for (String p = path; p != null && source == null; p = parent(p)) {
                List<String> frames = stacksByPath.get(p);
                if (frames != null)
                    source = CreationStack.sourceLine(frames, dir, root).orElse(null);
            }
            out.put(e.getKey(), new Origin(path.startsWith("/") ? path.substring(1) : path, source));
        }
        return out;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? null : path.substring(0, slash);
    }

    /** {@code aws://123456789012/us-east-1} gives the account and Region unless CDK left them unresolved. */
    private static Map<String, String> environment(String environment) {
        Map<String, String> pseudo = new HashMap<>();
        if (environment == null || !environment.startsWith("aws://")) return pseudo;
        String[] parts = environment.substring("aws://".length()).split("/");
        if (parts.length == 2) {
            if (parts[0].matches("\\d{12}")) pseudo.put("AWS::AccountId", parts[0]);
            if (parts[1].matches("[a-z]{2}(-[a-z]+)+-\\d")) pseudo.put("AWS::Region", parts[1]);
        }
        return pseudo;
    }

    private Optional<CfnNode> json(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        ReadResult read = reader.read(file);
        if (read.root().isEmpty()) diagnostics.addAll(read.diagnostics());
        return read.root();
    }

    private static String text(CfnNode node) {
        return node instanceof Scalar s && !s.isNull() ? s.value() : null;
    }
}
