package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Fn::FindInMap [MapName, TopLevelKey, SecondLevelKey]}, and the fourth argument
 * {@code {DefaultValue: v}} of the {@code AWS::LanguageExtensions} transform, used when a key is missing. The
 * value found points at its entry in {@code Mappings}.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-findinmap.html
 */
final class FnFindInMap implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args)
                || args.items().size() < 3
                || args.items().size() > 4) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::FindInMap` takes a map name and two keys"));
        }
        CfnNode fallback = args.items().size() == 4 && args.items().get(3) instanceof Mapping options
                ? options.get("DefaultValue").orElse(null)
                : null;
        List<Outcome> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) keys.add(evaluator.resolveDeep(args.items().get(i)));
        List<Outcome> found = new ArrayList<>();
        Outcome combined = evaluator.combine(call, keys, parts -> {
            String map = Evaluator.textOf(parts.get(0));
            String top = Evaluator.textOf(parts.get(1));
            String second = Evaluator.textOf(parts.get(2));
            Optional<CfnNode> value = lookup(evaluator, map, top, second);
            if (value.isPresent()) return Alternative.value(value.get());
            if (fallback != null) return Alternative.value(fallback);
            return Alternative.unresolved(call, "mapping `" + map + "` has no entry `" + top + "`.`" + second + "`");
        });
        for (Alternative a : combined.alternatives()) {
            if (a.isValue() && a.node() == fallback && fallback != null) {
                Outcome f = evaluator.resolve(fallback).under(a.when(), true);
                if (f != null) found.add(f);
            } else {
                found.add(new Outcome(List.of(a), true));
            }
        }
        Outcome merged = Outcome.merge(found);
        return new Outcome(merged.alternatives(), merged.exhaustive() && combined.exhaustive());
    }

    private static Optional<CfnNode> lookup(Evaluator evaluator, String map, String top, String second) {
        if (map == null || top == null || second == null) return Optional.empty();
        return evaluator
                .template()
                .mappings()
                .flatMap(m -> m.get(map))
                .filter(Mapping.class::isInstance)
                .flatMap(m -> ((Mapping) m).get(top))
                .filter(Mapping.class::isInstance)
                .flatMap(m -> ((Mapping) m).get(second));
    }
}
