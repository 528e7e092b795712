package dev.sagelint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A property of a resource as a rule sees it: a value that is {@link Known known} where it is written,
 * {@link Unknown unknown} when it cannot be decided statically, or {@link Absent absent} so that the AWS default
 * applies. Every variant carries the property path as written in the source language ({@code RootAccess},
 * {@code root_access}) and a span: where the value is written, or the enclosing resource or block when absent.
 *
 * <p>Rules do not switch over the variants; they ask {@link #violation(Predicate)} whether the value may be
 * insecure, which answers "no", "yes" or "yes, under this condition", with the words to explain why.
 */
public sealed interface Prop<T> permits Prop.Known, Prop.Unknown, Prop.Absent {

    /** The property path in the source's own spelling, e.g. {@code PrimaryContainer.ImageConfig.RepositoryAccessMode}. */
    String path();

    /** Where the value is written; for an absent value, the enclosing resource or block. */
    Span span();

    /** A value written in the source. */
    record Known<T>(String path, T value, Span span) implements Prop<T> {
        public Known {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A value that cannot be decided statically.
     *
     * @param expression     the expression as the user wrote it ({@code !Ref RootAccessParam}, {@code var.root})
     * @param reason         why it cannot be decided ("parameter RootAccessParam has no Default")
     * @param possibleValues the finite set of values it may take, each with the condition that selects it; empty
     *                       when nothing is known about the value
     * @param unresolvedWhen the conditions under which it takes a value that cannot be resolved here (a branch of
     *                       {@code Fn::If} that reads a parameter without default); empty when none
     * @param exhaustive     whether {@code possibleValues} and {@code unresolvedWhen} cover every case. False when
     *                       the value may be something else that is expected to be secure, such as a parameter
     *                       overridden at deployment: listed values that fail then fail only under their condition
     */
    record Unknown<T>(
            String path,
            String expression,
            String reason,
            List<Possible<T>> possibleValues,
            List<Condition> unresolvedWhen,
            boolean exhaustive,
            Span span)
            implements Prop<T> {
        public Unknown {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(span, "span");
            possibleValues = List.copyOf(possibleValues);
            unresolvedWhen = List.copyOf(unresolvedWhen);
        }

        /** A value whose possible values, when any are given, cover every case. */
        public Unknown(String path, String expression, String reason, List<Possible<T>> possibleValues, Span span) {
            this(path, expression, reason, possibleValues, List.of(), true, span);
        }
    }

    /**
     * A property that is not written, so the AWS default applies.
     *
     * @param awsDefault the value AWS uses when the property is omitted, or {@code null} when there is none
     * @param span       the enclosing resource or block
     */
    record Absent<T>(String path, T awsDefault, Span span) implements Prop<T> {
        public Absent {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * One value an unknown property may take.
     *
     * @param value     the value, or {@code null} when that branch leaves the property unset
     * @param condition when it takes this value (condition {@code IsDev} holds)
     * @param span      where this value is written (the branch, the parameter default)
     */
    record Possible<T>(T value, Condition condition, Span span) {
        public Possible {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(span, "span");
        }
    }

    static <T> Known<T> known(String path, T value, Span span) {
        return new Known<>(path, value, span);
    }

    static <T> Absent<T> absent(String path, T awsDefault, Span enclosing) {
        return new Absent<>(path, awsDefault, enclosing);
    }

    static <T> Unknown<T> unknown(String path, String expression, String reason, Span span) {
        return new Unknown<>(path, expression, reason, List.of(), span);
    }

    /** Whether a value is written (known or not). */
    default boolean isWritten() {
        return !(this instanceof Absent);
    }

    /** The value when it is known, or the AWS default when absent; empty when unknown or absent without default. */
    default Optional<T> effectiveValue() {
        if (this instanceof Known<T> k) return Optional.of(k.value());
        if (this instanceof Absent<T> a) return Optional.ofNullable(a.awsDefault());
        return Optional.empty();
    }

    /** Applies {@code f} to every value this property holds or may hold, keeping spans, reasons and conditions. */
    default <U> Prop<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Known<T> k) {
            return new Known<>(k.path(), f.apply(k.value()), k.span());
        }
        if (this instanceof Absent<T> a) {
            return new Absent<>(a.path(), a.awsDefault() == null ? null : f.apply(a.awsDefault()), a.span());
        }
        Unknown<T> u = (Unknown<T>) this;
        List<Possible<U>> mapped = new ArrayList<>();
        for (Possible<T> p : u.possibleValues()) {
            mapped.add(new Possible<>(p.value() == null ? null : f.apply(p.value()), p.condition(), p.span()));
        }
        return new Unknown<>(
                u.path(), u.expression(), u.reason(), mapped, u.unresolvedWhen(), u.exhaustive(), u.span());
    }

    /**
     * Asks whether this property is, or may be, insecure.
     *
     * @param insecure decides for one value; it receives {@code null} for "not set and no AWS default"
     * @return empty when the property is secure in every case; else the violation, with the fact that makes it
     *     insecure, the span to point at, and the condition under which it is insecure (null when always)
     */
    default Optional<Violation> violation(Predicate<? super T> insecure) {
        if (this instanceof Known<T> k) {
            return insecure.test(k.value())
                    ? Optional.of(new Violation(path(), code(path()) + " is " + code(k.value()), k.span(), null))
                    : Optional.empty();
        }
        if (this instanceof Absent<T> a) {
            if (!insecure.test(a.awsDefault())) return Optional.empty();
            String fact = a.awsDefault() == null
                    ? code(path()) + " is not set"
                    : code(path()) + " is not set, so it defaults to " + code(a.awsDefault());
            return Optional.of(new Violation(path(), fact, a.span(), null));
        }
        Unknown<T> u = (Unknown<T>) this;
        if (u.possibleValues().isEmpty() && u.unresolvedWhen().isEmpty()) {
            String fact = code(path()) + " is " + code(u.expression()) + ", which cannot be resolved here ("
                    + u.reason() + ")";
            return Optional.of(new Violation(path(), fact, u.span(), new Condition.ResolvesInsecure(null)));
        }
        List<Possible<T>> failing = u.possibleValues().stream()
                .filter(p -> insecure.test(p.value()))
                .toList();
        if (failing.isEmpty()) {
            if (u.unresolvedWhen().isEmpty()) return Optional.empty();
            Condition when = Condition.AnyOf.of(u.unresolvedWhen());
            String fact = code(path()) + " is " + code(u.expression()) + ", which cannot be resolved here "
                    + when.words() + " (" + u.reason() + ")";
            return Optional.of(new Violation(path(), fact, u.span(), new Condition.ResolvesInsecure(when)));
        }
        Possible<T> first = failing.get(0);
        String values = failing.stream().map(Prop::valueWords).distinct().collect(Collectors.joining(" or "));
        if (failing.size() == u.possibleValues().size()
                && u.exhaustive()
                && u.unresolvedWhen().isEmpty()) {
            String fact = code(path()) + " is " + code(u.expression()) + ", which is " + values + " in every case";
            return Optional.of(new Violation(path(), fact, first.span(), null));
        }
        // One clause per distinct wording: the values a Terraform validation allows read alike ("if `var.x` is set
        // to it"), and the values themselves are listed in the fact.
        Map<String, Condition> byWords = new LinkedHashMap<>();
        failing.forEach(p -> byWords.putIfAbsent(p.condition().words(), p.condition()));
        Condition condition = Condition.AnyOf.of(List.copyOf(byWords.values()));
        String fact = code(path()) + " is " + values + " " + condition.words();
        return Optional.of(new Violation(path(), fact, first.span(), condition));
    }

    /**
     * Asks whether this property is, or may be, unset: absent without a default, empty, or a branch that leaves it
     * unset. An expression that cannot be resolved counts as set, since some value is written.
     */
    default Optional<Violation> violationWhenUnset() {
        Predicate<T> unset = v -> v == null || (v instanceof String s && s.isBlank());
        if (this instanceof Unknown<T> u) {
            if (u.possibleValues().isEmpty()) return Optional.empty();
            if (!u.unresolvedWhen().isEmpty()) {
                // A branch that cannot be resolved has some value written, so it counts as set here.
                return new Unknown<>(
                                u.path(), u.expression(), u.reason(), u.possibleValues(), List.of(), false, u.span())
                        .violation(unset);
            }
        }
        return violation(unset);
    }

    /**
     * One possible value in words. A value that stands for a range of a parameter's values (anything above its
     * {@code MinValue}) is named by the range, not by the value that stands for it.
     */
    private static String valueWords(Possible<?> p) {
        if (p.value() == null) return "not set";
        if (p.condition() instanceof Condition.ParameterIs pi
                && (pi.bound() == Condition.ParameterIs.Bound.ABOVE_MIN_VALUE
                        || pi.bound() == Condition.ParameterIs.Bound.BELOW_MAX_VALUE)) {
            return ConditionWords.value(pi);
        }
        if (p.condition() instanceof Condition.AllOf all
                && all.parts().size() == 1
                && all.parts().get(0) instanceof Condition.ParameterIs pi
                && (pi.bound() == Condition.ParameterIs.Bound.ABOVE_MIN_VALUE
                        || pi.bound() == Condition.ParameterIs.Bound.BELOW_MAX_VALUE)) {
            return ConditionWords.value(pi);
        }
        return code(p.value());
    }

    /** Longest value quoted in a message, in characters; a longer one is cut with "...". */
    int QUOTED = 200;

    /**
     * A value quoted in a message as inline code, no longer than {@link #QUOTED} characters however long the value,
     * and fenced by one backtick more than the longest run of backticks in it, so that a value holding backticks
     * stays one code span in Markdown reports.
     */
    static String code(Object value) {
        String text = String.valueOf(value);
        // An empty string is shown as one, not as an empty code span that reads like a typo.
        if (text.isEmpty()) return "`\"\"`";
        if (text.length() > QUOTED) text = text.substring(0, QUOTED - 3) + "...";
        if (text.indexOf('`') < 0) return "`" + text + "`";
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        return fence + " " + text + " " + fence;
    }
}
