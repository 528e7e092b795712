package dev.sagelint.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.fix.ProposedFix;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.ToolInfo;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.SuppressedFinding;
import dev.sagelint.suppress.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run whose driver lists every rule that
 * ran, and one result per finding. A rule with a result (counted, suppressed or baselined) carries its full
 * metadata, with its documentation page as {@code help}; a rule without one only its id, name, title, link and
 * level, which keeps the log small.
 *
 * <ul>
 *   <li>Artifact URIs are relative to {@value #SRCROOT}, which {@code originalUriBaseIds} maps to the scan root
 *       as a {@code file:} URI; a file outside the root gets an absolute {@code file:} URI.</li>
 *   <li>{@code partialFingerprints} holds {@link Finding#fingerprint} under {@value #FINGERPRINT_KEY}, so an alert
 *       keeps its identity when lines move.</li>
 *   <li>The resource address is the result's logical location (kind {@code resource}).</li>
 *   <li>Diagnostics become {@code invocations[0].toolExecutionNotifications}, and {@code executionSuccessful} is
 *       false when one of them is an error.</li>
 *   <li>The output is deterministic: no timestamps, no absolute paths besides the root, the scan's order.</li>
 *   <li>GitHub rejects a run with more than {@value #MAX_RESULTS} results; beyond that the most severe findings
 *       are kept and a warning notification says how many were left out. The other limits GitHub documents (rules
 *       per run, tags per rule, locations per result) are far above what one run of sagelint writes.</li>
 *   <li>A finding silenced by an inline suppression is kept with {@code suppressions: [{kind: inSource,
 *       justification}]}, which code scanning shows as suppressed; with a baseline, every result carries
 *       {@code baselineState} {@code new} or {@code unchanged}.</li>
 * </ul>
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "sagelint/v1";
    /**
     * Results per run that GitHub code scanning accepts; see
     * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
     */
    public static final int MAX_RESULTS = 25_000;

    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Pattern PASCAL_WORD = Pattern.compile("[a-z0-9]*([A-Z][a-z0-9]+)*");

    private final ToolInfo tool;
    private final int maxResults;

    /** A reporter that names this build of sagelint. */
    public SarifReporter() {
        this(ToolInfo.current());
    }

    public SarifReporter(ToolInfo tool) {
        this(tool, MAX_RESULTS);
    }

    SarifReporter(ToolInfo tool, int maxResults) {
        this.tool = tool;
        this.maxResults = maxResults;
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Path root =
                result.root() == null ? null : result.root().toAbsolutePath().normalize();
        List<RuleMeta> rules = new ArrayList<>(result.rules());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++)
            ruleIndex.putIfAbsent(rules.get(i).id(), i);
        // A first pass over the findings counts what the log's head says: the rules of findings that are not in the
        // list, and which results the cap keeps (the second pass writes them as it reads them).
        Selection selection = new Selection(maxResults);
        for (Iterator<Entry> it = entries(result); it.hasNext(); ) {
            Entry e = it.next();
            if (e.state() == State.OPEN
                    && !ruleIndex.containsKey(e.finding().rule().id())) {
                ruleIndex.put(e.finding().rule().id(), rules.size());
                rules.add(e.finding().rule());
            }
            selection.count(e.finding());
        }
        selection.cut();

        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", SARIF_VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", tool.name());
            g.writeStringField("version", tool.version());
            if (SEMVER.matcher(tool.version()).matches()) g.writeStringField("semanticVersion", tool.version());
            g.writeStringField("informationUri", tool.informationUri());
            g.writeArrayFieldStart("rules");
            for (RuleMeta rule : rules) {
                if (selection.hasResult(rule.id())) {
                    writeRule(g, rule);
                } else {
                    writeShortRule(g, rule);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", !result.hasErrors());
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (Diagnostic d : result.diagnostics()) writeNotification(g, root, d);
            if (selection.leftOut() > 0) writeTruncationNotice(g, selection.leftOut());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();

            if (root != null) {
                g.writeObjectFieldStart("originalUriBaseIds");
                g.writeObjectFieldStart(SRCROOT);
                g.writeStringField("uri", directoryUri(root));
                g.writeEndObject();
                g.writeEndObject();
            }

            g.writeArrayFieldStart("results");
            // Findings at one location are written together: a fix that edits the value they share names the
            // other resources it changes, so the fixes of a location's open findings are proposed in one call.
            List<Entry> group = new ArrayList<>();
            for (Iterator<Entry> it = entries(result); it.hasNext(); ) {
                Entry e = it.next();
                if (!group.isEmpty()
                        && group.get(0)
                                        .finding()
                                        .location()
                                        .compareTo(e.finding().location())
                                != 0) {
                    writeGroup(g, root, result, group, selection, ruleIndex);
                    group.clear();
                }
                group.add(e);
            }
            writeGroup(g, root, result, group, selection, ruleIndex);
            g.writeEndArray();

            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void writeGroup(
            JsonGenerator g,
            Path root,
            ScanResult result,
            List<Entry> group,
            Selection selection,
            Map<String, Integer> ruleIndex)
            throws IOException {
        boolean[] kept = new boolean[group.size()];
        boolean openKept = false;
        for (int i = 0; i < group.size(); i++) {
            kept[i] = selection.keep(group.get(i).finding());
            openKept |= kept[i] && group.get(i).state() == State.OPEN;
        }
        List<ProposedFix> fixes = List.of();
        if (openKept) {
            fixes = result.fixesOf(group.stream()
                    .filter(e -> e.state() == State.OPEN)
                    .map(Entry::finding)
                    .toList());
        }
        int open = 0;
        for (int i = 0; i < group.size(); i++) {
            Entry e = group.get(i);
            ProposedFix fix = null;
            if (e.state() == State.OPEN) {
                if (!fixes.isEmpty()) fix = fixes.get(open);
                open++;
            }
            if (!kept[i]) continue;
            String baselineState = !result.baselineUsed()
                    ? null
                    : switch (e.state()) {
                        case OPEN -> "new";
                        case UNCHANGED -> "unchanged";
                        case SUPPRESSED -> e.suppressed().inBaseline() ? "unchanged" : "new";
                    };
            writeResult(
                    g, root, e.finding(), ruleIndex.get(e.finding().rule().id()), e.suppressed(), baselineState, fix);
        }
    }

    /** Where a result comes from: the findings that count, those the baseline holds, those suppressed. */
    private enum State {
        OPEN,
        UNCHANGED,
        SUPPRESSED
    }

    private record Entry(Finding finding, State state, SuppressedFinding suppressed) {}

    /**
     * Every result of the log in order: the open, unchanged and suppressed findings, each already sorted, merged
     * by finding order, and at one place open before unchanged before suppressed.
     */
    private static Iterator<Entry> entries(ScanResult result) {
        List<Iterator<Entry>> sources = List.of(
                result.findings().stream()
                        .map(f -> new Entry(f, State.OPEN, null))
                        .iterator(),
                result.unchanged().stream()
                        .map(f -> new Entry(f, State.UNCHANGED, null))
                        .iterator(),
                result.suppressed().stream()
                        .map(s -> new Entry(s.finding(), State.SUPPRESSED, s))
                        .iterator());
        Entry[] heads = new Entry[sources.size()];
        for (int i = 0; i < heads.length; i++)
            heads[i] = sources.get(i).hasNext() ? sources.get(i).next() : null;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                for (Entry head : heads) {
                    if (head != null) return true;
                }
                return false;
            }

            @Override
            public Entry next() {
                int min = -1;
                for (int i = 0; i < heads.length; i++) {
                    if (heads[i] != null && (min < 0 || heads[i].finding().compareTo(heads[min].finding()) < 0)) {
                        min = i;
                    }
                }
                if (min < 0) throw new java.util.NoSuchElementException();
                Entry e = heads[min];
                heads[min] = sources.get(min).hasNext() ? sources.get(min).next() : null;
                return e;
            }
        };
    }

    /**
     * Which results a log of at most {@code max} keeps: the most severe, and of the least severe kept the first in
     * order. Counted in one pass ({@link #count}), then asked in the same order in the next ({@link #keep}).
     */
    private static final class Selection {
        private final int max;
        private final int[] bySeverity = new int[Severity.values().length];
        /** For each rule, the rank of its first finding among the findings of each severity; -1 for none. */
        private final Map<String, int[]> firstRank = new HashMap<>();

        private int total;
        /** The least severe severity kept, and how many of it. */
        private int cutSeverity;

        private int quota;
        private final int[] seen = new int[Severity.values().length];

        Selection(int max) {
            this.max = max;
        }

        void count(Finding f) {
            int s = f.severity().ordinal();
            int[] ranks = firstRank.computeIfAbsent(f.rule().id(), id -> {
                int[] none = new int[bySeverity.length];
                Arrays.fill(none, -1);
                return none;
            });
            if (ranks[s] < 0) ranks[s] = bySeverity[s];
            bySeverity[s]++;
            total++;
        }

        void cut() {
            cutSeverity = bySeverity.length - 1;
            quota = Integer.MAX_VALUE;
            if (total <= max) return;
            int before = 0;
            for (int s = 0; s < bySeverity.length; s++) {
                if (before + bySeverity[s] > max) {
                    cutSeverity = s;
                    quota = max - before;
                    return;
                }
                before += bySeverity[s];
            }
        }

        int leftOut() {
            return total - Math.min(total, max);
        }

        boolean hasResult(String ruleId) {
            int[] ranks = firstRank.get(ruleId);
            if (ranks == null) return false;
            for (int s = 0; s < ranks.length; s++) {
                if (ranks[s] >= 0 && (s < cutSeverity || (s == cutSeverity && ranks[s] < quota))) return true;
            }
            return false;
        }

        /** Whether the next finding in order is kept. */
        boolean keep(Finding f) {
            int s = f.severity().ordinal();
            if (s > cutSeverity) return false;
            return s < cutSeverity || seen[s]++ < quota;
        }
    }

    /**
     * A rule that ran without a result: its id, name, title, link and level, and a one-line help pointing at the
     * documentation (GitHub code scanning requires {@code fullDescription} and {@code help.text} on every rule).
     * The Markdown help of every rule would make a log for two findings hundreds of kilobytes; a viewer needs it
     * only for the rules it shows results of.
     */
    private static void writeShortRule(JsonGenerator g, RuleMeta rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", pascalCase(rule.title()));
        textField(g, "shortDescription", rule.title());
        textField(g, "fullDescription", rule.title());
        g.writeStringField("helpUri", rule.helpUri());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", "No result in this run; see " + rule.helpUri());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", rule.severity().sarifLevel());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleMeta rule) throws IOException {
        String help = rule.helpMarkdown();
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", pascalCase(rule.title()));
        textField(g, "shortDescription", rule.title());
        textField(g, "fullDescription", fullDescription(rule));
        g.writeStringField("helpUri", rule.helpUri());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help);
        g.writeStringField("markdown", help);
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", rule.severity().sarifLevel());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("security-severity", rule.severity().securitySeverity());
        g.writeArrayFieldStart("tags");
        g.writeString("security");
        g.writeString("sagemaker");
        g.writeString("iac");
        // The same check under other names, so that a search for a peer's id finds this rule.
        if (rule.awsConfigRule() != null) g.writeString(rule.awsConfigRule());
        for (String peer : rule.peerIds()) {
            g.writeString(peer);
        }
        g.writeEndArray();
        g.writeStringField("precision", "very-high");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(
            JsonGenerator g,
            Path root,
            Finding f,
            int ruleIndex,
            SuppressedFinding suppressed,
            String baselineState,
            ProposedFix fix)
            throws IOException {
        Span at = f.location();
        ResourceId resource = f.resource();
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.severity().sarifLevel());
        textField(g, "message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, root, at.file());
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", at.line());
        g.writeNumberField("startColumn", at.column());
        g.writeNumberField("endLine", at.endLine());
        g.writeNumberField("endColumn", at.endColumn());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", resource.displayName());
        g.writeStringField("fullyQualifiedName", resource.address());
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                Span related = f.related().get(i);
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                g.writeObjectFieldStart("physicalLocation");
                writeArtifactLocation(g, root, related.file());
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", related.line());
                g.writeNumberField("startColumn", related.column());
                g.writeNumberField("endLine", related.endLine());
                g.writeNumberField("endColumn", related.endColumn());
                g.writeEndObject();
                g.writeEndObject();
                textField(g, "message", Labels.related(f, related));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (fix != null && fix.kind() == ProposedFix.Kind.EDIT) writeFix(g, root, f, fix);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, f.fingerprint(root));
        g.writeEndObject();
        if (suppressed != null) writeSuppression(g, root, suppressed.suppression());
        if (baselineState != null) g.writeStringField("baselineState", baselineState);
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("resourceType", resource.sourceType());
        g.writeStringField("property", f.propertyPath());
        g.writeStringField("fix", Labels.fix(f.rule().fix()));
        if (f.isConditional()) g.writeStringField("condition", f.conditionText());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The fix as SARIF {@code fixes}: one artifact change with its replacements, which a viewer can apply. */
    private static void writeFix(JsonGenerator g, Path root, Finding f, ProposedFix fix) throws IOException {
        String description = fix.description()
                + (fix.replacesResource()
                        ? " Applying it replaces the " + f.rule().subject() + "."
                        : "");
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        textField(g, "description", description);
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        writeArtifactLocation(g, root, f.location().file());
        g.writeArrayFieldStart("replacements");
        for (ProposedFix.Replacement r : fix.replacements()) {
            g.writeStartObject();
            g.writeObjectFieldStart("deletedRegion");
            g.writeNumberField("startLine", r.startLine());
            g.writeNumberField("startColumn", r.startColumn());
            g.writeNumberField("endLine", r.endLine());
            g.writeNumberField("endColumn", r.endColumn());
            g.writeEndObject();
            g.writeObjectFieldStart("insertedContent");
            g.writeStringField("text", r.text());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeSuppression(JsonGenerator g, Path root, Suppression s) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "inSource");
        g.writeStringField("justification", s.justification());
        g.writeObjectFieldStart("location");
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, root, s.at().file());
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", s.at().line());
        g.writeNumberField("startColumn", s.at().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeNotification(JsonGenerator g, Path root, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", d.level().label());
        textField(g, "message", d.message());
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", d.code().id());
        g.writeEndObject();
        if (d.file() != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            writeArtifactLocation(g, root, d.file());
            if (d.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", d.line());
                if (d.column() > 0) g.writeNumberField("startColumn", d.column());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writeTruncationNotice(JsonGenerator g, int leftOut) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", "warning");
        textField(
                g,
                "message",
                leftOut + (leftOut == 1 ? " finding was" : " findings were")
                        + " left out, the least severe first: GitHub code scanning accepts at most " + maxResults
                        + " results per run. The text and JSON reports list every finding.");
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", DiagnosticCode.RESULTS_TRUNCATED.id());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator g, Path root, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        g.writeObjectFieldStart("artifactLocation");
        if (root != null && absolute.startsWith(root) && !absolute.equals(root)) {
            g.writeStringField("uri", encodePath(Labels.path(root, absolute)));
            g.writeStringField("uriBaseId", SRCROOT);
        } else {
            g.writeStringField("uri", absolute.toUri().toASCIIString());
        }
        g.writeEndObject();
    }

    private static void textField(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /**
     * The rule's title as a Pascal identifier, the form SARIF viewers expect of a rule name: every part an upper-case
     * letter followed by lower-case letters or digits. {@code Notebooks should be launched in a custom VPC} becomes
     * {@code NotebooksShouldBeLaunchedInCustomVpc}: articles are dropped, acronyms lowered, and a number joins the
     * word before it.
     */
    static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty() || ARTICLES.contains(word.toLowerCase(Locale.ROOT))) continue;
            if (Character.isDigit(word.charAt(0))) {
                name.append(name.length() == 0 ? "Rule" : "").append(word.toLowerCase(Locale.ROOT));
            } else if (PASCAL_WORD.matcher(word.substring(1)).matches()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                name.append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    private static String fullDescription(RuleMeta rule) {
        String title = rule.title().endsWith(".") ? rule.title() : rule.title() + ".";
        return title + " Otherwise, " + rule.risk() + ". " + rule.fixNote();
    }

    /** The root as a {@code file:} URI ending in {@code /}, as SARIF requires for a base URI. */
    static String directoryUri(Path root) {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * A relative path as a URI reference: every byte but unreserved characters and {@code /} is percent-encoded,
     * so that spaces, {@code %}, {@code #} and {@code :} cannot change its meaning.
     */
    static String encodePath(String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/';
            if (keep) {
                uri.append((char) c);
            } else {
                uri.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }
}
