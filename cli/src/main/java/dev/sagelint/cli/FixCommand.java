package dev.sagelint.cli;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.fix.Fixer;
import dev.sagelint.fix.ProposedFix;
import dev.sagelint.fix.Replacements;
import dev.sagelint.fix.UnifiedDiff;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint fix}: scans as {@code scan} does (the same {@link ScanSetup} options), then prints the fixes the
 * rules declare as a unified diff, or writes them with {@code --write}. A fix that replaces the resource is held
 * back unless {@code --allow-replacement} is given. Findings that need the user's value, CDK findings and findings
 * that hold only under a condition are listed with what to do.
 */
@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        description = {
            "Fixes insecure SageMaker configuration in place: prints the fixes as a unified diff, or writes them with "
                    + "--write. Only the bytes of each fix change; comments and formatting stay.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing to fix (or, with --write, no finding left)",
            "1:fixes available (without --write), or findings left that sagelint could not fix",
            "2:usage error, some input could not be analyzed, or a file could not be written"
        })
final class FixCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    private final ScanSetup setup = new ScanSetup();

    private final RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--write", description = "Write the fixes into the files instead of printing the diff.")
    private boolean write;

    @Option(
            names = "--allow-replacement",
            description = "Also apply fixes that replace the resource when deployed (a notebook instance loses its "
                    + "ML storage volume; a model, endpoint configuration or job definition is recreated). With a "
                    + "Terraform plan, a fix whose resources the plan creates replaces nothing and needs no flag.")
    private boolean allowReplacement;

    @Option(
            names = "--placeholders",
            description = "Where the fix needs a value only you know (a KMS key ARN, a subnet ID), write a clearly "
                    + "marked placeholder (REPLACE-ME-...) instead of listing it; replace it before deploying.")
    private boolean placeholders;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Findings recorded in this file (see 'sagelint baseline create') are left alone, as scan "
                    + "leaves them out of what counts.")
    private Path baseline;

    FixCommand(CliContext context) {
        this.context = context;
    }

    /** This command's model: its annotations, and the options it shares with {@code scan}. */
    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(this);
        setup.addTo(commandLine.getCommandSpec());
        ruleOptions.addTo(commandLine.getCommandSpec());
        return commandLine;
    }

    @Override
    public Integer call() {
        Baseline recorded = null;
        if (baseline != null) {
            try {
                recorded = Baseline.read(baseline);
            } catch (IOException e) {
                context.err()
                        .println("sagelint fix: cannot read the baseline " + baseline + ": " + ScanCommand.reason(e));
                context.err().flush();
                return ExitCode.ERROR;
            }
        }
        Baseline withBaseline = recorded;
        ScanSetup.Scanned scanned = setup.scan(
                spec,
                context,
                ruleOptions,
                request -> withBaseline == null
                        ? request
                        : request.withSettings(request.settings().withBaseline(withBaseline)));
        if (scanned == null) return ExitCode.ERROR;
        Scanner scanner = scanned.scanner();
        ScanResult result = scanned.result();
        PrintWriter out = context.out();
        Path root = result.root();
        Fixer fixer = new Fixer(scanner.editors(), placeholders);
        List<ProposedFix> proposals = placeholders ? fixer.propose(result.findings()) : result.fixes();

        Replacements replacements = new Replacements(proposals, result.resources());
        Map<Path, List<ProposedFix>> byFile = new TreeMap<>();
        List<ProposedFix> heldBack = new ArrayList<>();
        List<ProposedFix> manual = new ArrayList<>();
        for (ProposedFix fix : proposals) {
            Replacements.Outcome replacing = replacements.of(fix);
            if (fix.kind() != ProposedFix.Kind.EDIT) {
                manual.add(fix);
            } else if (replacing != null && replacing.replacesAny() && !allowReplacement) {
                heldBack.add(fix);
            } else {
                byFile.computeIfAbsent(fix.finding().location().file(), f -> new ArrayList<>())
                        .add(fix);
            }
        }

        boolean writeFailed = false;
        int applied = 0;
        List<ProposedFix> failed = new ArrayList<>();
        for (Map.Entry<Path, List<ProposedFix>> entry : byFile.entrySet()) {
            Path file = entry.getKey();
            String name = SourcePaths.relative(root, file);
            String before;
            try {
                before = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                context.err().println("sagelint fix: cannot read " + name + ": " + ScanCommand.reason(e));
                writeFailed = true;
                continue;
            }
            if (changedSinceProposed(before, entry.getValue())) {
                context.err()
                        .println("sagelint fix: " + name + " not " + (write ? "written" : "fixed")
                                + ": the file changed on disk since sagelint read it; run fix again");
                writeFailed = true;
                for (ProposedFix fix : entry.getValue()) {
                    failed.add(fix.withDescription("Not fixed: the file changed on disk since sagelint read it."));
                }
                continue;
            }
            Fixer.FileFix fileFix = fixer.apply(file, before, entry.getValue());
            failed.addAll(fileFix.failed());
            if (!fileFix.changed()) continue;
            for (ProposedFix fix : fileFix.applied()) out.println("# " + describe(root, fix, replacements));
            if (write) {
                FixWriter.Result written = FixWriter.write(file, before, fileFix.after());
                if (written.outcome() == FixWriter.Outcome.WRITTEN) {
                    out.println("# fixed " + name + " (" + fileFix.applied().size() + " fix"
                            + (fileFix.applied().size() == 1 ? "" : "es") + ")");
                    applied += fileFix.applied().size();
                } else {
                    context.err().println("sagelint fix: " + name + " not written: " + written.detail());
                    writeFailed = true;
                }
            } else {
                out.print(UnifiedDiff.of(name, before, fileFix.after()));
                applied += fileFix.applied().size();
            }
        }
        for (ProposedFix fix : heldBack) {
            out.println("# not applied, it replaces the resource (give --allow-replacement to apply it): "
                    + describe(root, fix, replacements));
        }
        for (ProposedFix fix : failed) out.println("# " + where(root, fix.finding()) + ": " + fix.description());
        for (ProposedFix fix : manual) {
            String label = switch (fix.kind()) {
                case ADVICE -> "change by hand";
                case NEEDS_VALUE -> "needs your value";
                default -> "not fixed";
            };
            Replacements.Outcome replacing = fix.kind() == ProposedFix.Kind.ADVICE ? replacements.of(fix) : null;
            out.println("# " + label + ": " + where(root, fix.finding()) + " "
                    + fix.finding().rule().id() + " `"
                    + fix.finding().resource().displayName() + "`: " + fix.description()
                    + (replacing == null ? "" : " " + replacing.describe()));
        }
        int left = heldBack.size() + failed.size() + manual.size();
        out.println("# " + applied + (write ? " fix(es) written" : " fix(es) available") + ", " + left
                + " finding(s) left to fix by hand" + (heldBack.isEmpty() ? "" : " or with --allow-replacement"));
        out.flush();
        context.err().flush();
        if (result.hasErrors() || writeFailed) return ExitCode.ERROR;
        if (!write) return applied > 0 || left > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        return left > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Whether {@code text}, the file as it is now, is not the text the fixes were computed on. */
    static boolean changedSinceProposed(String text, List<ProposedFix> fixes) {
        String now = Fixer.digest(text);
        return fixes.stream()
                .anyMatch(f -> f.sourceDigest() != null && !f.sourceDigest().equals(now));
    }

    private String describe(Path root, ProposedFix fix, Replacements replacements) {
        Finding f = fix.finding();
        String text =
                where(root, f) + " " + f.rule().id() + " `" + f.resource().displayName() + "`: " + fix.description();
        Replacements.Outcome replacing = replacements.of(fix);
        return replacing == null ? text : text + " " + replacing.describe();
    }

    private String where(Path root, Finding f) {
        return SourcePaths.relative(root, f.location().file()) + ":"
                + f.location().line();
    }
}
