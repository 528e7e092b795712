package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.intrinsic.TemplateContext.Parameter;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.model.Condition.ParameterIs.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parameter's constraints say about a value that has no {@code Default} and no {@code AllowedValues}.
 *
 * <p>A {@code Number} parameter with {@code MinValue} and {@code MaxValue} takes a value between them. Rules ask
 * threshold questions of numbers ("fewer than 2 instances?", "2 or more?"), whose answer over a range is decided
 * at its ends; so the range becomes its two ends, each under the assumption that the parameter is set to it. An
 * open end (no {@code MaxValue}) becomes a value beyond any threshold, named in messages as "more than the
 * {@code MinValue}". So {@code MinValue: 3} never reads as "may be 1", and {@code MinValue: 1} still reads as
 * "may be 1, or more".
 *
 * <p>An {@code AllowedPattern} that is a plain list of literal words ({@code ^(Enabled|Disabled)$}) allows exactly
 * those values, as {@code AllowedValues} would. Any other pattern does not narrow the value.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 */
final class ParameterConstraints {

    private static final Pattern LITERALS =
            Pattern.compile("\\^?(\\(?)((?:[A-Za-z0-9_:/-]+\\|)*[A-Za-z0-9_:/-]+)(\\)?)\\$?");
    /** Stands for "above the MinValue" and "below the MaxValue" in threshold questions. */
    private static final String ABOVE = Integer.toString(Integer.MAX_VALUE);

    private static final String BELOW = Integer.toString(Integer.MIN_VALUE);

    private ParameterConstraints() {}

    /** The values a literal-list {@code AllowedPattern} allows, or empty. */
    static List<Scalar> patternValues(Parameter p) {
        Scalar pattern = p.allowedPattern();
        if (pattern == null || p.isList()) return List.of();
        String text = pattern.value();
        Matcher m = LITERALS.matcher(text);
        if (!m.matches() || m.group(1).isEmpty() != m.group(3).isEmpty()) return List.of();
        // An alternation without a group binds looser than the anchors: ^a|b$ is not "a or b".
        if (m.group(1).isEmpty() && m.group(2).contains("|") && (text.startsWith("^") || text.endsWith("$"))) {
            return List.of();
        }
        List<Scalar> out = new ArrayList<>();
        for (String v : m.group(2).split("\\|")) out.add(new Scalar(v, false, pattern.span(), pattern.source()));
        return out;
    }

    /** The ends of a number parameter's range, or null when it has neither {@code MinValue} nor {@code MaxValue}. */
    static Outcome range(Intrinsic call, Parameter p) {
        if (!p.type().equals("Number")) return null;
        BigDecimal min = number(p.minValue());
        BigDecimal max = number(p.maxValue());
        if (min == null && max == null) return null;
        List<Alternative> out = new ArrayList<>();
        if (min != null) out.add(end(p, p.minValue(), p.minValue().value(), Bound.AT_MIN_VALUE));
        if (max != null && (min == null || max.compareTo(min) > 0)) {
            out.add(end(p, p.maxValue(), p.maxValue().value(), Bound.AT_MAX_VALUE));
        }
        if (max == null) out.add(end(p, p.minValue(), ABOVE, Bound.ABOVE_MIN_VALUE));
        if (min == null) out.add(end(p, p.maxValue(), BELOW, Bound.BELOW_MAX_VALUE));
        return new Outcome(out, true);
    }

    private static Alternative end(Parameter p, Scalar bound, String value, Bound kind) {
        Scalar node = new Scalar(value, false, bound.span(), bound.source());
        return Alternative.value(node)
                .under(Assumptions.of(Assumption.bounded(p.name(), bound.value(), kind)))
                .orElseThrow();
    }

    private static BigDecimal number(Scalar s) {
        if (s == null) return null;
        try {
            return new BigDecimal(s.value().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
