package dev.sagelint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.hcl.TerraformFiles;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Terraform, each input generated at a size that once cost minutes or gigabytes, beside a notebook whose
 * {@code root_access} reads what the input computes. With the default limits each evaluates to an unknown value
 * (or a cut-off expansion) and a {@code limit-exceeded} diagnostic at the line where the limit ran out, or, where
 * the input is legal and only used to be slow, to its value with no diagnostic.
 */
class BudgetTest {

    @TempDir
    Path dir;

    /**
     * One input.
     *
     * @param name        what it is
     * @param mainTf      the {@code main.tf} before the notebook
     * @param rootAccess  the expression the notebook's {@code root_access} is set to
     * @param diagnostics the expected diagnostics, each {@code "code line: message start"}
     * @param value       the expected {@code root_access}: a known value, or {@code unknown}
     */
    record Case(String name, String mainTf, String rootAccess, List<String> diagnostics, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String repeat(int n, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, n).mapToObj(line).collect(Collectors.joining());
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "4,000 chained conditionals",
                        "variable \"x\" {}\nlocals {\n  c = " + repeat(4000, i -> "var.x ? \"a" + i + "\" : ")
                                + "\"z\"\n}\n",
                        "local.c",
                        // unknown without the cases of each branch: past 32 they are dropped
                        List.of(),
                        "unknown"),
                new Case(
                        "nested for over range(10000)",
                        "locals {\n  l = [for i in range(10000) : [for j in range(10000) : \"${i}-${j}\"]]\n}\n",
                        "length(local.l) > 0 ? \"Enabled\" : \"Disabled\"",
                        List.of("limit-exceeded 2: evaluating this file takes more than 2000000 steps"),
                        "unknown"),
                new Case(
                        "nested template for directives",
                        "locals {\n  t = \"%{ for i in range(10000) }%{ for j in range(10000) }${i}${j}%{ endfor }"
                                + "%{ endfor }\"\n}\n",
                        "length(local.t) > 0 ? \"Enabled\" : \"Disabled\"",
                        List.of("limit-exceeded 2: evaluating this file takes more than 2000000 steps"),
                        "unknown"),
                new Case(
                        "jsonencode of a doubling object graph",
                        "locals {\n  a0 = {x = 1}\n"
                                + repeat(44, i -> "  a" + (i + 1) + " = {l = local.a" + i + ", r = local.a" + i + "}\n")
                                + "  j = jsonencode(local.a44)\n}\n",
                        "length(local.j) > 0 ? \"Enabled\" : \"Disabled\"",
                        // a19 holds 3 * 2^19 - 1 values
                        List.of("limit-exceeded 21: a list or map would hold 1572863 values"),
                        "unknown"),
                new Case(
                        "44 locals each doubling a string",
                        "locals {\n  s0 = \"ab\"\n"
                                + repeat(44, i -> "  s" + (i + 1) + " = \"${local.s" + i + "}${local.s" + i + "}\"\n")
                                + "}\n",
                        "length(local.s44) > 0 ? \"Enabled\" : \"Disabled\"",
                        List.of("limit-exceeded 24: a string would be 8388608 characters long"),
                        "unknown"),
                new Case(
                        "a module that calls itself with count",
                        "module \"again\" {\n  source = \"./\"\n  count  = 2\n}\n",
                        "\"Enabled\"",
                        List.of(
                                "limit-exceeded 1: the modules called make more than 1000 instances",
                                "module-depth 2: module \"again\" is nested more than 16 levels deep"),
                        "Enabled"),
                new Case(
                        "range near the end of the int range",
                        "locals {\n  r = range(2147483640, 2147483647, 3)\n}\n",
                        "length(local.r) == 3 ? \"Enabled\" : \"Disabled\"",
                        List.of(),
                        "Enabled"),
                new Case(
                        "a 100,000-line heredoc",
                        "locals {\n  h = <<EOT\n" + repeat(100_000, i -> "line " + i + "\n") + "EOT\n}\n",
                        "length(local.h) > 0 ? \"Enabled\" : \"Disabled\"",
                        List.of(),
                        "Enabled"),
                new Case(
                        "a 200,000-step attribute chain",
                        "locals {\n  a = {}\n  b = local" + ".a".repeat(200_000) + "\n}\n",
                        "local.b",
                        List.of("limit-exceeded 3: expressions are nested more than 50000 levels deep"),
                        "unknown"),
                new Case(
                        "count = 1e9",
                        "",
                        "\"Enabled\"\n  count = 1e9",
                        List.of("limit-exceeded 6: aws_sagemaker_notebook_instance.nb has count = 1e9, more instances"
                                + " than 1000; only the first 1000 are analyzed"),
                        "Enabled"),
                new Case("a tiny number", "", "1e-999999999", List.of(), "1E-999999999"),
                new Case("a huge number", "", "1e999999999", List.of(), "1E+999999999"),
                new Case(
                        "arithmetic on numbers far apart",
                        "",
                        "1e999999999 + 1 > 0 ? \"Enabled\" : \"Disabled\"",
                        List.of(),
                        "Enabled"),
                new Case("a remainder too large to compute", "", "1e999999999 % 7", List.of(), "unknown"));
    }

    private static final String NOTEBOOK = """
            resource "aws_sagemaker_notebook_instance" "nb" {
              name          = "nb"
              role_arn      = "arn"
              instance_type = "ml.t2.medium"
              root_access   = %s
            }
            """;

    @ParameterizedTest
    @MethodSource("cases")
    void hostileInputEndsInAValueOrADiagnosticWithItsLine(Case c) {
        TerraformFiles.Result result = TerraformFiles.scan(dir, c.mainTf() + NOTEBOOK.formatted(c.rootAccess()));

        assertThat(result.diagnostics().stream()
                        .map(BudgetTest::describe)
                        .distinct()
                        .sorted())
                .as("diagnostics")
                .hasSameSizeAs(c.diagnostics())
                .zipSatisfy(
                        c.diagnostics().stream().sorted().toList(),
                        (actual, expected) -> assertThat(actual).startsWith(expected));
        NotebookInstance nb = result.resources().stream()
                .filter(r -> r instanceof NotebookInstance)
                .map(NotebookInstance.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(nb.rootAccess() instanceof Prop.Known<?> k ? String.valueOf(k.value()) : "unknown")
                .isEqualTo(c.value());
    }

    private static String describe(Diagnostic d) {
        return d.code().id() + " " + d.line() + ": " + d.message();
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void encodingIsReadAsYamlAndJsonReadersReadIt(String name, byte[] bytes, String expected) throws IOException {
        Files.write(dir.resolve("main.tf"), bytes);
        TerraformFiles.Result result = TerraformFiles.scan(dir, new dev.sagelint.hcl.TerraformFrontend());
        assertThat(result.diagnostics().stream().map(BudgetTest::describe).toList())
                .as(name)
                .satisfies(list -> {
                    if (expected.isEmpty()) {
                        assertThat(list).isEmpty();
                    } else {
                        assertThat(list).singleElement().asString().startsWith(expected);
                    }
                });
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> encodings() {
        byte[] text = NOTEBOOK.formatted("\"Enabled\"").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        byte[] invalid = text.clone();
        int line3 = NOTEBOOK.indexOf("role_arn");
        invalid[line3] = (byte) 0xFF;
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a UTF-8 byte order mark", bom, ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a byte that is not UTF-8",
                        invalid,
                        "encoding-error 3: the file is not valid UTF-8: byte 0xFF at line 3"));
    }
}
