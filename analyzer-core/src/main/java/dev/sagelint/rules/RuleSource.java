package dev.sagelint.rules;

import java.util.Locale;

/**
 * Who defines a check: the groups that {@code sagelint rules} lists the catalog in, and the values of its
 * {@code --source} filter. A rule belongs to every source that defines it (a Security Hub control also has an AWS
 * Config rule); {@link RuleMeta#group()} picks the group it is listed under.
 */
public enum RuleSource {
    /** An AWS Security Hub control ({@code SageMaker.N}). */
    SECURITY_HUB("AWS Security Hub controls"),
    /** An AWS Config managed rule ({@link RuleMeta#awsConfigRule()}). */
    CONFIG("AWS Config managed rules"),
    /** An AWS Control Tower proactive control ({@code CT.SAGEMAKER.PR.N} among {@link RuleMeta#peerIds()}). */
    CONTROL_TOWER("AWS Control Tower proactive controls"),
    /** A check that no AWS service defines: sagelint's own. */
    SAGELINT("checks no AWS service defines");

    private final String heading;

    RuleSource(String heading) {
        this.heading = heading;
    }

    /** The heading of the group in words. */
    public String heading() {
        return heading;
    }

    /** The value a user types: {@code security-hub}, {@code config}, {@code control-tower}, {@code sagelint}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
