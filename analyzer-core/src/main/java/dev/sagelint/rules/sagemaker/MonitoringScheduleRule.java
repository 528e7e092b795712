package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A control over the network settings of the job a monitoring schedule runs (SageMaker.14, .22): the job
 * definition embedded in the schedule, or else the separate definition it names when the front-end resolved it.
 * Security Hub does not state what a schedule that names a definition it cannot see should give; such a schedule
 * is not reported.
 */
abstract class MonitoringScheduleRule extends ResourceRule<MonitoringSchedule> {

    private final Function<NetworkConfig, Prop<Boolean>> flag;

    MonitoringScheduleRule(Function<NetworkConfig, Prop<Boolean>> flag, RuleMeta meta) {
        super(MonitoringSchedule.class, meta);
        this.flag = flag;
    }

    @Override
    protected final Stream<Violation> violations(MonitoringSchedule schedule, RuleContext context) {
        if (schedule.embeddedJob().isPresent()) {
            return notTrue(flag.apply(schedule.embeddedJob().get().network())).stream();
        }
        return schedule
                .namedDefinition()
                .flatMap(d -> notTrue(flag.apply(d.network()))
                        .map(v -> new Violation(
                                v.path(),
                                "the job definition it runs, " + Prop.code(d.id().address()) + ": " + v.fact(),
                                v.span(),
                                v.condition())))
                .stream();
    }

    private static Optional<Violation> notTrue(Prop<Boolean> prop) {
        return prop.violation(v -> !Boolean.TRUE.equals(v));
    }
}
