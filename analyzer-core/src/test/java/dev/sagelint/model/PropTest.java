package dev.sagelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropTest {

    private static final Path FILE = Path.of("/src/template.yaml");
    private static final Span RESOURCE = Span.at(FILE, 3, 3);
    private static final Span VALUE = new Span(FILE, 7, 19, 7, 26);

    @Test
    void knownInsecureValueNamesTheValueAndPointsAtIt() {
        Optional<Violation> v = Prop.known("RootAccess", "Enabled", VALUE).violation("Enabled"::equals);

        assertThat(v).contains(new Violation("RootAccess", "`RootAccess` is `Enabled`", VALUE, null));
    }

    @Test
    void knownSecureValuePasses() {
        assertThat(Prop.known("RootAccess", "Disabled", VALUE).violation("Enabled"::equals)).isEmpty();
    }

    @Test
    void absentFlagFailsWithAwsDefaultAtTheResource() {
        Optional<Violation> v = Prop.absent("RootAccess", "Enabled", RESOURCE).violation("Enabled"::equals);

        assertThat(v).contains(new Violation("RootAccess",
                "`RootAccess` is not set, so it defaults to `Enabled`", RESOURCE, null));
    }

    @Test
    void absentWithoutDefaultIsJustNotSet() {
        Optional<Violation> v = Prop.<String>absent("SubnetId", null, RESOURCE).violationWhenUnset();

        assertThat(v).map(Violation::fact).contains("`SubnetId` is not set");
    }

    @Test
    void unresolvedValueNeverSilentlyPasses() {
        Prop<String> p = Prop.unknown("RootAccess", "!Ref RootParam", "parameter RootParam has no Default", VALUE);

        Optional<Violation> v = p.violation("Enabled"::equals);

        assertThat(v).hasValueSatisfying(violation -> {
            assertThat(violation.fact()).isEqualTo("`RootAccess` is `!Ref RootParam`, which cannot be resolved "
                    + "here (parameter RootParam has no Default)");
            assertThat(violation.isConditional()).isTrue();
            assertThat(violation.span()).isEqualTo(VALUE);
        });
    }

    @Test
    void unresolvedValueCountsAsSetForPresenceChecks() {
        Prop<String> p = Prop.unknown("SubnetId", "!Ref PrivateSubnet", "not evaluated", VALUE);

        assertThat(p.violationWhenUnset()).isEmpty();
    }

    @Test
    void possibleValuesFailOnlyUnderTheirCondition() {
        Span devBranch = Span.at(FILE, 9, 20);
        Prop<String> p = new Prop.Unknown<>("RootAccess", "!If [IsDev, Enabled, Disabled]", "depends on a condition",
                List.of(new Prop.Possible<>("Enabled", "when condition `IsDev` holds", devBranch),
                        new Prop.Possible<>("Disabled", "when condition `IsDev` does not hold", VALUE)),
                VALUE);

        Optional<Violation> v = p.violation("Enabled"::equals);

        assertThat(v).contains(new Violation("RootAccess",
                "`RootAccess` is `Enabled` when condition `IsDev` holds", devBranch,
                "when condition `IsDev` holds"));
    }

    @Test
    void possibleValuesThatAllFailAreUnconditional() {
        Prop<String> p = new Prop.Unknown<>("RootAccess", "!Ref RootParam", "parameter",
                List.of(new Prop.Possible<>("Enabled", "when parameter `RootParam` is `Enabled`", VALUE)), VALUE);

        assertThat(p.violation("Enabled"::equals)).hasValueSatisfying(v -> {
            assertThat(v.isConditional()).isFalse();
            assertThat(v.fact()).isEqualTo("`RootAccess` is `!Ref RootParam`, which is `Enabled` in every case");
        });
    }

    @Test
    void possibleValuesThatAllPassPass() {
        Prop<String> p = new Prop.Unknown<>("RootAccess", "!Ref RootParam", "parameter",
                List.of(new Prop.Possible<>("Disabled", "when parameter `RootParam` is `Disabled`", VALUE)), VALUE);

        assertThat(p.violation("Enabled"::equals)).isEmpty();
    }

    @Test
    void blankStringIsUnset() {
        assertThat(Prop.known("KmsKeyId", "", VALUE).violationWhenUnset()).isPresent();
        assertThat(Prop.known("KmsKeyId", "alias/key", VALUE).violationWhenUnset()).isEmpty();
    }

    @Test
    void mapKeepsSpansAndConditions() {
        Prop<String> p = new Prop.Unknown<>("Flag", "x", "r",
                List.of(new Prop.Possible<>("true", "c", VALUE)), VALUE);

        Prop<Boolean> mapped = p.map(Boolean::parseBoolean);

        assertThat(mapped).isEqualTo(new Prop.Unknown<>("Flag", "x", "r",
                List.of(new Prop.Possible<>(true, "c", VALUE)), VALUE));
        assertThat(Prop.absent("Flag", "false", RESOURCE).map(Boolean::parseBoolean).effectiveValue())
                .contains(false);
    }
}
