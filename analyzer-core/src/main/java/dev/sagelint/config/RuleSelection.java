package dev.sagelint.config;

import dev.sagelint.engine.ScanSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules chosen on the command line ({@code --check}, {@code --skip-check}) or in the Maven plugin
 * ({@code checks}, {@code skipChecks}), combined with the configuration file's selection: a non-empty
 * {@code checks} list replaces the configuration's {@code enable}/{@code disable} (only the rules it matches run),
 * and {@code skipChecks} then leaves out the rules it matches. Each entry is a rule id or a glob over rule ids
 * ({@code *} any characters, {@code ?} one), compared ignoring case; an entry may hold a comma-separated list.
 *
 * @param checks     the entries that choose the rules to run; empty keeps the configuration's choice
 * @param skipChecks the entries that leave rules out
 */
public record RuleSelection(List<String> checks, List<String> skipChecks) {

    public RuleSelection {
        checks = split(checks);
        skipChecks = split(skipChecks);
    }

    /** No selection: the configuration decides. */
    public static RuleSelection none() {
        return new RuleSelection(List.of(), List.of());
    }

    public boolean isEmpty() {
        return checks.isEmpty() && skipChecks.isEmpty();
    }

    /**
     * What is wrong with the entries against the known rule ids: an entry that matches no rule, with the closest id
     * ("did you mean"); a check entry whose every rule a skip entry leaves out again; skip entries that leave out
     * every rule. Empty when the selection runs at least one rule as written.
     *
     * @param checkLabel how the user spells the option that chooses rules, such as {@code --check}
     * @param skipLabel  how the user spells the option that leaves rules out, such as {@code --skip-check}
     */
    public List<String> problems(List<String> ruleIds, String checkLabel, String skipLabel) {
        List<String> problems = new ArrayList<>();
        check(checks, ruleIds, checkLabel, problems);
        check(skipChecks, ruleIds, skipLabel, problems);
        if (!problems.isEmpty()) return problems;
        // A rule chosen and left out again runs nothing, silently: say so.
        for (String entry : checks) {
            Pattern pattern = glob(entry);
            List<String> chosen =
                    ruleIds.stream().filter(id -> pattern.matcher(id).matches()).toList();
            List<String> skipping = skipChecks.stream()
                    .filter(skip -> chosen.stream()
                            .anyMatch(id -> glob(skip).matcher(id).matches()))
                    .toList();
            if (chosen.stream().allMatch(id -> matchesAny(skipChecks, id))) {
                problems.add(checkLabel + " " + entry + " chooses only rules that " + skipLabel + " "
                        + String.join(",", skipping) + " leaves out, so none of them runs; drop one of the two");
            }
        }
        if (problems.isEmpty() && ruleIds.stream().allMatch(id -> matchesAny(skipChecks, id))) {
            problems.add(skipLabel + " " + String.join(",", skipChecks) + " leaves out every rule, so nothing runs");
        }
        return problems;
    }

    private static void check(List<String> entries, List<String> ruleIds, String label, List<String> problems) {
        for (String entry : entries) {
            Pattern pattern = glob(entry);
            if (ruleIds.stream().noneMatch(id -> pattern.matcher(id).matches())) {
                String hint = Suggestions.closest(entry, ruleIds)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse("; 'sagelint rules' lists them");
                problems.add(label + " " + entry + " matches no rule" + hint);
            }
        }
    }

    /** {@code settings} with the rules this selection leaves out added to (or, with checks, replacing) its own. */
    public ScanSettings applyTo(ScanSettings settings, List<String> ruleIds) {
        if (isEmpty()) return settings;
        Set<String> disabled = new LinkedHashSet<>();
        for (String id : ruleIds) {
            boolean chosen = checks.isEmpty() ? !settings.disabledRules().contains(id) : matchesAny(checks, id);
            if (!chosen || matchesAny(skipChecks, id)) disabled.add(id);
        }
        return settings.withDisabledRules(disabled);
    }

    private static boolean matchesAny(List<String> entries, String id) {
        return entries.stream().anyMatch(e -> glob(e).matcher(id).matches());
    }

    private static Pattern glob(String entry) {
        StringBuilder regex = new StringBuilder();
        for (char c : entry.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> split(List<String> entries) {
        List<String> out = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null) continue;
            for (String part : entry.split(",")) {
                String id = part.strip();
                if (!id.isEmpty() && !out.contains(id)) out.add(id);
            }
        }
        return List.copyOf(out);
    }
}
