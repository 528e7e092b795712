package dev.sagelint.config;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.PathFilter;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.policy.Policies;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ParamValues;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.Severity;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one configuration text through SnakeYAML's node tree, which keeps the position of every key and value,
 * so that each error points at the line and column to fix. Collects every error rather than stopping at the first.
 */
final class ConfigReader {

    private static final List<String> TOP_KEYS =
            List.of("fail-on", "fail-on-empty", "exclude", "rules", "policies", "limits");
    private static final List<String> LIMIT_KEYS = java.util.Arrays.stream(ScanContext.Limit.values())
            .map(ScanContext.Limit::key)
            .toList();
    private static final List<String> RULES_KEYS = List.of("enable", "disable", "severity", "parameters");
    private static final List<String> FAIL_ON_VALUES = List.of("critical", "high", "medium", "low", "none");

    private final Path source;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, String> ruleIds = new LinkedHashMap<>();
    /** The parameters each rule declares, by rule id, in catalog order. */
    private final Map<String, List<Param<?>>> declared = new LinkedHashMap<>();

    private String failOn;
    private boolean failOnEmpty;
    private final Map<ScanContext.Limit, Long> limits = new java.util.EnumMap<>(ScanContext.Limit.class);
    private final List<String> excludes = new ArrayList<>();
    private Set<String> enabled;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, ScalarNode> disabledAt = new java.util.HashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<Rule> catalog;
    private Policies.Loaded policies = Policies.Loaded.none();
    private ParamValues parameters = ParamValues.none();

    ConfigReader(Path source, List<Rule> catalog) {
        this.source = source;
        this.catalog = catalog;
        for (Rule rule : catalog) {
            ruleIds.put(rule.meta().id().toLowerCase(Locale.ROOT), rule.meta().id());
            if (!rule.meta().params().isEmpty())
                declared.put(rule.meta().id(), rule.meta().params());
        }
    }

    LoadedConfig read(String text) {
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null
                    ? e.getProblem()
                    : e.getMessage().lines().findFirst().orElse("");
            errors.add(Diagnostic.error(
                    DiagnosticCode.CONFIG_ERROR,
                    "not valid YAML: " + problem,
                    source,
                    mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1));
            return result();
        } catch (YAMLException e) {
            errors.add(
                    Diagnostic.error(DiagnosticCode.CONFIG_ERROR, "not valid YAML: " + e.getMessage(), source, 0, 0));
            return result();
        }
        if (root == null || isNull(root)) {
            loadPolicies(List.of());
            return result();
        }
        MappingNode top = mapping(root, "the configuration");
        if (top != null) {
            List<NodeTuple> entries = entries(top, TOP_KEYS);
            // Policies first: the rest of the file may name their ids.
            List<Path> listed = new ArrayList<>();
            for (NodeTuple entry : entries) {
                if (((ScalarNode) entry.getKeyNode()).getValue().equals("policies")) {
                    for (ScalarNode item : sequence(entry.getValueNode(), "policies")) {
                        String path = string(item, "a policy file or folder");
                        if (path != null) listed.add(folder().resolve(path).normalize());
                    }
                }
            }
            loadPolicies(listed);
            for (NodeTuple entry : entries) {
                String key = ((ScalarNode) entry.getKeyNode()).getValue();
                Node value = entry.getValueNode();
                switch (key) {
                    case "fail-on" -> failOn = choice(value, "fail-on", FAIL_ON_VALUES);
                    case "fail-on-empty" -> failOnEmpty = bool(value, "fail-on-empty");
                    case "exclude" -> readExcludes(value);
                    case "rules" -> readRules(value);
                    case "policies" -> {}
                    case "limits" -> readLimits(value);
                    default -> throw new IllegalStateException(key);
                }
            }
        }
        return result();
    }

    private LoadedConfig result() {
        Set<String> disabledRules = new LinkedHashSet<>(disabled);
        if (enabled != null) {
            ruleIds.values().stream().filter(id -> !enabled.contains(id)).forEach(disabledRules::add);
        }
        Configuration configuration = new Configuration(
                source, disabledRules, severities, parameters, excludes, failOn, policies.rules(), failOnEmpty, limits);
        errors.addAll(policies.diagnostics());
        errors.sort(java.util.Comparator.naturalOrder());
        return new LoadedConfig(configuration, errors);
    }

    /** The folder the file is in, which its relative paths start from. */
    private Path folder() {
        Path parent = source == null ? null : source.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** Loads the policies beside the file and those it lists; their ids become rule ids the file may name. */
    private void loadPolicies(List<Path> listed) {
        policies = Policies.load(Policies.files(folder(), listed), catalog);
        for (Rule policy : policies.rules()) {
            ruleIds.put(
                    policy.meta().id().toLowerCase(Locale.ROOT), policy.meta().id());
        }
    }

    private void readExcludes(Node value) {
        for (ScalarNode item : sequence(value, "exclude")) {
            String glob = string(item, "an exclude pattern");
            if (glob == null) continue;
            try {
                new PathFilter(List.of(), List.of(glob));
                excludes.add(glob);
            } catch (IllegalArgumentException e) {
                error(item, e.getMessage());
            }
        }
    }

    private void readLimits(Node value) {
        MappingNode map = mapping(value, "limits");
        if (map == null) return;
        for (NodeTuple entry : entries(map, LIMIT_KEYS)) {
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            Node node = entry.getValueNode();
            Long n = null;
            if (node instanceof ScalarNode s && s.getTag() == Tag.INT) {
                try {
                    n = Long.parseLong(s.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            ScanContext.Limit limit = ScanContext.Limit.byKey(key);
            long max = limit.isInt() ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (n == null || n < 1 || n > max) {
                error(node, "limits." + key + " must be a whole number from 1 to " + max + ", not " + describe(node));
                continue;
            }
            limits.put(limit, n);
        }
    }

    private void readRules(Node value) {
        MappingNode rules = mapping(value, "rules");
        if (rules == null) return;
        for (NodeTuple entry : entries(rules, RULES_KEYS)) {
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            Node node = entry.getValueNode();
            switch (key) {
                case "enable" -> {
                    enabled = new LinkedHashSet<>();
                    for (ScalarNode item : sequence(node, "rules.enable"))
                        ruleId(item).ifPresent(enabled::add);
                }
                case "disable" -> {
                    for (ScalarNode item : sequence(node, "rules.disable"))
                        ruleId(item).ifPresent(id -> {
                            disabled.add(id);
                            disabledAt.putIfAbsent(id, item);
                        });
                }
                case "severity" -> readSeverities(node);
                case "parameters" -> readParameters(node);
                default -> throw new IllegalStateException(key);
            }
        }
        if (enabled == null) return;
        for (String id : enabled) {
            if (!disabled.contains(id)) continue;
            error(
                    disabledAt.get(id),
                    "rule " + id + " is both in rules.enable and in rules.disable, so it would not run; "
                            + "remove it from one of them");
        }
    }

    private void readSeverities(Node value) {
        MappingNode map = mapping(value, "rules.severity");
        if (map == null) return;
        for (NodeTuple entry : entries(map, null)) {
            Optional<String> id = ruleId((ScalarNode) entry.getKeyNode());
            String label = choice(entry.getValueNode(), "the severity", FAIL_ON_VALUES.subList(0, 4));
            if (id.isPresent() && label != null)
                severities.put(id.get(), Severity.parse(label).orElseThrow());
        }
    }

    private void readParameters(Node value) {
        MappingNode map = mapping(value, "rules.parameters");
        if (map == null) return;
        for (NodeTuple entry : entries(map, null)) {
            ScalarNode idNode = (ScalarNode) entry.getKeyNode();
            Optional<String> id = ruleId(idNode);
            if (id.isEmpty()) continue;
            List<Param<?>> known = declared.getOrDefault(id.get(), List.of());
            if (known.isEmpty()) {
                error(idNode, id.get() + " has no parameters; the rules with parameters are " + describeDeclared());
                continue;
            }
            MappingNode values = mapping(entry.getValueNode(), "the parameters of " + id.get());
            if (values == null) continue;
            for (NodeTuple parameter :
                    entries(values, known.stream().map(Param::name).toList())) {
                String name = ((ScalarNode) parameter.getKeyNode()).getValue();
                Param<?> param = known.stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow();
                readParameter(id.get(), param, parameter.getValueNode());
            }
        }
    }

    /** Reads one parameter value of its declared type into {@link #parameters}, or reports why it is wrong. */
    @SuppressWarnings("unchecked")
    private void readParameter(String ruleId, Param<?> param, Node node) {
        switch (param.type()) {
            case INTEGER -> {
                Integer value = integer(node, "the parameter", param.min() == null ? Integer.MIN_VALUE : param.min());
                if (value != null) parameters = parameters.with(ruleId, (Param<Integer>) param, value);
            }
            case STRINGS -> {
                List<String> values = new ArrayList<>();
                for (ScalarNode item : sequence(node, "the parameter")) {
                    String value = string(item, "a value");
                    if (value != null) values.add(value);
                }
                parameters = parameters.with(ruleId, (Param<List<String>>) param, values);
            }
            default -> throw new IllegalStateException("no reader for parameter type " + param.type());
        }
    }

    /** Every rule with parameters and their names, for messages: {@code SageMaker.4 (minimumInstanceCount), ...}. */
    private String describeDeclared() {
        return declared.entrySet().stream()
                .map(e -> e.getKey() + " ("
                        + e.getValue().stream().map(Param::name).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The entries of a mapping whose keys are plain strings, each once; reports other keys. With {@code allowed},
     * a key not in it is reported (with the closest allowed key) and left out.
     */
    private List<NodeTuple> entries(MappingNode mapping, List<String> allowed) {
        List<NodeTuple> kept = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                error(entry.getKeyNode(), "a key must be a plain string");
                continue;
            }
            if (seen.putIfAbsent(key.getValue(), key) != null) {
                error(
                        key,
                        "duplicate key '" + key.getValue() + "' (first at line "
                                + (seen.get(key.getValue()).getStartMark().getLine() + 1) + ")");
                continue;
            }
            if (allowed != null && !allowed.contains(key.getValue())) {
                String hint = Suggestions.didYouMean(key.getValue(), allowed);
                error(
                        key,
                        "unknown key '" + key.getValue() + "'"
                                + (hint.isEmpty()
                                        ? "; expected " + (allowed.size() == 1 ? "" : "one of ")
                                                + String.join(", ", allowed)
                                        : hint));
                continue;
            }
            kept.add(entry);
        }
        return kept;
    }

    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) return m;
        if (isNull(node)) return null;
        error(node, what + " must be a mapping (key: value lines), not " + describe(node));
        return null;
    }

    /** The scalar items of a sequence; a single scalar is taken as a list of one. Reports anything else. */
    List<ScalarNode> sequence(Node node, String what) {
        if (node instanceof ScalarNode s && !isNull(s)) return List.of(s);
        if (!(node instanceof SequenceNode seq)) {
            if (!isNull(node)) error(node, what + " must be a list, not " + describe(node));
            return List.of();
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) {
                items.add(s);
            } else {
                error(item, "an item of " + what + " must be a single value, not " + describe(item));
            }
        }
        return items;
    }

    /** A non-empty string value, or null after reporting why not. */
    String string(Node node, String what) {
        if (!(node instanceof ScalarNode s) || isNull(s)) {
            error(node, what + " must be a string, not " + describe(node));
            return null;
        }
        if (s.getValue().isBlank()) {
            error(node, what + " must not be empty");
            return null;
        }
        return s.getValue();
    }

    /** An integer value, or null after reporting why not. */
    Integer integer(Node node, String what, int minimum) {
        if (!(node instanceof ScalarNode s) || s.getTag() != Tag.INT) {
            error(node, what + " must be a whole number, not " + describe(node));
            return null;
        }
        try {
            int value = Integer.parseInt(s.getValue().replace("_", ""));
            if (value < minimum) {
                error(node, what + " must be at least " + minimum + ", not " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(node, what + " must be a whole number, not " + describe(node));
            return null;
        }
    }

    private boolean bool(Node node, String what) {
        if (node instanceof ScalarNode s && s.getTag() == Tag.BOOL) {
            return List.of("true", "yes", "on").contains(s.getValue().toLowerCase(Locale.ROOT));
        }
        error(node, what + " must be true or false, not " + describe(node));
        return false;
    }

    private String choice(Node node, String what, List<String> values) {
        String text = node instanceof ScalarNode s && !isNull(s) && s.getTag() == Tag.STR ? s.getValue() : null;
        if (text != null && values.contains(text.toLowerCase(Locale.ROOT))) return text.toLowerCase(Locale.ROOT);
        error(
                node,
                what + " must be one of " + String.join(", ", values) + ", not "
                        + (text != null ? "'" + text + "'" : describe(node)));
        return null;
    }

    private Optional<String> ruleId(ScalarNode node) {
        String id = ruleIds.get(node.getValue().trim().toLowerCase(Locale.ROOT));
        if (id == null) {
            error(
                    node,
                    "unknown rule '" + node.getValue() + "'"
                            + Suggestions.didYouMean(node.getValue(), List.copyOf(ruleIds.values()))
                            + " (see 'sagelint rules')");
        }
        return Optional.ofNullable(id);
    }

    void error(Node node, String message) {
        Mark mark = node.getStartMark();
        errors.add(Diagnostic.error(
                DiagnosticCode.CONFIG_ERROR,
                message,
                source,
                mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag() == Tag.NULL;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) node;
        if (s.getTag() == Tag.NULL) return "an empty value";
        String kind = s.getTag() == Tag.INT
                ? "the number"
                : s.getTag() == Tag.BOOL ? "the boolean" : s.getTag() == Tag.FLOAT ? "the number" : "the string";
        return kind + " '" + s.getValue() + "'";
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) ConfigLoader.MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }
}
