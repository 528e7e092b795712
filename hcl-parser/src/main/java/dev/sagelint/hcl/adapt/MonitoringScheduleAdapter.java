package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.MonitoringJob;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws_sagemaker_monitoring_schedule} and {@code awscc_sagemaker_monitoring_schedule}, which name a job
 * definition ({@code monitoring_schedule_config.monitoring_job_definition_name}) or embed one
 * ({@code monitoring_schedule_config.monitoring_job_definition}). A named definition is looked up among the job
 * definitions of the same module instance: by reference ({@code aws_sagemaker_data_quality_job_definition.x.name})
 * or by its name.
 */
final class MonitoringScheduleAdapter {
    private MonitoringScheduleAdapter() {}

    /**
     * @param definitions the job definitions of the same module instance, with the instances they came from
     */
    static MonitoringSchedule adapt(ResourceInstance r, Map<ResourceInstance, MonitoringJobDefinition> definitions) {
        Attrs a = new Attrs(r);
        Optional<View> config = Attrs.first(r.body(), "monitoring_schedule_config");
        String prefix = "monitoring_schedule_config.";
        String job = prefix + "monitoring_job_definition.";
        String cluster = job + "monitoring_resources.cluster_config.";
        Optional<MonitoringJob> embedded = config.flatMap(c -> Attrs.first(c, "monitoring_job_definition"))
                .map(j -> new MonitoringJob(
                        j.span(),
                        NetworkConfigs.read(a, Optional.of(j), job),
                        a.integer(
                                Attrs.nested(j, "monitoring_resources", "cluster_config"),
                                "instance_count",
                                cluster + "instance_count",
                                null),
                        a.string(Optional.of(j), "role_arn", job + "role_arn", null),
                        a.string(
                                Attrs.nested(j, "monitoring_resources", "cluster_config"),
                                "instance_type",
                                cluster + "instance_type",
                                null),
                        a.string(
                                Attrs.nested(j, "monitoring_resources", "cluster_config"),
                                "volume_kms_key_id",
                                cluster + "volume_kms_key_id",
                                null),
                        a.string(
                                Attrs.first(j, "monitoring_output_config"),
                                "kms_key_id",
                                job + "monitoring_output_config.kms_key_id",
                                null)));
        Prop<String> name =
                a.string(config, "monitoring_job_definition_name", prefix + "monitoring_job_definition_name", null);
        Prop<String> type = a.string(config, "monitoring_type", prefix + "monitoring_type", null);
        Optional<MonitoringJobDefinition> named =
                embedded.isPresent() ? Optional.empty() : resolve(r, config, name, definitions);
        return new MonitoringSchedule(r.id(), embedded, name, type, named, a.tagsWithProviderDefaults());
    }

    private static Optional<MonitoringJobDefinition> resolve(
            ResourceInstance r,
            Optional<View> config,
            Prop<String> name,
            Map<ResourceInstance, MonitoringJobDefinition> definitions) {
        Optional<Expr> expr = config.flatMap(c -> c.expression("monitoring_job_definition_name"));
        if (expr.isPresent()) {
            Optional<MonitoringJobDefinition> byReference = byReference(r, config.get(), expr.get(), definitions);
            if (byReference.isPresent()) return byReference;
        }
        if (name instanceof Prop.Known<String> k) {
            return definitions.entrySet().stream()
                    .filter(e -> e.getKey().modulePath().equals(r.modulePath()))
                    .filter(e -> e.getValue().name() instanceof Prop.Known<String> n
                            && n.value().equals(k.value()))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** {@code TYPE.NAME.ATTR} or {@code TYPE.NAME[i].ATTR}. */
    private static Optional<MonitoringJobDefinition> byReference(
            ResourceInstance r, View config, Expr e, Map<ResourceInstance, MonitoringJobDefinition> definitions) {
        if (e instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Interpolation i) {
            e = i.expression();
        }
        if (!(e instanceof Expr.GetAttr attr)) return Optional.empty();
        Expr target = attr.object();
        String key = null;
        if (target instanceof Expr.Index ix) {
            Val k = config.evaluate(ix.key());
            key = k instanceof Val.Num n && dev.sagelint.model.Numbers.isInt(n.value())
                    ? "[" + n.value().intValue() + "]"
                    : k instanceof Val.Str s ? "[\"" + s.value() + "\"]" : null;
            target = ix.collection();
        }
        if (!(target instanceof Expr.GetAttr named) || !(named.object() instanceof Expr.Variable type)) {
            return Optional.empty();
        }
        String wantedKey = key;
        List<Map.Entry<ResourceInstance, MonitoringJobDefinition>> candidates = definitions.entrySet().stream()
                .filter(d -> d.getKey().modulePath().equals(r.modulePath()))
                .filter(d -> d.getKey().type().equals(type.name())
                        && d.getKey().name().equals(named.name()))
                .toList();
        return candidates.stream()
                .filter(d -> wantedKey == null || d.getKey().address().endsWith(wantedKey))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> candidates.stream().map(Map.Entry::getValue).findFirst());
    }
}
