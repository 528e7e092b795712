package dev.sagelint.cfn.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.adapt.TemplateAdapter;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Fn::Join} and {@code Fn::Sub} that repeat a 1 MB parameter default thousands of times (gigabytes once
 * built): the value stops at the string length limit, unknown, with a {@code limit-exceeded} diagnostic at the
 * function; a join within the limit is still evaluated.
 */
class BudgetTest {

    private static final Path FILE = Path.of("/templates/budget.yaml");

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({
        // function, repetitions, length of the RootAccess value the parameter's default gives (0: none), expected
        // diagnostic ("line: message start", or empty)
        "join, 3000, 0,       '9: a string would be 3000002999 characters long, more than the limit of 4194304'",
        "sub,  3000, 0,       '9: a string would be 3000000000 characters long, more than the limit of 4194304'",
        "join, 2,    2000001, ''",
        "sub,  4,    4000000, ''",
    })
    void repeatedParameterStopsAtTheStringLengthLimit(String function, int times, int length, String diagnostic) {
        String refs = function.equals("join")
                ? "!Join [\",\", ["
                        + IntStream.range(0, times).mapToObj(i -> "!Ref P").collect(Collectors.joining(", ")) + "]]"
                : "!Sub \"" + "${P}".repeat(times) + "\"";
        String template = "Parameters:\n"
                + "  P:\n"
                + "    Type: String\n"
                + "    Default: " + "x".repeat(1_000_000) + "\n"
                + "Resources:\n"
                + "  Notebook:\n"
                + "    Type: AWS::SageMaker::NotebookInstance\n"
                + "    Properties:\n"
                + "      RootAccess: " + refs + "\n";
        ScanContext.Limits limits = ScanContext.Limits.defaults();
        ReadResult read = new TemplateReader(limits).read(FILE, template.getBytes(StandardCharsets.UTF_8));
        assertThat(read.diagnostics()).isEmpty();

        TemplateAdapter.Adapted adapted =
                TemplateAdapter.adapt(read.root().orElseThrow(), TemplateAdapter.Input.of(FILE, limits));

        NotebookInstance nb = (NotebookInstance) adapted.resources().get(0);
        // a parameter may be overridden at deployment, so the value is unknown either way; within the limit, the
        // default's value is one it may take
        assertThat(nb.rootAccess())
                .isInstanceOfSatisfying(
                        Prop.Unknown.class,
                        u -> assertThat(u.possibleValues().stream()
                                        .map(p -> ((Prop.Possible<?>) p)
                                                .value()
                                                .toString()
                                                .length())
                                        .toList())
                                .isEqualTo(length == 0 ? List.of() : List.of(length)));
        List<String> diagnostics = adapted.diagnostics().stream()
                .map(d -> d.code().id() + " " + d.line() + ": " + d.message())
                .toList();
        if (diagnostic == null || diagnostic.isEmpty()) {
            assertThat(diagnostics).isEmpty();
        } else {
            assertThat(diagnostics).singleElement().asString().startsWith("limit-exceeded " + diagnostic);
            assertThat(adapted.diagnostics().get(0).level()).isEqualTo(Diagnostic.Level.ERROR);
        }
    }
}
