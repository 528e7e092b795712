package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Condition;
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
 * A schedule that names a definition outside the scan (another template, a name written as text, a definition
 * created outside infrastructure as code) is reported as conditional on that definition: nothing here shows that
 * its network settings are secure, and the schedule runs with them.
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
        if (schedule.namedDefinition().isEmpty()) return outsideTheScan(schedule.jobDefinitionName()).stream();
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

    /** A schedule that names a job definition that is not part of the scan, so its settings cannot be read. */
    private static Optional<Violation> outsideTheScan(Prop<String> name) {
        if (!name.isWritten()) return Optional.empty();
        String named = name instanceof Prop.Known<String> k
                ? Prop.code(k.value())
                : name instanceof Prop.Unknown<String> u ? Prop.code(u.expression()) : "a job definition";
        return Optional.of(new Violation(
                name.path(),
                "the job definition it runs, " + named + ", is not part of the scan, so its `NetworkConfig` "
                        + "cannot be checked here",
                name.span(),
                new Condition.ResolvesInsecure(null)));
    }

    private static Optional<Violation> notTrue(Prop<Boolean> prop) {
        return prop.violation(v -> !Boolean.TRUE.equals(v));
    }
}
