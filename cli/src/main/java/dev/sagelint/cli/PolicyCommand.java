package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.ScanSettings;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sagelint policy}: commands for custom policies. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Custom policies: test them against fixtures.")
final class PolicyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose test");
    }

    /**
     * {@code sagelint policy test [DIR...]}: scans each folder with only its custom policies and compares their
     * findings with the {@code # expect: POLICY-ID} markers of its fixtures (and the rows of {@code *.expected}
     * files beside JSON fixtures), like the fixture tests of the built-in rules.
     */
    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Runs the project's custom policies on the fixtures of each folder and checks their "
                    + "findings against the fixtures' `# expect: POLICY-ID` markers.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every expected finding is reported and no other",
                "1:a fixture's expectations are not met",
                "2:a policy or fixture could not be read"
            })
    static final class Test implements Callable<Integer> {

        /** {@code # expect: A B "message part"} or {@code // expect: ...} at the end of a line. */
        private static final Pattern MARKER = Pattern.compile("(?:#|//)\\s*expect:\\s*(.+)$");

        /** A row of a {@code .expected} file: {@code line rule-id ["message part"]}. */
        private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)(?:\\s+\"([^\"]*)\")?\\s*$");

        private static final Pattern ITEM = Pattern.compile("([A-Za-z][A-Za-z0-9.]*)(?:\\s+\"([^\"]*)\")?");

        private final CliContext context;

        @Parameters(
                paramLabel = "DIR",
                arity = "0..*",
                description = "Folders with policies (.sagelint/policies/ or a .sagelint.yml) and fixtures; "
                        + "default: the current folder.")
        private List<Path> folders = new ArrayList<>();

        Test(CliContext context) {
            this.context = context;
        }

        /** One expected or reported finding: file, line, policy id, and the message part it must contain. */
        private record Expectation(String file, int line, String rule, String messagePart) {}

        @Override
        public Integer call() {
            int passed = 0;
            int failed = 0;
            boolean error = false;
            for (Path folder : folders.isEmpty() ? List.of(Path.of(".")) : folders) {
                Path root = folder.toAbsolutePath().normalize();
                if (!Files.isDirectory(root)) {
                    context.err().println("sagelint policy test: " + folder + " is not a folder");
                    error = true;
                    continue;
                }
                LoadedConfig loaded = ConfigLoader.resolve(root, null);
                DiagnosticPrinter printer = new DiagnosticPrinter(false);
                for (Diagnostic d : loaded.diagnostics()) context.err().println(printer.line(root, d));
                if (loaded.hasErrors()) {
                    error = true;
                    continue;
                }
                List<Rule> policies = loaded.configuration().policies();
                if (policies.isEmpty()) {
                    context.err()
                            .println("sagelint policy test: no policies in " + folder
                                    + " (.sagelint/policies/*.yaml, or policies: in .sagelint.yml)");
                    error = true;
                    continue;
                }
                Set<String> ids = policies.stream().map(r -> r.meta().id()).collect(Collectors.toSet());
                // Only the policies run: the built-in rules are disabled, so fixtures need no markers for them.
                Set<String> builtIn =
                        Rules.all().stream().map(r -> r.meta().id()).collect(Collectors.toSet());
                ScanRequest request = ScanRequest.of(List.of(root))
                        .withRoot(root)
                        .withSettings(new ScanSettings(builtIn, Map.of(), List.of(), null, false, policies));
                ScanResult result = context.scanner().get().scan(request);
                for (Diagnostic d : result.diagnostics()) context.err().println(printer.line(root, d));
                if (result.hasErrors()) error = true;

                Map<String, List<Expectation>> expected = new TreeMap<>();
                try {
                    expectations(root, ids, expected);
                } catch (IOException e) {
                    context.err().println("sagelint policy test: cannot read the fixtures of " + folder + ": " + e);
                    error = true;
                    continue;
                }
                Map<String, List<Finding>> reported = new TreeMap<>();
                for (Finding f : result.findings()) {
                    reported.computeIfAbsent(relative(root, f.location().file()), k -> new ArrayList<>())
                            .add(f);
                }
                Set<String> files = new java.util.TreeSet<>(expected.keySet());
                files.addAll(reported.keySet());
                for (String file : files) {
                    List<String> problems = compare(
                            file, expected.getOrDefault(file, List.of()), reported.getOrDefault(file, List.of()));
                    String shown = SourcePaths.relative(Path.of("").toAbsolutePath(), root.resolve(file));
                    if (problems.isEmpty()) {
                        passed++;
                        context.out().println("ok    " + shown);
                    } else {
                        failed++;
                        context.out().println("FAIL  " + shown);
                        problems.forEach(p -> context.out().println("      " + p));
                    }
                }
            }
            context.out().println(passed + " passed, " + failed + " failed");
            context.out().flush();
            context.err().flush();
            if (error) return ExitCode.ERROR;
            return failed == 0 ? ExitCode.OK : ExitCode.FINDINGS;
        }

        private static List<String> compare(String file, List<Expectation> expected, List<Finding> reported) {
            List<String> problems = new ArrayList<>();
            List<Finding> unmatched = new ArrayList<>(reported);
            for (Expectation e : expected) {
                Finding match = unmatched.stream()
                        .filter(f -> f.rule().id().equals(e.rule())
                                && f.location().line() == e.line()
                                && (e.messagePart() == null || f.message().contains(e.messagePart())))
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    problems.add("line " + e.line() + ": expected " + e.rule()
                            + (e.messagePart() == null ? "" : " with \"" + e.messagePart() + "\"")
                            + ", not reported");
                } else {
                    unmatched.remove(match);
                }
            }
            for (Finding f : unmatched) {
                problems.add("line " + f.location().line() + ": unexpected "
                        + f.rule().id() + ": " + f.message());
            }
            return problems;
        }

        /** The markers of every fixture under {@code root} that name one of {@code ids}, by relative file. */
        private static void expectations(Path root, Set<String> ids, Map<String, List<Expectation>> out)
                throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !SourcePaths.relative(root, p).startsWith(".sagelint"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".expected")) {
                    Path fixture = file.resolveSibling(name.substring(0, name.length() - ".expected".length()));
                    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (String row : rows) {
                        Matcher m = ROW.matcher(row);
                        if (m.matches() && ids.contains(m.group(2))) {
                            out.computeIfAbsent(relative(root, fixture), k -> new ArrayList<>())
                                    .add(new Expectation(
                                            relative(root, fixture),
                                            Integer.parseInt(m.group(1)),
                                            m.group(2),
                                            m.group(3)));
                        }
                    }
                    continue;
                }
                if (Files.size(file) > 1024 * 1024) continue;
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue; // not text: no markers
                }
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (!m.find()) continue;
                    Matcher item = ITEM.matcher(m.group(1));
                    while (item.find()) {
                        if (!ids.contains(item.group(1))) continue;
                        out.computeIfAbsent(relative(root, file), k -> new ArrayList<>())
                                .add(new Expectation(relative(root, file), i + 1, item.group(1), item.group(2)));
                    }
                }
            }
        }

        private static String relative(Path root, Path file) {
            return SourcePaths.relative(root, file.toAbsolutePath().normalize());
        }
    }
}
