package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates intrinsic functions the way CloudFormation will, as far as a template alone allows: into the values an
 * expression may take, each with the conditions and parameter values that choose it (see {@link Outcome}). Nothing
 * is fetched and nothing is executed; what only deployment can tell (an attribute of a resource, an imported value,
 * a parameter without default) becomes an unresolved alternative with the reason.
 *
 * <p>Evaluation spends a {@link Budget}: a step per function, and the length of each string it builds. A function
 * that runs out of it is unresolved, with the limit as the reason, and the first place each limit ran out becomes a
 * {@code limit-exceeded} diagnostic ({@link #limitDiagnostics}).
 *
 * <p>Each function is one class; {@link Functions} is the table. Function reference:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
public final class Evaluator {

    /** More combinations than this are not enumerated. */
    static final int MAX_ALTERNATIVES = 64;
    /** Deeper nesting of functions (or conditions naming conditions) is not followed. */
    static final int MAX_DEPTH = 64;

    private final TemplateContext template;
    private final Map<String, Optional<Boolean>> decided = new HashMap<>();
    private final Budget budget;
    private final Map<ScanContext.Limit, Budget.Exceeded> exceeded = new EnumMap<>(ScanContext.Limit.class);
    private int depth;

    /** An evaluator with the default limits. */
    public Evaluator(TemplateContext template) {
        this(template, Budget.of(ScanContext.Limits.defaults()));
    }

    public Evaluator(TemplateContext template, Budget budget) {
        this.template = template;
        this.budget = budget;
    }

    /** A {@code limit-exceeded} diagnostic for each limit evaluation ran out of, at the first place it did. */
    public List<Diagnostic> limitDiagnostics(Path file) {
        return exceeded.values().stream().map(x -> x.diagnostic(file)).toList();
    }

    /** An unresolved alternative for {@code call}, which ran out of budget, and a note of where that happened. */
    private Alternative outOfBudget(Intrinsic call, Budget.Exceeded x) {
        exceeded.putIfAbsent(x.limit(), x.locate(call.span()));
        return Alternative.unresolved(call, "it is not evaluated: " + x.getMessage());
    }

    /**
     * {@code parts} joined by {@code delimiter}, written where {@code call} is; unresolved when the string would be
     * longer than the budget allows (a long parameter default repeated many times).
     */
    Alternative joined(Intrinsic call, List<String> parts, String delimiter) {
        long length = (long) delimiter.length() * Math.max(0, parts.size() - 1);
        for (String p : parts) length += p.length();
        try {
            budget.string(length);
        } catch (Budget.Exceeded x) {
            return outOfBudget(call, x);
        }
        return Alternative.value(text(call, String.join(delimiter, parts)));
    }

    public TemplateContext template() {
        return template;
    }

    /**
     * The values of {@code node} at its top: an intrinsic function is evaluated, anything else is its own value.
     * A mapping or list that is returned may still hold functions below its top.
     */
    public Outcome resolve(CfnNode node) {
        if (!(node instanceof Intrinsic call)) return Outcome.of(Alternative.value(node));
        Function function = Functions.get(call.function());
        if (function == null) {
            return Outcome.of(Alternative.unresolved(call, "`" + call.function() + "` is not evaluated"));
        }
        if (depth >= MAX_DEPTH) {
            return Outcome.of(Alternative.unresolved(call, "functions are nested too deeply to evaluate"));
        }
        depth++;
        try {
            budget.step();
            return function.apply(call, this);
        } catch (Budget.Exceeded x) {
            return Outcome.of(outOfBudget(call, x));
        } finally {
            depth--;
        }
    }

    /**
     * The values of {@code node} with every function below its top evaluated too. An entry or list item that
     * evaluates to {@code AWS::NoValue} is dropped, as CloudFormation does; when a part cannot be resolved, the
     * whole alternative is unresolved.
     */
    public Outcome resolveDeep(CfnNode node) {
        Outcome top = resolve(node);
        List<Outcome> parts = new ArrayList<>();
        for (Alternative alternative : top.alternatives()) {
            if (!alternative.isValue() || isLiteral(alternative.node())) {
                parts.add(new Outcome(List.of(alternative), top.exhaustive()));
                continue;
            }
            Outcome inner = alternative.node() instanceof Mapping m
                    ? deepMapping(m)
                    : deepSequence((Sequence) alternative.node());
            Outcome under = inner.under(alternative.when(), top.exhaustive());
            if (under != null) parts.add(under);
        }
        return parts.isEmpty() ? top : Outcome.merge(parts);
    }

    private Outcome deepMapping(Mapping m) {
        List<Outcome> values = new ArrayList<>();
        for (Entry e : m.entries()) values.add(resolveDeep(e.value()));
        return combine(m, values, parts -> {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).isAbsent()) continue;
                Entry e = m.entries().get(i);
                entries.add(new Entry(e.key(), e.keySpan(), parts.get(i).node()));
            }
            return Alternative.value(new Mapping(entries, m.span(), m.source()));
        });
    }

    private Outcome deepSequence(Sequence s) {
        List<Outcome> values = new ArrayList<>();
        for (CfnNode item : s.items()) values.add(resolveDeep(item));
        return combine(s, values, parts -> {
            List<CfnNode> items = new ArrayList<>();
            for (Alternative part : parts) {
                if (!part.isAbsent()) items.add(part.node());
            }
            return Alternative.value(new Sequence(items, s.span(), s.source()));
        });
    }

    /**
     * Every combination of the parts' alternatives that can hold together, each built into one alternative by
     * {@code build}; a combination with an unresolved part is unresolved with that part's reason.
     */
    Outcome combine(
            CfnNode whole, List<Outcome> parts, java.util.function.Function<List<Alternative>, Alternative> build) {
        List<Combination> combinations = new ArrayList<>();
        combinations.add(new Combination(List.of(), Assumptions.NONE));
        boolean exhaustive = true;
        for (Outcome part : parts) {
            exhaustive &= part.exhaustive();
            List<Combination> next = new ArrayList<>();
            for (Combination c : combinations) {
                for (Alternative a : part.alternatives()) {
                    Optional<Assumptions> when = c.when().and(a.when());
                    if (when.isEmpty()) continue;
                    List<Alternative> chosen = new ArrayList<>(c.parts());
                    chosen.add(a);
                    next.add(new Combination(chosen, when.get()));
                }
            }
            if (next.size() > MAX_ALTERNATIVES) {
                return Outcome.of(Alternative.unresolved(
                        whole, "it has too many combinations of conditions and " + "parameter values to enumerate"));
            }
            combinations = next;
        }
        List<Alternative> out = new ArrayList<>();
        for (Combination c : combinations) {
            Optional<Alternative> unresolved =
                    c.parts().stream().filter(Alternative::isUnresolved).findFirst();
            Alternative built = unresolved.isPresent()
                    ? new Alternative(
                            Alternative.Kind.UNRESOLVED,
                            whole,
                            unresolved.get().reason(),
                            Assumptions.NONE,
                            unresolved.get().resource())
                    : build.apply(c.parts());
            built.under(c.when()).ifPresent(out::add);
        }
        if (out.isEmpty()) return Outcome.of(Alternative.unresolved(whole, "no combination of its parts can hold"));
        return new Outcome(out, exhaustive);
    }

    private record Combination(List<Alternative> parts, Assumptions when) {}

    /** Whether {@code condition} is decided by the template alone: empty when it depends on deployment. */
    Optional<Boolean> decide(String condition) {
        if (decided.containsKey(condition)) return decided.get(condition);
        decided.put(condition, Optional.empty());
        Optional<Boolean> result = Optional.empty();
        Optional<CfnNode> body = template.condition(condition);
        if (body.isPresent()) {
            Outcome outcome = resolveDeep(body.get());
            List<Boolean> values = new ArrayList<>();
            for (Alternative a : outcome.alternatives()) {
                values.add(a.isValue() && a.node() instanceof Scalar s ? bool(s) : null);
            }
            if (outcome.exhaustive()
                    && !values.contains(null)
                    && values.stream().distinct().count() == 1) {
                result = Optional.of(values.get(0));
            }
        }
        decided.put(condition, result);
        return result;
    }

    /** The values of a condition's body, or null when it is not declared. */
    Outcome conditionOutcome(String condition) {
        return template.condition(condition).map(this::resolveDeep).orElse(null);
    }

    private static Boolean bool(Scalar s) {
        if (s.value().equalsIgnoreCase("true")) return true;
        if (s.value().equalsIgnoreCase("false")) return false;
        return null;
    }

    /** Whether a node holds no intrinsic function at any depth. */
    static boolean isLiteral(CfnNode node) {
        return node.firstIntrinsic().isEmpty();
    }

    /** A computed string, written where {@code call} is written. */
    static Scalar text(Intrinsic call, String value) {
        return new Scalar(value, false, call.span(), call.source());
    }

    /** The text of a scalar alternative, or null when the alternative is not a single value. */
    static String textOf(Alternative a) {
        return a.isValue() && a.node() instanceof Scalar s && !s.isNull() ? s.value() : null;
    }
}
