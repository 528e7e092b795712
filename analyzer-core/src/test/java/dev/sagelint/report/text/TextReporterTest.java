package dev.sagelint.report.text;

import static dev.sagelint.report.ReportFixtures.BROKEN;
import static dev.sagelint.report.ReportFixtures.MODEL;
import static dev.sagelint.report.ReportFixtures.NOTEBOOKS;
import static dev.sagelint.report.ReportFixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.Condition;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.report.Summary;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.sagemaker.ModelNetworkIsolation;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private static final String ESC = "\u001b[";

    /** Findings with short messages, so that whole lines can be spelled out. */
    static ScanResult shortFindings(List<Diagnostic> diagnostics) {
        ResourceId model = new ResourceId(
                "Model1F7CB7A4", "AWS::SageMaker::Model", new Span(MODEL, 5, 5, 5, 23), "MlStack", "MlStack/Model");
        ResourceId notebook = ResourceId.of("Notebook", "AWS::SageMaker::NotebookInstance", Span.at(NOTEBOOKS, 4, 3));
        List<Finding> findings = List.of(
                finding(
                        ModelNetworkIsolation.META,
                        Severity.MEDIUM,
                        model,
                        Span.at(MODEL, 5, 5),
                        "EnableNetworkIsolation",
                        "isolation is off",
                        null),
                finding(
                        NotebookRootAccess.META,
                        Severity.HIGH,
                        notebook,
                        Span.at(NOTEBOOKS, 12, 19),
                        "RootAccess",
                        "root is on",
                        null),
                finding(
                        NotebookRootAccess.META,
                        Severity.CRITICAL,
                        notebook,
                        Span.at(NOTEBOOKS, 120, 7),
                        "RootAccess",
                        "root is on for dev",
                        new Condition.AllOf(List.of(new Condition.TemplateCondition("IsDev", true)))));
        return new ScanResult(ROOT, ReportFixtures.metas(), List.of(), findings, diagnostics, 4);
    }

    static Finding finding(
            RuleMeta rule,
            Severity severity,
            ResourceId resource,
            Span at,
            String property,
            String message,
            Condition condition) {
        return new Finding(rule, severity, resource, at, property, message, condition);
    }

    static String text(ScanResult result, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        new TextReporter(colour).write(result, out);
        return out.toString();
    }

    @Test
    void aValueWrittenInAnotherFileSaysWhereTheResourceIsDeclared() throws IOException {
        assertThat(text(ReportFixtures.elsewhere(), false))
                .startsWith(
                        "modules/notebook/variables.tf:3:13  HIGH  SageMaker.3  aws_sagemaker_notebook_instance.lab  "
                                + "`root_access` is `Enabled`")
                .contains("configuration. (declared at modules/notebook/main.tf:1:1)\n");
    }

    @Test
    void oneAlignedLinePerFindingThenTheSummary() throws IOException {
        assertThat(text(shortFindings(List.of()), false))
                .isEqualTo(""
                        + "cdk.out/ml stack.template.json:5:5  MEDIUM    SageMaker.5  MlStack/Model  isolation is off\n"
                        + "templates/notebooks.yaml:12:19      HIGH      SageMaker.3  Notebook       root is on\n"
                        + "templates/notebooks.yaml:120:7      CRITICAL  SageMaker.3  Notebook       (conditional) root is on "
                        + "for dev\n"
                        + "\n"
                        + "3 findings (1 critical, 1 high, 1 medium; 1 conditional) in 4 files\n");
    }

    @Test
    void colourStylesSeverityPathAndSummaryButKeepsTheAlignment() throws IOException {
        String[] lines = text(shortFindings(List.of()), true).split("\n", -1);
        assertThat(lines)
                .containsExactly(
                        ESC + "2mcdk.out/ml stack.template.json:5:5" + ESC + "0m  " + ESC + "33mMEDIUM" + ESC + "0m    "
                                + "SageMaker.5  MlStack/Model  isolation is off",
                        ESC + "2mtemplates/notebooks.yaml:12:19" + ESC + "0m      " + ESC + "1;31mHIGH" + ESC
                                + "0m      " + "SageMaker.3  Notebook       root is on",
                        ESC + "2mtemplates/notebooks.yaml:120:7" + ESC + "0m      " + ESC + "1;35mCRITICAL" + ESC
                                + "0m  " + "SageMaker.3  Notebook       (conditional) root is on for dev",
                        "",
                        ESC + "1m3 findings (1 critical, 1 high, 1 medium; 1 conditional) in 4 files" + ESC + "0m",
                        "");
        String stripped = text(shortFindings(List.of()), true).replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(stripped).isEqualTo(text(shortFindings(List.of()), false));
    }

    @Test
    void findingsFromRulesReadAsTheyAreWritten() throws IOException {
        String[] lines = text(ReportFixtures.findings(), false).split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0])
                .isEqualTo("cdk.out/ml stack.template.json:5:5  MEDIUM  SageMaker.5  MlStack/Model"
                        + "        `EnableNetworkIsolation` is not set, so it defaults to `false`: the model's inference "
                        + "containers can make outbound network calls, so a compromised or malicious container can send data "
                        + "out. Fixing it replaces the model: `EnableNetworkIsolation` cannot be changed in place.");
        assertThat(lines[3])
                .startsWith("templates/notebooks.yaml:9:19       HIGH    SageMaker.3  InsecureNotebook"
                        + "     `RootAccess` is `Enabled`: ");
        assertThat(lines[4])
                .startsWith("templates/notebooks.yaml:22:30      HIGH    SageMaker.3  ConditionalNotebook"
                        + "  (conditional) `RootAccess` is `Enabled` when condition `IsDev` holds: ");
        assertThat(lines[6]).isEqualTo("5 findings (4 high, 1 medium; 1 conditional) in 2 files");
    }

    @Test
    void noFindingsIsOneSummaryLine() throws IOException {
        assertThat(text(ReportFixtures.clean(), false)).isEqualTo("0 findings in 1 file\n");
        assertThat(text(ReportFixtures.clean(), true)).isEqualTo(ESC + "1m0 findings in 1 file" + ESC + "0m\n");
    }

    @Test
    void summaryCountsFilesThatCouldNotBeAnalyzedAndWarnings() throws IOException {
        String[] lines = text(ReportFixtures.partial(), false).split("\n");
        assertThat(lines[lines.length - 1])
                .isEqualTo("1 finding (1 high; 1 conditional) in 3 files; 2 files could not be analyzed; 1 warning");
        Summary one = Summary.of(shortFindings(List.of(
                Diagnostic.error(DiagnosticCode.PARSE_ERROR, "bad", BROKEN, 1, 1),
                Diagnostic.error(DiagnosticCode.DUPLICATE_KEY, "twice", BROKEN, 2, 1))));
        assertThat(TextReporter.summaryLine(one))
                .isEqualTo("3 findings (1 critical, 1 high, 1 medium; 1 conditional) in 4 files; "
                        + "1 file could not be analyzed");
    }

    @Test
    void controlCharactersFromTheInputAreShownNotSent() throws IOException {
        ResourceId hostile =
                ResourceId.of("Evil\u001b]0;owned\u0007", "AWS::SageMaker::NotebookInstance", Span.at(NOTEBOOKS, 1, 1));
        ScanResult result = new ScanResult(
                ROOT,
                ReportFixtures.metas(),
                List.of(),
                List.of(finding(
                        NotebookRootAccess.META,
                        Severity.HIGH,
                        hostile,
                        Span.at(NOTEBOOKS, 2, 3),
                        "RootAccess",
                        "`RootAccess` is `Enabled\u001b[2J`",
                        null)),
                List.of(),
                1);
        assertThat(text(result, false).lines().findFirst().orElseThrow())
                .isEqualTo("templates/notebooks.yaml:2:3  HIGH  SageMaker.3  Evil\\x1b]0;owned\\x07  `RootAccess` is "
                        + "`Enabled\\x1b[2J`");
    }

    @Test
    void diagnosticsPrintLikeCompilerMessages() throws IOException {
        ScanResult result = ReportFixtures.partial();
        StringWriter err = new StringWriter();
        new DiagnosticPrinter(false).write(result, err);
        assertThat(err.toString())
                .isEqualTo(""
                        + "templates/broken.yaml:3:12: error: mapping values are not allowed here [parse-error]\n"
                        + "templates/broken.yaml:7: warning: `Fn::Transform` is not evaluated; values under it are unknown "
                        + "[transform-not-expanded]\n"
                        + "templates/latin1.yaml: error: the file is not valid UTF-8 (byte 0xE9) [encoding-error]\n");
    }

    @Test
    void diagnosticsInColourAndWithoutAFile() {
        DiagnosticPrinter printer = new DiagnosticPrinter(true);
        assertThat(printer.line(ROOT, Diagnostic.error(DiagnosticCode.PARSE_ERROR, "bad", BROKEN, 3, 12)))
                .isEqualTo(ESC + "1mtemplates/broken.yaml:3:12:" + ESC + "0m " + ESC + "1;31merror:" + ESC + "0m bad "
                        + "[parse-error]");
        assertThat(new DiagnosticPrinter(false)
                        .line(
                                ROOT,
                                new Diagnostic(
                                        Diagnostic.Level.NOTE,
                                        DiagnosticCode.INTERNAL_ERROR,
                                        "rule failed",
                                        null,
                                        0,
                                        0)))
                .isEqualTo("sagelint: note: rule failed [internal-error]");
    }

    @Test
    void noDiagnosticsPrintNothing() throws IOException {
        StringWriter err = new StringWriter();
        new DiagnosticPrinter(true).write(ReportFixtures.findings(), err);
        assertThat(err.toString()).isEmpty();
    }
}
