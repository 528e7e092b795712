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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final TemplateReader reader;
    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Stack> stacks = new ArrayList<>();
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

    /** Reads the assembly in {@code dir} and, recursively, the nested assemblies it names. */
    void read(Path dir) {
        if (depth > 8) return;
        Path manifest = dir.resolve("manifest.json");
        Optional<CfnNode> tree = json(manifest);
        if (tree.isEmpty() || !(tree.get() instanceof Mapping m)) return;
        if (!(m.get("artifacts").orElse(null) instanceof Mapping artifacts)) return;
        for (Entry artifact : artifacts.entries()) {
            if (!(artifact.value() instanceof Mapping a)) continue;
            String type = text(a.get("type").orElse(null));
            Mapping properties = a.get("properties").orElse(null) instanceof Mapping p ? p : null;
            if ("aws:cloudformation:stack".equals(type) && properties != null) {
                stack(dir, artifact.key(), a, properties);
            } else if ("cdk:cloud-assembly".equals(type) && properties != null) {
                String nested = text(properties.get("directoryName").orElse(null));
                if (nested != null && Files.isDirectory(dir.resolve(nested))) {
                    depth++;
                    read(dir.resolve(nested).normalize());
                    depth--;
                }
            }
        }
    }

    private void stack(Path dir, String artifactId, Mapping artifact, Mapping properties) {
        String templateFile = text(properties.get("templateFile").orElse(null));
        if (templateFile == null) return;
        Path template = dir.resolve(templateFile).normalize();
        if (!template.startsWith(dir) || !Files.isRegularFile(template)) return;
        String name = Optional.ofNullable(text(properties.get("stackName").orElse(null)))
                .or(() -> Optional.ofNullable(text(artifact.get("displayName").orElse(null))))
                .orElse(artifactId);

        Map<String, List<CfnNode>> metadata = new LinkedHashMap<>();
        if (artifact.get("metadata").orElse(null) instanceof Mapping inline) collect(inline, metadata);
        String extra = text(artifact.get("additionalMetadataFile")
                .or(() -> properties.get("additionalMetadataFile"))
                .orElse(null));
        if (extra != null) {
            Path file = dir.resolve(extra).normalize();
            if (file.startsWith(dir))
                json(file).filter(Mapping.class::isInstance).ifPresent(n -> collect((Mapping) n, metadata));
        }
        Map<String, Origin> origins = origins(metadata, dir);
        Map<String, String> pseudo =
                environment(text(artifact.get("environment").orElse(null)));
        stacks.add(new Stack(template, name, pseudo, origins));
        // Nested stacks are assets of their parent: a `<id>.nested.template.json` beside it.
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".nested.template.json"))
                    .sorted()
                    .filter(f -> stacks.stream().noneMatch(s -> s.template().equals(f)))
                    .forEach(f -> stacks.add(new Stack(
                            f, f.getFileName().toString().replace(".nested.template.json", ""), pseudo, origins)));
        } catch (java.io.IOException e) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.IO_ERROR, "cannot list " + dir + ": " + e.getMessage(), dir, 0, 0));
        }
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
