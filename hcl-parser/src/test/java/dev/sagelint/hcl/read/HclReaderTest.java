package dev.sagelint.hcl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.grammar.HclLexer;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HclReaderTest {

    private static final Path FILE = Path.of("main.tf");
    private final HclReader reader = new HclReader(200);

    private Expr parseExpression(String expr) {
        ReadResult r = reader.read(FILE, "x = " + expr + "\n");
        assertThat(r.diagnostics()).as("diagnostics for %s", expr).isEmpty();
        return r.file().orElseThrow().body().attribute("x").orElseThrow().value();
    }

    static Stream<Arguments> expressionForms() {
        return Stream.of(
                Arguments.of("42", Expr.Literal.class),
                Arguments.of("1.5", Expr.Literal.class),
                Arguments.of("1e3", Expr.Literal.class),
                Arguments.of("2.5E-2", Expr.Literal.class),
                Arguments.of("-7", Expr.Literal.class),
                Arguments.of("true", Expr.Literal.class),
                Arguments.of("null", Expr.Literal.class),
                Arguments.of("\"plain\"", Expr.Literal.class),
                Arguments.of("\"a ${var.b} c\"", Expr.Template.class),
                Arguments.of("\"%{if var.a}yes%{else}no%{endif}\"", Expr.Template.class),
                Arguments.of("\"%{for x in var.l}${x},%{endfor}\"", Expr.Template.class),
                Arguments.of("\"${~ var.a ~}\"", Expr.Template.class),
                Arguments.of("[1, \"two\", var.three]", Expr.Tuple.class),
                Arguments.of("[]", Expr.Tuple.class),
                Arguments.of("[1, 2,]", Expr.Tuple.class),
                Arguments.of("{ a = 1, b : 2 }", Expr.ObjectCons.class),
                Arguments.of("{ (var.k) = 1 }", Expr.ObjectCons.class),
                Arguments.of("{}", Expr.ObjectCons.class),
                Arguments.of("{\n  a = 1\n  \"b\" = 2\n}", Expr.ObjectCons.class),
                Arguments.of("var.a", Expr.GetAttr.class),
                Arguments.of("var.list[0]", Expr.Index.class),
                Arguments.of("var.list.0", Expr.Index.class),
                Arguments.of("var.list[*].id", Expr.Splat.class),
                Arguments.of("var.list.*.id", Expr.Splat.class),
                Arguments.of("merge(var.a, var.b)", Expr.Call.class),
                Arguments.of("concat(var.lists...)", Expr.Call.class),
                Arguments.of("provider::aws::arn_parse(\"x\")", Expr.Call.class),
                Arguments.of("f(\n  1,\n  2\n)", Expr.Call.class),
                Arguments.of("[for s in var.l : upper(s) if s != \"\"]", Expr.For.class),
                Arguments.of("[for i, s in var.l : \"${i}=${s}\"]", Expr.For.class),
                Arguments.of("{for k, v in var.m : k => v}", Expr.For.class),
                Arguments.of("{for k, v in var.m : v => k...}", Expr.For.class),
                Arguments.of("{\n  for k, v in var.m :\n  k => v\n  if v != null\n}", Expr.For.class),
                Arguments.of("var.a ? 1 : 2", Expr.Conditional.class),
                Arguments.of("var.a ? var.b ? 1 : 2 : 3", Expr.Conditional.class),
                Arguments.of("!var.a", Expr.Unary.class),
                Arguments.of("-var.a", Expr.Unary.class),
                Arguments.of("1 + 2 * 3", Expr.Binary.class),
                Arguments.of("a || b && c == d", Expr.Binary.class),
                Arguments.of("a < b || a <= b || a > b || a >= b || a != b", Expr.Binary.class),
                Arguments.of("5 % 3 - 4 / 2", Expr.Binary.class),
                Arguments.of("(1 + 2) * 3", Expr.Binary.class),
                Arguments.of("<<EOT\nhello\nEOT", Expr.Literal.class),
                Arguments.of("<<-EOT\n  hello ${var.x}\n  EOT", Expr.Template.class));
    }

    @ParameterizedTest
    @MethodSource("expressionForms")
    void everyExpressionFormParses(String expr, Class<? extends Expr> type) {
        assertThat(parseExpression(expr)).isInstanceOf(type);
    }

    @Test
    void operatorsBindWithHclPrecedence() {
        Expr.Binary or = (Expr.Binary) parseExpression("a || b && c == d + e * f");
        assertThat(or.op()).isEqualTo("||");
        Expr.Binary and = (Expr.Binary) or.right();
        assertThat(and.op()).isEqualTo("&&");
        Expr.Binary eq = (Expr.Binary) and.right();
        assertThat(eq.op()).isEqualTo("==");
        Expr.Binary plus = (Expr.Binary) eq.right();
        assertThat(plus.op()).isEqualTo("+");
        assertThat(((Expr.Binary) plus.right()).op()).isEqualTo("*");
    }

    @Test
    void blocksAttributesCommentsAndPositions() {
        String text = """
                # a comment
                // another
                /* a block
                   comment */
                resource "aws_sagemaker_model" "m" { # trailing
                  name = "x" // trailing
                  primary_container {
                    image = var.image
                  }
                }
                terraform { required_version = ">= 1.5" }
                """;
        ConfigFile file = reader.read(FILE, text).file().orElseThrow();
        Block resource = file.body().blocks("resource").get(0);
        assertThat(resource.labels()).containsExactly("aws_sagemaker_model", "m");
        assertThat(resource.header().line()).isEqualTo(5);
        assertThat(resource.header().column()).isEqualTo(1);
        Attribute name = resource.body().attribute("name").orElseThrow();
        assertThat(name.value().src().span().line()).isEqualTo(6);
        assertThat(name.value().src().span().column()).isEqualTo(10);
        assertThat(name.value().src().span().endColumn()).isEqualTo(13);
        Expr image = resource.body()
                .blocks("primary_container")
                .get(0)
                .body()
                .attribute("image")
                .orElseThrow()
                .value();
        assertThat(image.src().text()).isEqualTo("var.image");
        assertThat(image.src().span().line()).isEqualTo(8);
        assertThat(file.body().blocks("terraform").get(0).body().attribute("required_version"))
                .isPresent();
    }

    @Test
    void heredocKeepsItsLinesAndFlushesIndentation() {
        Expr plain = parseExpression("<<EOT\n  a\n    b\nEOT");
        assertThat(((Expr.Literal) plain).value()).isEqualTo("  a\n    b\n");
        Expr flushed = parseExpression("<<-EOT\n    a\n      b\n    EOT");
        assertThat(((Expr.Literal) flushed).value()).isEqualTo("a\n  b\n");
        Expr marker = parseExpression("<<EOT\nNOT EOT\nEOT");
        assertThat(((Expr.Literal) marker).value()).isEqualTo("NOT EOT\n");
    }

    @Test
    void quotedStringEscapesAreDecoded() {
        Expr e = parseExpression("\"a\\\"b\\n\\u00e9 $${literal} %%{literal}\"");
        assertThat(((Expr.Literal) e).value()).isEqualTo("a\"b\né ${literal} %{literal}");
    }

    @Test
    void syntaxErrorSaysWhereAndWhatWasExpected() {
        ReadResult r = reader.read(FILE, "resource \"a\" \"b\" {\n  x = \n}\n");
        assertThat(r.file()).isEmpty();
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
        assertThat(d.isError()).isTrue();
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(7);
        assertThat(d.message()).contains("expected");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x = \"unterminated\n",
                "x = [1, 2\n",
                "resource \"a\" {\n",
                "x = 1 +\n",
                "x = @\n",
                "= 1\n",
                "x = <<EOT\nno end\n"
            })
    void badInputIsADiagnosticNeverAnException(String text) {
        ReadResult r = reader.read(FILE, text);
        assertThat(r.file()).isEmpty();
        assertThat(r.diagnostics()).isNotEmpty().allMatch(d -> d.code() == DiagnosticCode.PARSE_ERROR && d.line() > 0);
    }

    @Test
    void deeplyNestedExpressionsAreRefusedWithoutOverflow() {
        String deep = "x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        ReadResult r = reader.read(FILE, deep);
        assertThat(r.file()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
        String unary = "x = " + "!".repeat(50_000) + "true\n";
        assertThat(reader.read(FILE, unary).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
    }

    @Test
    void hugeHeredocParses() {
        String line = "some text ${var.x} and more text\n";
        String text = "x = <<EOT\n" + line.repeat(200_000) + "EOT\n";
        ReadResult r = reader.read(FILE, text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(((Expr.Template) r.file()
                                .orElseThrow()
                                .body()
                                .attribute("x")
                                .orElseThrow()
                                .value())
                        .parts())
                .hasSizeGreaterThan(200_000);
    }

    /**
     * A file without errors is read one top-level item at a time; the tree must be the one a reading of the whole
     * file gives, node for node and position for position: on the fixtures that probe the item boundaries and on
     * the project's own Terraform.
     */
    @Test
    void readingItemByItemGivesTheTreeOfTheWholeFile() throws IOException {
        List<Path> roots = List.of(
                Path.of("src/test/resources/read"),
                Path.of("../samples/terraform"),
                Path.of("../cli/src/test/resources/rules"));
        int compared = 0;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p ->
                                p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
                        .toList()) {
                    String text = Files.readString(f);
                    ReadResult whole = reader.readWhole(f, text);
                    assertThat(whole.diagnostics()).as("diagnostics of %s", f).isEmpty();
                    Optional<Body> byItem = reader.readByItem(f, text);
                    // a file named *-whole.tf holds a form that only a reading of the whole file takes
                    assertThat(byItem.isEmpty())
                            .as("read whole: %s", f)
                            .isEqualTo(f.toString().endsWith("-whole.tf"));
                    assertThat(byItem.orElse(whole.file().orElseThrow().body()).toString())
                            .as("tree of %s", f)
                            .isEqualTo(whole.file().orElseThrow().body().toString());
                    assertThat(reader.read(f, text).toString()).as("read %s", f).isEqualTo(whole.toString());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(30);
    }

    /**
     * A node works out its span from code point offsets and the file's line starts: for every token of the test
     * files, that span is the one the lexer's own line and column give.
     */
    @Test
    void spansFromOffsetsAreTheLexersPositions() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/read"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tf")).toList()) {
                CharStream chars = CharStreams.fromString(Files.readString(f), f.toString());
                Source source = new Source(f, chars);
                HclLexer lexer = new HclLexer(chars);
                for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                    String text = t.getText();
                    int lastNl = text.lastIndexOf('\n');
                    int endLine = t.getLine()
                            + (int) text.chars().filter(c -> c == '\n').count();
                    int endColumn =
                            lastNl >= 0 ? text.length() - lastNl : t.getCharPositionInLine() + 1 + text.length();
                    Span expected = new Span(f, t.getLine(), t.getCharPositionInLine() + 1, endLine, endColumn);
                    Span span = source.span(t.getStartIndex(), t.getStartIndex(), t.getStopIndex());
                    assertThat(List.of(span.line(), span.column(), span.endLine(), span.endColumn()))
                            .as("%s in %s", t, f)
                            .isEqualTo(List.of(
                                    expected.line(), expected.column(), expected.endLine(), expected.endColumn()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    /** The project's own Terraform: the samples and the rule fixtures. */
    @Test
    void parsesEveryTerraformFileOfTheProject() throws IOException {
        List<Path> roots = List.of(Path.of("../samples/terraform"), Path.of("../cli/src/test/resources/rules"));
        int parsed = 0;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p ->
                                p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
                        .toList()) {
                    ReadResult r = reader.read(f, Files.readString(f));
                    assertThat(r.diagnostics()).as("diagnostics of %s", f).isEmpty();
                    parsed++;
                }
            }
        }
        assertThat(parsed).isGreaterThan(30);
    }
}
