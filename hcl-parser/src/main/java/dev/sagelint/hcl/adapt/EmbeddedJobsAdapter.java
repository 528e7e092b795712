package dev.sagelint.hcl.adapt;

import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.json.Resolution;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.workflow.EmbeddedJobs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SageMaker jobs that a Terraform resource embeds in a JSON definition: an {@code aws_sfn_state_machine}
 * {@code definition} and an {@code aws_sagemaker_pipeline} {@code pipeline_definition}. This class only turns the
 * definition into positioned JSON and hands it to {@link EmbeddedJobs}, which finds the jobs
 * ({@code <address>/States/<state>}, {@code <address>/Steps/<step>}). The definition is read from the object
 * inside {@code jsonencode(...)}, whose values keep the lines they are written on, or else parsed from the JSON
 * string (a heredoc keeps its lines; any other string points at the attribute). Terraform values do not record
 * where a key is written, so a state or step points at its value, in both forms. A value that is not known
 * before apply stays unknown, with the values a conditional may give it.
 */
final class EmbeddedJobsAdapter {

    private EmbeddedJobsAdapter() {}

    /** The jobs started by the tasks of an {@code aws_sfn_state_machine}. */
    static List<SageMakerResource> stateMachine(
            ResourceInstance r, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        return definition(r, "definition", "state machine", limits, diagnostics)
                .map(d -> jobs(b -> EmbeddedJobs.stateMachine(d, owner(r), b), r, limits, diagnostics))
                .orElse(List.of());
    }

    /**
     * The jobs started by the tasks of an {@code awscc_stepfunctions_state_machine}: its {@code definition_string},
     * else its {@code definition} (both JSON strings in the awscc schema). A definition in Amazon S3
     * ({@code definition_s3_location}) is not read, with a warning.
     */
    static List<SageMakerResource> awsccStateMachine(
            ResourceInstance r, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        String name = r.body().has("definition_string") ? "definition_string" : "definition";
        if (!r.body().has(name) && r.body().has("definition_s3_location")) {
            inS3(r, "state machine", "definition_s3_location", diagnostics);
            return List.of();
        }
        return definition(r, name, "state machine", limits, diagnostics)
                .map(d -> jobs(b -> EmbeddedJobs.stateMachine(d, owner(r), b), r, limits, diagnostics))
                .orElse(List.of());
    }

    /**
     * The jobs run by the steps of an {@code awscc_sagemaker_pipeline}, whose definition is the
     * {@code pipeline_definition_body} string inside the {@code pipeline_definition} object; one in Amazon S3
     * ({@code pipeline_definition_s3_location}) is not read, with a warning.
     */
    static List<SageMakerResource> awsccPipeline(
            ResourceInstance r, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        Optional<View> holder = r.body().blocks("pipeline_definition").stream().findFirst();
        if (holder.isEmpty()) return List.of();
        Optional<Expr> written = r.body()
                .expression("pipeline_definition")
                .map(EmbeddedJobsAdapter::unwrap)
                .flatMap(e -> item(e, "pipeline_definition_body"));
        if (!holder.get().has("pipeline_definition_body") && holder.get().has("pipeline_definition_s3_location")) {
            inS3(r, "pipeline", "pipeline_definition.pipeline_definition_s3_location", diagnostics);
            return List.of();
        }
        return definition(r, written, holder.get().attr("pipeline_definition_body"), "pipeline", limits, diagnostics)
                .map(d -> jobs(b -> EmbeddedJobs.pipeline(d, owner(r), b), r, limits, diagnostics))
                .orElse(List.of());
    }

    /** The value of {@code key} in an object constructor. */
    private static Optional<Expr> item(Expr object, String key) {
        if (!(object instanceof Expr.ObjectCons o)) return Optional.empty();
        return o.items().stream()
                .filter(i -> i.key() instanceof Expr.Literal l && key.equals(l.value()))
                .map(Expr.Item::value)
                .findFirst();
    }

    private static void inS3(ResourceInstance r, String what, String attribute, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.warning(
                DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                "the definition of " + what + " `" + r.address() + "` is in Amazon S3 (`" + attribute
                        + "`), so it is not analyzable: sagelint reads nothing remote, and the SageMaker jobs it "
                        + "starts are not checked",
                r.header().file(),
                r.header().line(),
                r.header().column()));
    }

    /** The jobs run by the steps of an {@code aws_sagemaker_pipeline}. */
    static List<SageMakerResource> pipeline(
            ResourceInstance r, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        if (!r.body().has("pipeline_definition") && r.body().has("pipeline_definition_s3_location")) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                    "the definition of pipeline `" + r.address()
                            + "` is in Amazon S3 (`pipeline_definition_s3_location`), so it is not analyzable: sagelint "
                            + "reads nothing remote, and the SageMaker jobs it runs are not checked",
                    r.header().file(),
                    r.header().line(),
                    r.header().column()));
            return List.of();
        }
        return definition(r, "pipeline_definition", "pipeline", limits, diagnostics)
                .map(d -> jobs(b -> EmbeddedJobs.pipeline(d, owner(r), b), r, limits, diagnostics))
                .orElse(List.of());
    }

    private static EmbeddedJobs.Owner owner(ResourceInstance r) {
        return new EmbeddedJobs.Owner() {
            @Override
            public ResourceId id(String suffix, Span declaration) {
                ResourceId own = r.id();
                return new ResourceId(
                        r.address() + suffix, r.type(), declaration, null, null, null, own.note(), own.calledFrom());
            }

            @Override
            public String index(int index) {
                return index < 0 ? ".*" : "." + index;
            }
        };
    }

    /**
     * The definition as JSON: the argument of {@code jsonencode(...)} as evaluated, or the JSON string parsed.
     * Empty when it is not written; empty with a warning when it cannot be read.
     */
    private static Optional<JsonValue> definition(
            ResourceInstance r, String name, String what, ScanContext.Limits limits, List<Diagnostic> diagnostics) {
        View body = r.body();
        return definition(r, body.expression(name), body.attr(name), what, limits, diagnostics);
    }

    /** The definition written as {@code written} (when the source has it) that evaluates to {@code value}. */
    private static Optional<JsonValue> definition(
            ResourceInstance r,
            Optional<Expr> written,
            Optional<Val> value,
            String what,
            ScanContext.Limits limits,
            List<Diagnostic> diagnostics) {
        View body = r.body();
        Optional<Expr> expr = written.map(EmbeddedJobsAdapter::unwrap);
        if (expr.isPresent()
                && expr.get() instanceof Expr.Call c
                && c.name().equals("jsonencode")
                && c.args().size() == 1
                && !c.expandLast()) {
            Val object = body.evaluate(c.args().get(0));
            if (object instanceof Val.ObjV) return Optional.of(json(object, r.header()));
        }
        if (value.isEmpty() || value.get() instanceof Val.Null) return Optional.empty();
        Val v = value.get();
        Span at = v.origin() != null ? v.origin() : r.header();
        if (v instanceof Val.ObjV) return Optional.of(json(v, r.header()));
        if (v instanceof Val.Unk u) {
            warn(r, what, at, "its value is not known (" + u.reason() + ")", diagnostics);
            return Optional.empty();
        }
        if (!(v instanceof Val.Str s)) {
            warn(r, what, at, "it is a " + Val.typeName(v) + ", not a JSON string", diagnostics);
            return Optional.empty();
        }
        int firstLine = expr.isPresent() && expr.get() instanceof Expr.Literal l && isHeredoc(l)
                ? l.src().span().line() + 1
                : 0;
        JsonReader.Positions positions = firstLine <= 0
                ? (start, end) -> at
                : (start, end) ->
                        Span.at(at.file(), firstLine + Math.max(1, start.line()) - 1, Math.max(1, start.column()));
        JsonReader.Result read = JsonReader.read(at.file(), s.value(), limits, positions);
        if (read.root().isEmpty()) {
            warn(
                    r,
                    what,
                    at,
                    read.diagnostics().isEmpty()
                            ? "it is empty"
                            : "it is not valid JSON: "
                                    + read.diagnostics().get(0).message(),
                    diagnostics);
            return Optional.empty();
        }
        return Optional.of(keysAtValues(read.root().get()));
    }

    private static Expr unwrap(Expr e) {
        Expr current = e;
        while (current instanceof Expr.Parens p) current = p.inner();
        return current;
    }

    /** A heredoc without interpolations: its text is the file's text, line for line. */
    private static boolean isHeredoc(Expr.Literal l) {
        return l.value() instanceof String
                && l.src().start() >= 0
                && l.src().text().startsWith("<<");
    }

    private static void warn(ResourceInstance r, String what, Span at, String why, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.warning(
                DiagnosticCode.DEFINITION_NOT_ANALYZABLE,
                "the definition of " + what + " `" + r.address() + "` is not analyzable: " + why
                        + "; the SageMaker jobs it starts are not checked",
                at.file(),
                at.line(),
                at.column()));
    }

    /** An evaluated value as JSON; a value without a place of its own takes {@code fallback}. */
    private static JsonValue json(Val v, Span fallback) {
        Span at = v.origin() != null ? v.origin() : fallback;
        if (v instanceof Val.ObjV o) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (Map.Entry<String, Val> e : o.fields().entrySet()) {
                JsonValue value = json(e.getValue(), at);
                members.add(new JsonValue.Member(e.getKey(), value.span(), value));
            }
            return new JsonValue.Obj(members, at);
        }
        if (v instanceof Val.ListV l)
            return new JsonValue.Arr(l.items().stream().map(i -> json(i, at)).toList(), at);
        if (v instanceof Val.Str s) return new JsonValue.Str(s.value(), at);
        if (v instanceof Val.Num n) return new JsonValue.Num(plain(n.value()), at);
        if (v instanceof Val.Bool b) return new JsonValue.Bool(b.value(), at);
        if (v instanceof Val.Null) return new JsonValue.Null(at);
        Val.Unk u = (Val.Unk) v;
        List<Resolution.Case> cases = u.alts().stream()
                .map(a -> new Resolution.Case(json(a.value(), at), a.condition()))
                .toList();
        return new JsonValue.Unknown(u.expression(), Resolution.cases(u.reason(), cases), at);
    }

    /**
     * The jobs {@code reader} finds in a definition within a budget of {@code limits}; none, and a
     * {@code limit-exceeded} diagnostic at the resource, when reading it runs out of budget.
     */
    private static List<SageMakerResource> jobs(
            java.util.function.Function<Budget, List<SageMakerResource>> reader,
            ResourceInstance r,
            ScanContext.Limits limits,
            List<Diagnostic> diagnostics) {
        try {
            return reader.apply(Budget.of(limits));
        } catch (Budget.Exceeded e) {
            diagnostics.add(e.locate(r.header()).diagnostic(r.header().file()));
            return List.of();
        }
    }

    private static String plain(BigDecimal n) {
        return dev.sagelint.model.Numbers.render(n);
    }

    /** Parsed JSON with each key pointing at its value, as values from {@code jsonencode} do. */
    private static JsonValue keysAtValues(JsonValue v) {
        if (v instanceof JsonValue.Obj o) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (JsonValue.Member m : o.members()) {
                JsonValue value = keysAtValues(m.value());
                members.add(new JsonValue.Member(m.key(), value.span(), value));
            }
            return new JsonValue.Obj(members, o.span());
        }
        if (v instanceof JsonValue.Arr a) {
            return new JsonValue.Arr(
                    a.items().stream().map(EmbeddedJobsAdapter::keysAtValues).toList(), a.span());
        }
        return v;
    }
}
