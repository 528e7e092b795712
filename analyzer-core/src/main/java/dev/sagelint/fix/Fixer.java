package dev.sagelint.fix;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes, for every finding, what can be done about it ({@link #propose}), and applies the fixes of one file in
 * turn ({@link #apply}). The rule declares the value ({@link RuleMeta#literalFix()}); the front-ends' editors turn it
 * into text. Fixes for findings that hold only under a condition are not written, since which value to change is the
 * user's choice; except when the condition is that a parameter keeps its insecure default, where the default is
 * the value to fix (the finding points at it).
 */
public final class Fixer {

    private final List<SourceEditor> editors;
    private final ParseMemo<LineIndex> lineIndexes = new ParseMemo<>((file, text) -> new LineIndex(text));
    private final boolean placeholders;
    /**
     * The files last read, with their digests: findings come sorted by file, so a few suffice, and a scan's fixes
     * proposed a group at a time read each file about once without holding every file's text.
     */
    private final Map<Path, Source> sources = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Source> eldest) {
            return size() > 8;
        }
    };

    /** A file's text as read, or empty when it cannot be read, and its digest once asked. */
    private static final class Source {
        final Optional<String> text;
        String digest;

        Source(Optional<String> text) {
            this.text = text;
        }
    }

    /** A fixer that writes literal fixes only. */
    public Fixer(List<SourceEditor> editors) {
        this(editors, false);
    }

    /**
     * @param placeholders whether to write a rule's {@linkplain RuleMeta#placeholder() placeholder} where the fix
     *                     needs the user's value
     */
    public Fixer(List<SourceEditor> editors, boolean placeholders) {
        this.editors = List.copyOf(editors);
        this.placeholders = placeholders;
    }

    /** The value this fixer writes for a rule's findings, if any. */
    private Optional<Object> valueOf(RuleMeta rule) {
        if (rule.literalFix().isPresent()) return rule.literalFix();
        if (placeholders && rule.placeholder() != null) return Optional.of(rule.placeholder());
        return Optional.empty();
    }

    /**
     * Proposals for these findings, in their order, each computed against its file as it is on disk now. A fix that
     * edits a value several of them share names the other resources it changes, so findings at one location are
     * proposed in one call.
     */
    public synchronized List<ProposedFix> propose(List<Finding> findings) {
        List<ProposedFix> proposals = new ArrayList<>();
        for (Finding finding : findings) {
            proposals.add(proposeOne(finding, file -> source(file).text, file -> {
                Source source = source(file);
                if (source.digest == null) source.digest = digest(source.text.orElseThrow());
                return source.digest;
            }));
        }
        return shared(proposals);
    }

    private Source source(Path file) {
        return sources.computeIfAbsent(file, f -> new Source(read(f)));
    }

    private ProposedFix proposeOne(
            Finding finding,
            java.util.function.Function<Path, Optional<String>> texts,
            java.util.function.Function<Path, String> digests) {
        RuleMeta rule = finding.rule();
        Optional<Object> value = valueOf(rule);
        if (value.isEmpty()) {
            if (rule.valueNeeded() != null) {
                return new ProposedFix(
                        finding,
                        ProposedFix.Kind.NEEDS_VALUE,
                        "Needs your value (" + rule.valueNeeded() + "): " + remediation(finding));
            }
            return notFixable(finding, "No automatic fix: " + rule.fixNote());
        }
        if (finding.isConditional() && !insecureDefault(finding.condition())) {
            return notFixable(
                    finding,
                    "Not fixed automatically: the value is insecure only " + finding.conditionText()
                            + ", so which value to change is your choice. " + remediation(finding));
        }
        FixRequest request = new FixRequest(finding, value.get());
        Optional<SourceEditor> editor =
                editors.stream().filter(e -> e.accepts(request)).findFirst();
        if (editor.isEmpty()) {
            return notFixable(
                    finding,
                    "sagelint cannot edit " + request.file().getFileName() + " (a generated file, or a format "
                            + "without an editor): " + remediation(finding));
        }
        Optional<String> text = texts.apply(request.file());
        if (text.isEmpty())
            return notFixable(finding, "Cannot read " + request.file().getFileName() + ".");
        EditOutcome outcome = safeEdit(editor.get(), text.get(), request);
        if (outcome instanceof EditOutcome.Advice advice) {
            return new ProposedFix(finding, ProposedFix.Kind.ADVICE, advice.text());
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            return notFixable(finding, "Not fixed automatically: " + refused.reason() + ". " + remediation(finding));
        }
        EditOutcome.Edits edits = (EditOutcome.Edits) outcome;
        LineIndex lines = lineIndexes.of(request.file(), text.get());
        List<ProposedFix.Replacement> replacements = new ArrayList<>();
        for (TextEdit e : edits.edits().stream().sorted().toList()) {
            replacements.add(new ProposedFix.Replacement(
                    lines.line(e.start()),
                    lines.column(e.start()),
                    lines.line(e.end()),
                    lines.column(e.end()),
                    e.text()));
        }
        String description = "Set `" + finding.propertyPath() + "` to `" + value.get() + "`"
                + (edits.note() == null ? "" : " (" + edits.note() + ")") + "."
                + (rule.literalFix().isEmpty()
                        ? " This is a PLACEHOLDER: replace it with " + rule.valueNeeded() + " before deploying."
                        : "");
        return new ProposedFix(
                finding,
                ProposedFix.Kind.EDIT,
                description,
                replacements,
                suggestion(lines, edits.edits()),
                digests.apply(request.file()));
    }

    /** Whether the condition is only that parameters keep their defaults: the defaults are then what to fix. */
    private static boolean insecureDefault(Condition condition) {
        if (condition instanceof Condition.ParameterIs p) return p.isDefault();
        if (condition instanceof Condition.AllOf all)
            return all.parts().stream().allMatch(Fixer::insecureDefault);
        if (condition instanceof Condition.AnyOf any)
            return any.parts().stream().allMatch(Fixer::insecureDefault);
        return false;
    }

    /** Names, on a fix that edits a value several findings share, the other resources it changes. */
    private static List<ProposedFix> shared(List<ProposedFix> proposals) {
        Map<String, Set<String>> byPlace = new LinkedHashMap<>();
        for (ProposedFix p : proposals) {
            if (p.kind() == ProposedFix.Kind.EDIT) {
                byPlace.computeIfAbsent(place(p), k -> new LinkedHashSet<>())
                        .add(p.finding().resource().displayName());
            }
        }
        List<ProposedFix> out = new ArrayList<>();
        for (ProposedFix p : proposals) {
            Set<String> resources = p.kind() == ProposedFix.Kind.EDIT ? byPlace.get(place(p)) : Set.of();
            if (resources.size() > 1) {
                String self = p.finding().resource().displayName();
                List<String> others = resources.stream()
                        .filter(r -> !r.equals(self))
                        .map(r -> "`" + r + "`")
                        .toList();
                p = p.withDescription(
                        p.description() + " The same value also changes " + String.join(", ", others) + ".");
            }
            out.add(p);
        }
        return out;
    }

    private static String place(ProposedFix p) {
        Span s = p.finding().location();
        return s.file() + ":" + s.line() + ":" + s.column();
    }

    /** The remediation for the finding's format. */
    private static String remediation(Finding finding) {
        if (finding.resource().origin() != null)
            return finding.rule().remediation().cdk();
        if (finding.resource().sourceType().startsWith("AWS::"))
            return finding.rule().remediation().cloudFormation();
        return finding.rule().remediation().terraform();
    }

    private static ProposedFix notFixable(Finding finding, String why) {
        return new ProposedFix(finding, ProposedFix.Kind.NOT_FIXABLE, why);
    }

    private static EditOutcome safeEdit(SourceEditor editor, String text, FixRequest request) {
        try {
            return editor.edit(text, request);
        } catch (RuntimeException e) {
            return new EditOutcome.Refused("the editor failed on this file (" + e + ")");
        }
    }

    /**
     * A digest of a file's text (SHA-256 of its UTF-8 bytes, in hex): a fix records the one of the text it was
     * computed on, and nothing is written over a file whose text no longer has it.
     */
    public static String digest(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ProposedFix.Suggestion suggestion(LineIndex lines, List<TextEdit> edits) {
        int start = edits.stream().mapToInt(TextEdit::start).min().orElseThrow();
        int end = edits.stream().mapToInt(TextEdit::end).max().orElseThrow();
        int firstLine = lines.line(start);
        int lastLine = lines.line(end);
        int from = lines.lineStart(firstLine);
        int to = lines.lineEnd(lastLine);
        String region = lines.text().substring(from, to);
        List<TextEdit> shifted = edits.stream()
                .map(e -> new TextEdit(e.start() - from, e.end() - from, e.text()))
                .toList();
        return new ProposedFix.Suggestion(firstLine, lastLine, applyAll(region, shifted));
    }

    /** Applies non-overlapping edits of {@code text}. */
    public static String applyAll(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text);
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.reverseOrder());
        for (TextEdit e : ordered) out.replace(e.start(), e.end(), e.text());
        return out.toString();
    }

    /**
     * The fixes of one file applied in turn, from the end of the file to its start, each computed by its editor on
     * the text as the previous ones left it.
     *
     * @param after   the text with every fix that could be applied
     * @param applied the fixes in {@code after}
     * @param failed  the fixes that no longer applied, each with the reason
     */
    public record FileFix(Path file, String before, String after, List<ProposedFix> applied, List<ProposedFix> failed) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** Applies the {@link ProposedFix.Kind#EDIT} fixes among {@code fixes} to {@code text}, the file's content. */
    public FileFix apply(Path file, String text, List<ProposedFix> fixes) {
        List<ProposedFix> ordered = fixes.stream()
                .filter(f -> f.kind() == ProposedFix.Kind.EDIT)
                .sorted(Comparator.comparing((ProposedFix f) -> f.finding().location())
                        .reversed()
                        .thenComparing(f -> f.finding().rule().id())
                        .thenComparing(f -> f.finding().resource().address()))
                .toList();
        String current = text;
        List<ProposedFix> applied = new ArrayList<>();
        List<ProposedFix> failed = new ArrayList<>();
        for (ProposedFix fix : ordered) {
            Optional<Object> value = valueOf(fix.finding().rule());
            if (value.isEmpty()) {
                failed.add(notFixable(fix.finding(), "Not fixed: the rule declares no value to write."));
                continue;
            }
            FixRequest request = new FixRequest(fix.finding(), value.get());
            Optional<SourceEditor> editor =
                    editors.stream().filter(e -> e.accepts(request)).findFirst();
            EditOutcome outcome = editor.isPresent()
                    ? safeEdit(editor.get(), current, request)
                    : new EditOutcome.Refused("no editor for this file");
            if (outcome instanceof EditOutcome.Edits edits) {
                current = applyAll(current, edits.edits());
                applied.add(fix);
            } else {
                String why = outcome instanceof EditOutcome.Refused r ? r.reason() : "not an edit";
                failed.add(notFixable(fix.finding(), "Not fixed: " + why + "."));
            }
        }
        return new FileFix(file, text, current, applied, failed);
    }
}
