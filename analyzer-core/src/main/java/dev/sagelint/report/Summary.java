package dev.sagelint.report;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.rules.Severity;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counts that close a report, computed once so that every format says the same.
 *
 * @param findings         how many findings
 * @param bySeverity       findings per severity, with every severity present (zero when none)
 * @param conditional      findings that hold only under a parameter value or condition
 * @param filesRead        files the front-ends analyzed
 * @param filesNotAnalyzed distinct files with an error diagnostic (diagnostics without a file count as one)
 * @param errors           error diagnostics
 * @param warnings         warning diagnostics
 * @param notes            note diagnostics
 */
public record Summary(
        int findings,
        Map<Severity, Integer> bySeverity,
        int conditional,
        int filesRead,
        int filesNotAnalyzed,
        int errors,
        int warnings,
        int notes) {

    public Summary {
        EnumMap<Severity, Integer> complete = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) complete.put(s, bySeverity.getOrDefault(s, 0));
        bySeverity = Collections.unmodifiableMap(complete);
    }

    public static Summary of(ScanResult result) {
        // Counted as the findings were stored: a large scan's are on disk, and a summary needs no pass over them.
        var tally = result.findingTally();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            if (tally.count(s) > 0) bySeverity.put(s, tally.count(s));
        }
        int conditional = tally.conditional();
        Set<Path> failedFiles = new HashSet<>();
        boolean failedWithoutFile = false;
        int errors = 0, warnings = 0, notes = 0;
        for (Diagnostic d : result.diagnostics()) {
            switch (d.level()) {
                case ERROR -> {
                    errors++;
                    if (d.file() == null) {
                        failedWithoutFile = true;
                    } else {
                        failedFiles.add(d.file().toAbsolutePath().normalize());
                    }
                }
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        int notAnalyzed = failedFiles.size() + (failedWithoutFile ? 1 : 0);
        return new Summary(
                result.findings().size(),
                bySeverity,
                conditional,
                result.filesRead(),
                notAnalyzed,
                errors,
                warnings,
                notes);
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }
}
