package dev.sagelint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.ReadResult;
import dev.sagelint.model.Condition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {

    private static final Path FILE = Path.of("main.tf");

    /** Variables every case can use; {@code var.unset} has no value, {@code var.mode} only its validation list. */
    private static Map<String, Val> variables() {
        return Map.of(
                "name", new Val.Str("ml", null),
                "count", new Val.Num(BigDecimal.valueOf(3), null),
                "on", new Val.Bool(true, null),
                "list", new Val.ListV(List.of(new Val.Str("a", null), new Val.Str("b", null)), null),
                "map", new Val.ObjV(Map.of("k", new Val.Str("v", null)), null),
                "objs",
                        new Val.ListV(
                                List.of(
                                        new Val.ObjV(Map.of("id", new Val.Str("i1", null)), null),
                                        new Val.ObjV(Map.of("id", new Val.Str("i2", null)), null)),
                                null),
                "unset",
                        new Val.Unk(
                                "var.unset", "variable unset has no default and no value in tfvars", List.of(), null),
                "mode",
                        new Val.Unk(
                                "var.mode",
                                "variable mode has no default and no value in tfvars",
                                List.of(
                                        new Val.Alt(new Val.Str("Enabled", null), modeIs("Enabled")),
                                        new Val.Alt(new Val.Str("Disabled", null), modeIs("Disabled"))),
                                null));
    }

    private static Condition.AllOf modeIs(String value) {
        return new Condition.AllOf(List.of(new Condition.VariableAllows("mode", value)));
    }

    private static Val eval(String expr, Map<String, String> locals) {
        HclReader reader = new HclReader(200);
        StringBuilder text = new StringBuilder("x = ").append(expr).append('\n');
        if (!locals.isEmpty()) {
            text.append("locals {\n");
            locals.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
            text.append("}\n");
        }
        ReadResult r = reader.read(FILE, text.toString());
        assertThat(r.diagnostics()).as("diagnostics of %s", expr).isEmpty();
        var body = r.file().orElseThrow().body();
        Map<String, Expr> localExprs = new java.util.LinkedHashMap<>();
        body.blocks("locals").forEach(b -> b.body().attributes().forEach(a -> localExprs.put(a.name(), a.value())));
        ModuleContext ctx = new ModuleContext(Path.of("/m"), Path.of("/root"), variables(), localExprs);
        return new Evaluator(dev.sagelint.engine.Budget.of(ScanContext.Limits.defaults()))
                .evalSafely(body.attribute("x").orElseThrow().value(), Scope.of(ctx));
    }

    /** A compact rendering: strings quoted, unknowns as {@code ?(expression)[alternatives]}. */
    static String show(Val v) {
        if (v instanceof Val.Str s) return "\"" + s.value() + "\"";
        if (v instanceof Val.Num n) return Evaluator.plain(n.value());
        if (v instanceof Val.Bool b) return String.valueOf(b.value());
        if (v instanceof Val.Null) return "null";
        if (v instanceof Val.ListV l)
            return l.items().stream().map(EvaluatorTest::show).collect(Collectors.joining(", ", "[", "]"));
        if (v instanceof Val.ObjV o)
            return o.fields().entrySet().stream()
                    .map(e -> e.getKey() + "=" + show(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        Val.Unk u = (Val.Unk) v;
        return "?(" + u.expression() + ")"
                + (u.alts().isEmpty()
                        ? ""
                        : u.alts().stream().map(a -> show(a.value())).collect(Collectors.joining("|", "[", "]")));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("\"${var.name}-x\"", "\"ml-x\""),
                Arguments.of("\"${var.count}\"", "3"),
                Arguments.of("\"n=${var.count}\"", "\"n=3\""),
                Arguments.of("\"%{if var.on}on%{else}off%{endif}\"", "\"on\""),
                Arguments.of("\"%{for s in var.list}${s};%{endfor}\"", "\"a;b;\""),
                Arguments.of("\"a ${~ \"b\" ~} c\"", "\"abc\""),
                Arguments.of("<<-EOT\n    ${var.name}\n    EOT", "\"ml\n\""),
                Arguments.of("1 + 2 * 3 - 4 / 2 % 3", "5"),
                Arguments.of("-var.count", "-3"),
                Arguments.of("!var.on", "false"),
                Arguments.of("var.count > 2 && var.count <= 3", "true"),
                Arguments.of("var.name == \"ml\" || var.unset", "true"),
                Arguments.of("var.name != \"ml\" && var.unset", "false"),
                Arguments.of("var.on ? \"Enabled\" : \"Disabled\"", "\"Enabled\""),
                Arguments.of(
                        "var.unset ? \"Enabled\" : \"Disabled\"",
                        "?(var.unset ? \"Enabled\" : \"Disabled\")[\"Enabled\"|\"Disabled\"]"),
                Arguments.of("var.unset ? \"a\" : var.unset", "?(var.unset ? \"a\" : var.unset)"),
                Arguments.of("var.mode", "?(var.mode)[\"Enabled\"|\"Disabled\"]"),
                Arguments.of("lower(var.mode)", "?(lower(var.mode))[\"enabled\"|\"disabled\"]"),
                Arguments.of("var.unset", "?(var.unset)"),
                Arguments.of("var.undeclared", "?(var.undeclared)"),
                Arguments.of("aws_kms_key.k.arn", "?(aws_kms_key.k.arn)"),
                Arguments.of("data.aws_region.current.name", "?(data.aws_region.current.name)"),
                Arguments.of("local.a", "\"ml-a\""),
                Arguments.of("local.b", "[\"ml-a\", 2]"),
                Arguments.of("var.list[1]", "\"b\""),
                Arguments.of("var.list.0", "\"a\""),
                Arguments.of("var.map[\"k\"]", "\"v\""),
                Arguments.of("var.objs[*].id", "[\"i1\", \"i2\"]"),
                Arguments.of("var.objs.*.id", "[\"i1\", \"i2\"]"),
                Arguments.of("[for s in var.list : upper(s) if s != \"a\"]", "[\"B\"]"),
                Arguments.of("{for i, s in var.list : s => i}", "{a=0, b=1}"),
                Arguments.of("{for s in [\"x\", \"y\", \"x\"] : s => s...}", "{x=[\"x\", \"x\"], y=[\"y\"]}"),
                Arguments.of("lookup(var.map, \"k\", \"d\")", "\"v\""),
                Arguments.of("lookup(var.map, \"z\", \"d\")", "\"d\""),
                Arguments.of("merge(var.map, { z = 1 })", "{k=\"v\", z=1}"),
                Arguments.of("coalesce(\"\", null, \"c\")", "\"c\""),
                Arguments.of("try(var.map.missing, \"fallback\")", "\"fallback\""),
                Arguments.of("can(var.map.missing)", "false"),
                Arguments.of("can(var.map.k)", "true"),
                Arguments.of("tostring(5)", "\"5\""),
                Arguments.of("tobool(\"true\")", "true"),
                Arguments.of("format(\"%s-%d\", var.name, 7)", "\"ml-7\""),
                Arguments.of("join(\",\", var.list)", "\"a,b\""),
                Arguments.of("concat(var.list, [\"c\"])", "[\"a\", \"b\", \"c\"]"),
                Arguments.of("length(var.list)", "2"),
                Arguments.of("length(\"abc\")", "3"),
                Arguments.of("element(var.list, 3)", "\"b\""),
                Arguments.of("contains(var.list, \"b\")", "true"),
                Arguments.of("contains(var.list, \"z\")", "false"),
                Arguments.of("merge([var.map, {q = 2}]...)", "{k=\"v\", q=2}"),
                Arguments.of("jsonencode({b = [1, true], a = \"x\"})", "\"{\"a\":\"x\",\"b\":[1,true]}\""),
                Arguments.of("jsondecode(\"{\\\"a\\\": [1]}\")", "{a=[1]}"),
                Arguments.of("keys({b = 1, a = 2})", "[\"a\", \"b\"]"),
                Arguments.of("toset([\"a\", \"a\"])", "[\"a\", \"a\"]"),
                Arguments.of("var.map.missing", "?(var.map.missing)"),
                Arguments.of("unknown_function(1)", "?(unknown_function(1))"),
                Arguments.of("path.module", "\"/m\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void evaluates(String expr, String expected) {
        assertThat(show(eval(expr, Map.of("a", "\"${var.name}-a\"", "b", "[local.a, 2]"))))
                .isEqualTo(expected);
    }

    @Test
    void knownValuesKeepTheSpanWhereTheyAreWritten() {
        Val v = eval("var.on ? local.a : \"no\"", Map.of("a", "\"written-here\""));
        assertThat(v.origin().line()).isEqualTo(3);
        assertThat(v.origin().column()).isEqualTo(5);
    }

    @Test
    void conditionalOverAnUnknownNamesTheConditionForEachValue() {
        Val.Unk u = (Val.Unk) eval("var.unset == \"x\" ? \"Enabled\" : \"Disabled\"", Map.of());
        assertThat(u.reason()).contains("variable unset has no default");
        assertThat(u.alts())
                .extracting(a -> a.condition().words())
                .containsExactly("if `var.unset == \"x\"` is true", "if `var.unset == \"x\"` is false");
        assertThat(u.alts().get(0).condition())
                .isEqualTo(new Condition.AllOf(
                        List.of(new Condition.ExpressionIs("var.unset == \"x\"", true, List.of("var.unset")))));
        assertThat(u.alts().get(0).value().origin().column()).isEqualTo(24);
    }

    @Test
    void nestedConditionalsOverAnUnknownJoinTheirConditionsAndNameTheVariables() {
        Val.Unk u = (Val.Unk) eval("var.unset ? (var.on == true ? var.mode : \"Disabled\") : \"Disabled\"", Map.of());
        assertThat(u.alts())
                .extracting(a -> a.condition().words())
                .containsExactly(
                        "if `var.unset` is true and `var.mode` is set to it (its validation allows it)",
                        "if `var.unset` is true and `var.mode` is set to it (its validation allows it)",
                        "if `var.unset` is false");
        assertThat(u.alts())
                .extracting(a -> show(a.value()))
                .containsExactly("\"Enabled\"", "\"Disabled\"", "\"Disabled\"");
        assertThat(u.alts().get(0).condition().inputs())
                .extracting(Condition.Input::name)
                .containsExactly("var.unset", "var.mode");
    }

    @Test
    void localThatRefersToItselfIsUnknown() {
        assertThat(show(eval("local.loop", Map.of("loop", "local.loop")))).startsWith("?(");
    }

    @Test
    void jsondecodeKeepsToTheScanLimitsAndRejectsBadJson() {
        String deep = "[".repeat(250) + "]".repeat(250);
        assertThat(eval("jsondecode(\"" + deep + "\")", Map.of()))
                .isInstanceOfSatisfying(
                        Val.Unk.class, u -> assertThat(u.reason()).isEqualTo("jsondecode: nested too deeply"));
        assertThat(eval("jsondecode(\"{\\\"a\\\": 1} 2\")", Map.of()))
                .isInstanceOfSatisfying(
                        Val.Unk.class,
                        u -> assertThat(u.reason()).isEqualTo("jsondecode: the string is not valid JSON"));
        assertThat(eval("jsondecode(\"[1e99999999999]\")", Map.of()))
                .isInstanceOfSatisfying(
                        Val.Unk.class, u -> assertThat(u.reason()).isEqualTo("jsondecode: a number is out of range"));
        assertThat(show(eval("jsondecode(\"{\\\"a\\\": 1.50, \\\"a\\\": 2}\")", Map.of())))
                .as("the last of a duplicated key counts")
                .isEqualTo("{a=2}");
    }
}
