package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import dev.sagelint.report.ToolInfo;
import dev.sagelint.report.gitlab.GitlabReporter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scan whose findings do not fit in the memory its {@link FindingStore} allows writes, in every format, byte for
 * byte the reports of a scan that keeps them all in memory; and once a unit is handed on, the engine holds neither
 * its model nor its findings. The store is made to spill by setting {@link FindingStore#RUN_PROPERTY} low, so that
 * the samples take the path of a scan of 100,000 templates.
 */
class SpilledScanTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    static Stream<Path> inputs() throws IOException {
        return ParallelScanTest.inputs();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void spilledFindingsWriteWhatFindingsInMemoryWrite(Path input, @TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(input), () -> input + " is not beside this clone");
        Scanner scanner = Scanner.withInstalledFrontends();
        ScanRequest request = ScanRequest.of(List.of(input)).withRoot(input).withWorkers(2);

        ScanResult inMemory = scanner.scan(request);
        Assumptions.assumeTrue(inMemory.findings().size() > 1, () -> "no findings in " + input);
        // Runs of one finding and of three: every finding goes through the file, merged from many runs.
        for (int run : List.of(1, 3)) {
            ScanResult spilled = withRun(run, () -> scanner.scan(request));
            assertThat(((FindingList) spilled.findings()).spilled()).isTrue();
            assertThat(((FindingList) inMemory.findings()).spilled()).isFalse();
            for (String format : Reporters.names()) {
                assertThat(report(format, spilled))
                        .as("%s report of %s, runs of %d", format, input, run)
                        .isEqualTo(report(format, inMemory));
            }
        }

        // With a baseline of every finding, they are all unchanged: that list is spilled too.
        Path baselineFile = temp.resolve("baseline.json");
        try (Writer out = Files.newBufferedWriter(baselineFile, StandardCharsets.UTF_8)) {
            Baseline.write(inMemory, out);
        }
        ScanRequest withBaseline = request.withSettings(request.settings().withBaseline(Baseline.read(baselineFile)));
        ScanResult unchangedInMemory = scanner.scan(withBaseline);
        ScanResult unchangedSpilled = withRun(2, () -> scanner.scan(withBaseline));
        assertThat(unchangedSpilled.unchanged()).hasSize(inMemory.findings().size());
        assertThat(((FindingList) unchangedSpilled.unchanged()).spilled()).isTrue();
        for (String format : List.of("json", "sarif", "text", "markdown")) {
            assertThat(report(format, unchangedSpilled))
                    .as("%s report of %s with a baseline", format, input)
                    .isEqualTo(report(format, unchangedInMemory));
        }
    }

    @Test
    void noModelNorFindingOfAUnitIsHeldOnceTheScanHasStoredIt() throws Exception {
        List<WeakReference<Object>> made = new ArrayList<>();
        List<Frontend> frontends = new ArrayList<>();
        ServiceLoader.load(Frontend.class).forEach(f -> frontends.add(new Recording(f, made)));
        List<Rule> rules = Rules.all().stream()
                .map(rule -> (Rule) new Rule() {
                    @Override
                    public RuleMeta meta() {
                        return rule.meta();
                    }

                    @Override
                    public List<Finding> check(SageMakerResource resource, RuleContext context) {
                        List<Finding> findings = rule.check(resource, context);
                        synchronized (made) {
                            findings.forEach(f -> made.add(new WeakReference<>(f)));
                        }
                        return findings;
                    }
                })
                .toList();
        Scanner scanner = new Scanner(frontends, rules);

        ScanResult result = withRun(
                1,
                () -> scanner.scan(ScanRequest.of(List.of(REPOSITORY.resolve("samples")))
                        .withWorkers(2)
                        .withKeepResources(false)));

        assertThat(result.findings()).hasSizeGreaterThan(20);
        assertThat(made).hasSizeGreaterThan(result.findings().size());
        // The result is still reachable here; the objects the front-ends and rules made should not be.
        for (int i = 0; i < 20 && made.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(made.stream().filter(r -> r.get() != null).map(WeakReference::get))
                .as("models and findings still reachable after the scan stored them")
                .isEmpty();
        assertThat(result.findings()).hasSizeGreaterThan(20);
    }

    /** A front-end that remembers, weakly, every resource it reads. */
    private record Recording(Frontend inner, List<WeakReference<Object>> made) implements Frontend {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public List<FrontendOption> options() {
            return inner.options();
        }

        @Override
        public Frontend configure(FrontendOptions options) {
            return new Recording(inner.configure(options), made);
        }

        @Override
        public int priority() {
            return inner.priority();
        }

        @Override
        public boolean streams(Path file) {
            return inner.streams(file);
        }

        @Override
        public boolean mayRead(Path file) {
            return inner.mayRead(file);
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            return inner.claim(files).stream()
                    .map(u -> new Unit(this, u.primary(), u.files()))
                    .toList();
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            UnitResult result = inner.analyze(new Unit(inner, unit.primary(), unit.files()), context);
            synchronized (made) {
                result.resources().forEach(r -> made.add(new WeakReference<>(r)));
            }
            return result;
        }
    }

    private static <T> T withRun(int run, Callable<T> body) throws Exception {
        String before = System.getProperty(FindingStore.RUN_PROPERTY);
        System.setProperty(FindingStore.RUN_PROPERTY, Integer.toString(run));
        try {
            return body.call();
        } finally {
            if (before == null) {
                System.clearProperty(FindingStore.RUN_PROPERTY);
            } else {
                System.setProperty(FindingStore.RUN_PROPERTY, before);
            }
        }
    }

    private static String report(String format, ScanResult result) throws IOException {
        // GitLab's report holds the time it is written; a fixed clock makes two reports comparable.
        Reporter reporter = format.equals("gitlab")
                ? new GitlabReporter(ToolInfo.current(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                : Reporters.find(format, false).orElseThrow();
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }
}
