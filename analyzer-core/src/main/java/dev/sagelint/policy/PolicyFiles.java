package dev.sagelint.policy;

import dev.sagelint.config.Suggestions;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads policy files: YAML with a top-level {@code policies:} list. Each problem becomes a {@code policy-error}
 * diagnostic with the file, line and column; nothing here compiles an expression (that needs CEL, which only
 * {@link PolicyCompiler} loads).
 */
public final class PolicyFiles {

    /** A policy file larger than this is not read. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final List<String> TOP_KEYS = List.of("policies");
    private static final List<String> POLICY_KEYS =
            List.of("id", "title", "severity", "resource", "when", "require", "message", "remediation", "url");
    private static final List<String> REMEDIATION_KEYS = List.of("cloudformation", "terraform", "cdk");
    private static final Pattern ID = Pattern.compile(RuleMeta.ID_PATTERN);

    /**
     * The policies of one file and what was wrong with it.
     *
     * @param policies    the policies that could be read whole
     * @param diagnostics errors with file, line and column
     */
    public record Read(List<PolicyDefinition> policies, List<Diagnostic> diagnostics) {}

    private final Path file;
    private final List<Diagnostic> errors = new ArrayList<>();

    private PolicyFiles(Path file) {
        this.file = file;
    }

    /** Reads one policy file. */
    public static Read read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Read(
                        List.of(),
                        List.of(Diagnostic.error(
                                DiagnosticCode.POLICY_ERROR,
                                "the policy file is larger than " + MAX_BYTES + " bytes",
                                file,
                                0,
                                0)));
            }
            return read(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new Read(
                    List.of(),
                    List.of(Diagnostic.error(
                            DiagnosticCode.POLICY_ERROR,
                            "cannot read the policy file: " + e.getMessage(),
                            file,
                            0,
                            0)));
        }
    }

    /** Reads the text of a policy file. */
    public static Read read(Path file, String text) {
        PolicyFiles reader = new PolicyFiles(file);
        List<PolicyDefinition> policies = reader.parse(text);
        return new Read(policies, List.copyOf(reader.errors));
    }

    private List<PolicyDefinition> parse(String text) {
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null
                    ? e.getProblem()
                    : e.getMessage().lines().findFirst().orElse("");
            error("not valid YAML: " + problem, mark);
            return List.of();
        } catch (YAMLException e) {
            errors.add(Diagnostic.error(DiagnosticCode.POLICY_ERROR, "not valid YAML: " + e.getMessage(), file, 0, 0));
            return List.of();
        }
        if (!(root instanceof MappingNode top)) {
            errors.add(Diagnostic.error(
                    DiagnosticCode.POLICY_ERROR,
                    "a policy file is a mapping with a `policies:` list",
                    file,
                    root == null ? 1 : line(root),
                    root == null ? 1 : column(root)));
            return List.of();
        }
        List<PolicyDefinition> policies = new ArrayList<>();
        Map<String, NodeTuple> entries = entries(top, TOP_KEYS, "the policy file");
        NodeTuple list = entries.get("policies");
        if (list == null) {
            error("the policy file has no `policies:` list", top.getStartMark());
            return List.of();
        }
        if (!(list.getValueNode() instanceof SequenceNode sequence)) {
            error("`policies` must be a list", list.getValueNode().getStartMark());
            return List.of();
        }
        for (Node item : sequence.getValue()) {
            PolicyDefinition policy = policy(item);
            if (policy != null) policies.add(policy);
        }
        return policies;
    }

    private PolicyDefinition policy(Node item) {
        if (!(item instanceof MappingNode mapping)) {
            error("each policy is a mapping with id, title, severity, resource and require", item.getStartMark());
            return null;
        }
        int before = errors.size();
        Map<String, NodeTuple> keys = entries(mapping, POLICY_KEYS, "a policy");
        String id = string(keys, "id", mapping, true);
        if (id != null && !ID.matcher(id).matches()) {
            error(
                    "policy id '" + id + "' must be a word of letters and digits, optionally followed by . and a "
                            + "number (Acme.1, AcmeEndpointKms)",
                    keys.get("id").getValueNode().getStartMark());
        }
        String title = string(keys, "title", mapping, true);
        String severityText = string(keys, "severity", mapping, true);
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText).orElse(null);
            if (severity == null) {
                error(
                        "severity '" + severityText + "' is not one of "
                                + Arrays.stream(Severity.values())
                                        .map(Severity::label)
                                        .toList(),
                        keys.get("severity").getValueNode().getStartMark());
            }
        }
        List<String> resources = resources(keys, mapping);
        PolicyDefinition.Expression when = expression(keys, "when", mapping, false);
        PolicyDefinition.Expression require = expression(keys, "require", mapping, true);
        String message = string(keys, "message", mapping, true);
        PolicyDefinition.Remediation remediation = remediation(keys.get("remediation"));
        String url = string(keys, "url", mapping, false);
        if (url != null && !url.startsWith("https://")) {
            error(
                    "url must be an https:// address",
                    keys.get("url").getValueNode().getStartMark());
        }
        if (errors.size() > before) return null;
        return new PolicyDefinition(
                file,
                line(keys.get("id").getKeyNode()),
                id,
                title,
                severity,
                resources,
                when,
                require,
                message,
                remediation,
                url);
    }

    private List<String> resources(Map<String, NodeTuple> keys, MappingNode policy) {
        NodeTuple entry = keys.get("resource");
        if (entry == null) {
            error(
                    "the policy has no `resource:` (a model type such as EndpointConfig, or a list of them)",
                    policy.getStartMark());
            return List.of();
        }
        List<ScalarNode> names = new ArrayList<>();
        Node value = entry.getValueNode();
        if (value instanceof ScalarNode s) {
            names.add(s);
        } else if (value instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) names.add(s);
                else error("`resource` lists model type names", n.getStartMark());
            }
        } else {
            error("`resource` is a model type name or a list of them", value.getStartMark());
        }
        List<String> known =
                PolicyModel.RESOURCE_TYPES.stream().map(PolicyModel.Type::name).toList();
        List<String> out = new ArrayList<>();
        for (ScalarNode s : names) {
            if (known.contains(s.getValue())) {
                out.add(s.getValue());
            } else {
                error(
                        "unknown resource type '" + s.getValue() + "'"
                                + Suggestions.closest(s.getValue(), known)
                                        .map(c -> "; did you mean '" + c + "'?")
                                        .orElse("; the types are " + String.join(", ", known)),
                        s.getStartMark());
            }
        }
        return out;
    }

    private PolicyDefinition.Remediation remediation(NodeTuple entry) {
        if (entry == null) return new PolicyDefinition.Remediation(null, null, null);
        if (!(entry.getValueNode() instanceof MappingNode m)) {
            error(
                    "`remediation` maps cloudformation, terraform and cdk to text",
                    entry.getValueNode().getStartMark());
            return null;
        }
        Map<String, NodeTuple> keys = entries(m, REMEDIATION_KEYS, "`remediation`");
        return new PolicyDefinition.Remediation(
                string(keys, "cloudformation", m, false),
                string(keys, "terraform", m, false),
                string(keys, "cdk", m, false));
    }

    private PolicyDefinition.Expression expression(
            Map<String, NodeTuple> keys, String key, MappingNode policy, boolean required) {
        NodeTuple entry = keys.get(key);
        String text = string(keys, key, policy, required);
        if (text == null) return null;
        ScalarNode node = (ScalarNode) entry.getValueNode();
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
        int line = line(node);
        int column = column(node);
        if (block) {
            // The text starts on the line after the indicator, at the block's indentation.
            line++;
            column = blockIndent(node) + 1;
        } else if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED
                || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            column++;
        }
        return new PolicyDefinition.Expression(text, line, column, block);
    }

    private int blockIndent(ScalarNode node) {
        Mark start = node.getStartMark();
        int[] buffer = start.getBuffer();
        int i = start.getIndex();
        while (i < buffer.length && buffer[i] != '\n') i++;
        i++;
        int indent = 0;
        while (i < buffer.length && buffer[i] == ' ') {
            indent++;
            i++;
        }
        return indent;
    }

    private String string(Map<String, NodeTuple> keys, String key, MappingNode owner, boolean required) {
        NodeTuple entry = keys.get(key);
        if (entry == null) {
            if (required) error("the policy has no `" + key + ":`", owner.getStartMark());
            return null;
        }
        if (!(entry.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()) {
            error("`" + key + "` must be text", entry.getValueNode().getStartMark());
            return null;
        }
        return s.getValue();
    }

    private Map<String, NodeTuple> entries(MappingNode mapping, List<String> allowed, String what) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                error("keys of " + what + " are names", t.getKeyNode().getStartMark());
                continue;
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                error(
                        "unknown field '" + key + "' in " + what
                                + Suggestions.closest(key, allowed)
                                        .map(c -> "; did you mean '" + c + "'?")
                                        .orElse("; the fields are " + String.join(", ", allowed)),
                        k.getStartMark());
            } else if (out.putIfAbsent(key, t) != null) {
                error("field '" + key + "' is written twice", k.getStartMark());
            }
        }
        return out;
    }

    private void error(String message, Mark mark) {
        errors.add(Diagnostic.error(
                DiagnosticCode.POLICY_ERROR,
                message,
                file,
                mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1));
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }
}
