package dev.sagelint.cfn;

import dev.sagelint.cfn.adapt.NestedStacks;
import dev.sagelint.cfn.adapt.SuppressionMetadata;
import dev.sagelint.cfn.adapt.TemplateAdapter;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.FileBytes;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.TextEncoding;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudFormation front-end: claims YAML and JSON files that look like templates and reads each into the
 * SageMaker model. Found by the engine through {@link java.util.ServiceLoader}.
 *
 * <p>Claiming is cheap: the file name, then a look at the first 64 KiB for {@code AWSTemplateFormatVersion} or a
 * {@code Type: AWS::...} (and further down, streaming, when a longer file has none there; see {@link #sniff}). A file that does not look like a template is left alone, so a broken YAML file that is
 * not a template stays silent while a broken template gets a diagnostic. After parsing, a file that turns out not
 * to be a template (no {@code AWSTemplateFormatVersion}, no {@code AWS::} resource) yields nothing.
 */
public final class CloudFormationFrontend implements Frontend {

    private static final int SNIFF_BYTES = 64 * 1024;
    /** How far a file without a hint in its first 64 KiB is searched: the default file size limit. */
    private static final long MAX_SEARCH_BYTES = 64L * 1024 * 1024;
    /** How much of one chunk is searched again with the next, for a hint written across both. */
    private static final int HINT_OVERLAP = 1024;

    private static final Pattern TEMPLATE_HINT =
            Pattern.compile("AWSTemplateFormatVersion|[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");
    /** A local nested stack template, as written in YAML or JSON; remote ones (with a scheme) do not match. */
    private static final Pattern NESTED_TEMPLATE = Pattern.compile(
            "(?<![A-Za-z0-9])[\"']?(?:TemplateURL|Location)[\"']?[ \t]*:[ \t]*[\"']?(?![A-Za-z][A-Za-z0-9+.-]*://)([^\\s\"'{}\\[\\],#]+)");

    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json", ".template");
    /** JSON and YAML files of other tools that sit beside templates; CDK assembly files get their own front-end. */
    private static final Set<String> NOT_TEMPLATES =
            Set.of("package.json", "package-lock.json", "tsconfig.json", "cdk.json", "manifest.json", "tree.json");

    @Override
    public String name() {
        return "cloudformation";
    }

    /** YAML and JSON files and {@code .template} files, less those of other tools ({@code package.json}, ...). */
    @Override
    public boolean mayRead(Path file) {
        return mayBeTemplate(file);
    }

    /**
     * Claims the templates. A template that another claimed template includes as a local nested stack
     * ({@code TemplateURL} or an AWS SAM {@code Location}) joins its parent's unit instead of forming its own: it is
     * read through the parent, with the parameters the parent passes, and on its own only when the parent does not
     * reach it.
     */
    @Override
    public List<Unit> claim(Set<Path> files) {
        List<Path> templates = new ArrayList<>();
        Map<Path, List<String>> nestedNames = new HashMap<>();
        List<Path> candidates = files.stream()
                .filter(CloudFormationFrontend::mayBeTemplate)
                .sorted()
                .toList();
        // The looks are independent reads of a few KiB: taken on every core, kept in file order.
        List<Sniff> sniffs =
                candidates.parallelStream().map(CloudFormationFrontend::sniff).toList();
        for (int i = 0; i < candidates.size(); i++) {
            Sniff sniff = sniffs.get(i);
            if (!sniff.template()) continue;
            templates.add(candidates.get(i));
            if (!sniff.nested().isEmpty()) nestedNames.put(candidates.get(i), sniff.nested());
        }
        Set<Path> claimed = new HashSet<>(templates);
        Map<Path, List<Path>> children = new LinkedHashMap<>();
        Set<Path> included = new HashSet<>();
        for (Path file : templates) {
            for (String name : nestedNames.getOrDefault(file, List.of())) {
                Path child = file.resolveSibling(name).normalize();
                if (!child.equals(file) && claimed.contains(child)) {
                    children.computeIfAbsent(file, k -> new ArrayList<>()).add(child);
                    included.add(child);
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        Set<Path> placed = new HashSet<>();
        for (Path file : templates) {
            if (included.contains(file)) continue;
            units.add(unit(file, children, placed));
        }
        // Templates that only include each other (a cycle) have no top; each then stands on its own.
        for (Path file : templates) {
            if (!placed.contains(file)) units.add(unit(file, children, placed));
        }
        return units;
    }

    private Unit unit(Path top, Map<Path, List<Path>> children, Set<Path> placed) {
        List<Path> members = new ArrayList<>();
        List<Path> queue = new ArrayList<>(List.of(top));
        while (!queue.isEmpty()) {
            Path next = queue.remove(0);
            if (!placed.add(next)) continue;
            members.add(next);
            queue.addAll(children.getOrDefault(next, List.of()));
        }
        return new Unit(this, top, members);
    }

    @Override
    public List<dev.sagelint.fix.SourceEditor> editors() {
        return List.of(new dev.sagelint.cfn.fix.CloudFormationEditor());
    }

    @Override
    public UnitResult analyze(Unit unit, ScanContext context) {
        TemplateReader reader = new TemplateReader(context.limits());
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        Set<Path> readAsNested = new HashSet<>();
        for (Path file : unit.files()) {
            if (readAsNested.contains(file.toAbsolutePath().normalize())) continue;
            ReadResult read = reader.read(file);
            if (read.root().isEmpty()) {
                diagnostics.addAll(read.diagnostics());
                continue;
            }
            CfnNode root = read.root().get();
            if (!TemplateAdapter.isTemplate(root)) continue;
            diagnostics.addAll(read.diagnostics());
            TemplateAdapter.Adapted adapted =
                    TemplateAdapter.adapt(root, TemplateAdapter.Input.of(file, context.limits()));
            resources.addAll(adapted.resources());
            diagnostics.addAll(adapted.diagnostics());
            SuppressionMetadata.Read metadata = SuppressionMetadata.read(root);
            suppressions.addAll(metadata.suppressions());
            diagnostics.addAll(metadata.diagnostics());
            suppressions.addAll(read.comments().suppressions());
            diagnostics.addAll(read.comments().diagnostics());
            for (NestedStacks.Child child : adapted.nested()) {
                if (!readAsNested.add(child.file().toAbsolutePath().normalize())) continue;
                SuppressionMetadata.Read childMetadata = SuppressionMetadata.read(child.root());
                suppressions.addAll(childMetadata.suppressions());
                diagnostics.addAll(childMetadata.diagnostics());
                suppressions.addAll(child.comments().suppressions());
                diagnostics.addAll(child.comments().diagnostics());
            }
        }
        return new UnitResult(resources, diagnostics, suppressions);
    }

    static boolean mayBeTemplate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) return false;
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        if (NOT_TEMPLATES.contains(name) || name.endsWith(".assets.json") || name.contains(".tfstate")) return false;
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * What a look at a file tells: whether it is a template, and the local nested stack templates its first
     * 64 KiB name (as written, relative to the file).
     */
    record Sniff(boolean template, List<String> nested) {}

    /**
     * Looks at the first 64 KiB: a template hint there makes the file a template, and its nested stacks are taken
     * from there too. Without a hint, a longer file is searched on, streaming, for a hint further down (a template
     * without {@code AWSTemplateFormatVersion} whose first resource comes late), up to {@value #MAX_SEARCH_BYTES}
     * bytes. Text in UTF-16 or UTF-32 is searched as such, so that the reader reports its encoding. A file that cannot
     * be read is claimed, so that the reader reports why instead of the file silently dropping out of the scan.
     */
    static Sniff sniff(Path file) {
        try {
            byte[] bytes = FileBytes.read(file, SNIFF_BYTES);
            Charset charset = TextEncoding.wide(bytes, bytes.length).orElse(StandardCharsets.ISO_8859_1);
            String head = new String(bytes, charset);
            if (TEMPLATE_HINT.matcher(head).find()) return new Sniff(true, nestedNames(head));
            if (bytes.length < SNIFF_BYTES) return new Sniff(false, List.of());
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(SNIFF_BYTES);
                return new Sniff(hintFurtherDown(in, charset, head), List.of());
            }
        } catch (IOException | RuntimeException e) {
            return new Sniff(true, List.of());
        }
    }

    /** The local nested stack templates a template's head names. */
    private static List<String> nestedNames(String head) {
        if (!namesStackType(head)) return List.of();
        List<String> names = new ArrayList<>();
        Matcher m = NESTED_TEMPLATE.matcher(head);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /**
     * Whether {@code head} holds {@code AWS::CloudFormation::Stack} or {@code AWS::Serverless::Application}: one pass
     * from one {@code AWS::} to the next, instead of one search of the whole head per type.
     */
    private static boolean namesStackType(String head) {
        for (int i = head.indexOf("AWS::"); i >= 0; i = head.indexOf("AWS::", i + 5)) {
            if (head.startsWith("CloudFormation::Stack", i + 5) || head.startsWith("Serverless::Application", i + 5))
                return true;
        }
        return false;
    }

    /**
     * Whether the rest of {@code in} holds a template hint, read in chunks; each chunk is searched together with the
     * end of the one before, so that a hint across two chunks is found.
     */
    private static boolean hintFurtherDown(InputStream in, Charset charset, String head) throws IOException {
        Reader reader = new InputStreamReader(in, charset);
        char[] chunk = new char[SNIFF_BYTES];
        String carry = head.substring(Math.max(0, head.length() - HINT_OVERLAP));
        long read = SNIFF_BYTES;
        int n;
        while (read < MAX_SEARCH_BYTES && (n = reader.read(chunk)) > 0) {
            read += n;
            String text = carry + new String(chunk, 0, n);
            if (TEMPLATE_HINT.matcher(text).find()) return true;
            carry = text.substring(Math.max(0, text.length() - HINT_OVERLAP));
        }
        return false;
    }
}
