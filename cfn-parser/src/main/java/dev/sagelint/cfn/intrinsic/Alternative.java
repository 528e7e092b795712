package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One value an expression may evaluate to, and what must hold for it.
 *
 * @param kind     a value, the absence of a value ({@code AWS::NoValue}), or a value that cannot be known here
 * @param node     for a value: the value, whose top is never an intrinsic function and whose span is where the value
 *                 is written (a parameter's {@code Default}, a branch of {@code Fn::If}, a mapping entry); for the
 *                 other kinds, the expression that yields it
 * @param reason   for an unresolved value, why it cannot be known; else null
 * @param when     what must hold for this alternative
 * @param resource for a reference to a resource of the template ({@code Ref}, {@code Fn::GetAtt}), its logical ID
 */
public record Alternative(Kind kind, CfnNode node, String reason, Assumptions when, String resource) {

    /** What an alternative holds. */
    public enum Kind {
        VALUE,
        ABSENT,
        UNRESOLVED
    }

    public Alternative {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(when, "when");
        if (kind == Kind.UNRESOLVED) Objects.requireNonNull(reason, "reason");
    }

    static Alternative value(CfnNode node) {
        return new Alternative(Kind.VALUE, node, null, Assumptions.NONE, null);
    }

    static Alternative absent(CfnNode expression) {
        return new Alternative(Kind.ABSENT, expression, null, Assumptions.NONE, null);
    }

    static Alternative unresolved(CfnNode expression, String reason) {
        return new Alternative(Kind.UNRESOLVED, expression, reason, Assumptions.NONE, null);
    }

    static Alternative reference(CfnNode expression, String reason, String logicalId) {
        return new Alternative(Kind.UNRESOLVED, expression, reason, Assumptions.NONE, logicalId);
    }

    /** This alternative under further assumptions, or empty when they contradict its own. */
    public Optional<Alternative> under(Assumptions more) {
        return more.and(when).map(w -> new Alternative(kind, node, reason, w, resource));
    }

    /** The same assumptions and reference, with another node of the same kind. */
    Alternative withNode(CfnNode other) {
        return new Alternative(kind, other, reason, when, resource);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    public boolean isAbsent() {
        return kind == Kind.ABSENT;
    }

    public boolean isUnresolved() {
        return kind == Kind.UNRESOLVED;
    }
}
