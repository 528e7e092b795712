package dev.sagelint.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a rule may read besides the resource: the values of its {@linkplain Param parameters}, and the catalog of
 * rules that run in this scan (a rule that asks other rules, such as the plan regression check, must see the
 * rules the project enabled, at the severities it chose).
 *
 * <p>The engine builds one context per scan with {@link #withRules} and binds it to each rule with
 * {@link #forRule} before asking that rule; {@link ResourceRule} binds itself, so a test may pass an unbound
 * context to it.
 */
public final class RuleContext {

    private final ParamValues parameters;
    private final List<Rule> rules;
    private final RuleMeta rule;

    private RuleContext(ParamValues parameters, List<Rule> rules, RuleMeta rule) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.rules = rules;
        this.rule = rule;
    }

    /** A context with these parameter values; the engine adds the rule catalog. */
    public RuleContext(ParamValues parameters) {
        this(parameters, null, null);
    }

    /** No parameter set, no catalog passed in yet. */
    public static RuleContext defaults() {
        return new RuleContext(ParamValues.none());
    }

    public ParamValues parameters() {
        return parameters;
    }

    /** This context with the rules that run in the scan, as the scan sees them (severity overrides applied). */
    public RuleContext withRules(List<Rule> active) {
        return new RuleContext(parameters, List.copyOf(active), rule);
    }

    /** This context as seen by one rule: {@link #get} then reads that rule's parameter values. */
    public RuleContext forRule(RuleMeta meta) {
        return meta.equals(rule) ? this : new RuleContext(parameters, rules, Objects.requireNonNull(meta, "meta"));
    }

    /**
     * The rules that run in this scan, in catalog order.
     *
     * @throws IllegalStateException when no catalog was passed in: the engine always passes one; a test that asks
     *                               a rule which reads the catalog must pass one too
     */
    public List<Rule> rules() {
        if (rules == null) {
            throw new IllegalStateException("no rule catalog in this context; pass one with withRules(...)");
        }
        return rules;
    }

    /**
     * The value of a parameter of the rule this context is bound to: the configured value, else the default.
     *
     * @throws IllegalStateException when the context is not bound to a rule, or the rule does not declare
     *                               {@code param} in its metadata (then configuration could never set it)
     */
    public <T> T get(Param<T> param) {
        if (rule == null) throw new IllegalStateException("the context is not bound to a rule; use forRule(meta)");
        if (!rule.params().contains(param)) {
            throw new IllegalStateException("rule " + rule.id() + " reads parameter " + param.name()
                    + " but does not declare it in its RuleMeta params(...)");
        }
        return parameters.get(rule.id(), param).orElse(param.defaultValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleContext other
                && parameters.equals(other.parameters)
                && Objects.equals(rules, other.rules)
                && Objects.equals(rule, other.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, rules, rule);
    }
}
