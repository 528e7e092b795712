package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@code with...} of a request changes its one field and keeps every other, whatever order they come in. */
class ScanRequestTest {

    static Stream<UnaryOperator<ScanRequest>> withers() {
        return Stream.of(
                r -> r.withRoot(Path.of("other")),
                r -> r.withFilter(PathFilter.all()),
                r -> r.withRuleContext(dev.sagelint.rules.RuleContext.defaults()),
                r -> r.withSettings(ScanSettings.defaults()),
                r -> r.withLimits(ScanContext.Limits.defaults()),
                r -> r.withFrontendOptions(FrontendOptions.none()),
                r -> r.withPaths(List.of(Path.of("b"))));
    }

    @ParameterizedTest
    @MethodSource("withers")
    void aWitherKeepsTheWorkersAndWhetherResourcesAreKept(UnaryOperator<ScanRequest> with) {
        ScanRequest request =
                ScanRequest.of(List.of(Path.of("a"))).withWorkers(3).withKeepResources(false);

        ScanRequest changed = with.apply(request);

        assertThat(changed.workers()).isEqualTo(3);
        assertThat(changed.keepResources()).isFalse();
    }
}
