package dev.sagelint.hcl.plan;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.adapt.ResourceAdapters;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.Val;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.hcl.read.Block;
import dev.sagelint.hcl.read.Body;
import dev.sagelint.hcl.read.Source;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the SageMaker resources of a plan or state onto the model through the Terraform source adapters: each
 * planned resource becomes a {@link ResourceInstance} whose body is the plan's values, placed at the resource block
 * of the {@code .tf} file when the {@link SourceLocator} finds it, else at the plan JSON. A resource the plan deletes
 * is not checked. Every resource of {@code resource_changes} also yields a {@link PlannedChange} saying what the plan
 * does to it; an update or a replacement with the resource before and after.
 */
final class PlanAdapter {

    private PlanAdapter() {}

    static List<SageMakerResource> adapt(
            Path planFile,
            PlanReader.Document document,
            SourceLocator locator,
            ScanContext.Limits limits,
            List<Diagnostic> diagnostics) {
        Source detached = Source.detached(planFile);
        List<ResourceInstance> afterInstances = new ArrayList<>();
        Map<String, Val.ObjV> afterValues = new HashMap<>();
        List<PlanResource> changed = new ArrayList<>();
        List<PlanResource> listed = new ArrayList<>();
        for (PlanResource r : document.resources()) {
            if (r.isDeleted() || r.after() == null) continue;
            Optional<ResourceInstance> source = locator.find(r.address());
            Block block = source.map(ResourceInstance::block).orElseGet(() -> synthetic(r, detached));
            Place place = source.map(s -> Place.block(s.body(), s.header())).orElseGet(() -> Place.json(r.span()));
            Node config = document.configExpressions().get(Addresses.withoutKeys(r.address()));
            Val value = PlanValues.toVal(r.after(), r.afterUnknown(), "", place, config, config != null);
            if (!(value instanceof Val.ObjV object)) continue;
            Val.ObjV effective = PlanValues.effectiveTags(object);
            afterValues.put(r.address(), effective);
            afterInstances.add(instance(r, block, effective));
            if (r.isChanged()) changed.add(r);
            else if (!r.actions().isEmpty()) listed.add(r);
        }
        List<SageMakerResource> out = new ArrayList<>(ResourceAdapters.adapt(afterInstances, limits, diagnostics));
        Map<String, SageMakerResource> after = byAddress(out);
        // Creations and no-ops: what the plan does to them, without a before and after to compare.
        for (PlanResource r : listed) {
            SageMakerResource planned = after.get(r.address());
            if (planned == null) continue;
            out.add(new PlannedChange(
                    planned.id(),
                    r.actions(),
                    r.actionReason(),
                    List.of(),
                    Optional.empty(),
                    planned,
                    Map.of(),
                    Map.of()));
        }
        if (changed.isEmpty()) return out;

        List<ResourceInstance> beforeInstances = new ArrayList<>();
        for (PlanResource r : changed) {
            if (r.before() == null) continue;
            Val value = PlanValues.toVal(r.before(), null, "", Place.json(r.span()), null, false);
            if (value instanceof Val.ObjV object) {
                beforeInstances.add(instance(r, synthetic(r, detached), PlanValues.effectiveTags(object)));
            }
        }
        Map<String, SageMakerResource> before =
                byAddress(ResourceAdapters.adapt(beforeInstances, limits, new ArrayList<>()));
        for (PlanResource r : changed) {
            SageMakerResource planned = after.get(r.address());
            if (planned == null) continue;
            List<PlannedChange.ReplacePath> replaced = new ArrayList<>();
            if (r.replacePaths() instanceof Node.Arr paths) {
                for (Node p : paths.items()) {
                    List<Object> steps = PlanValues.steps(p);
                    if (steps.isEmpty()) continue;
                    Val v = PlanValues.at(afterValues.get(r.address()), steps);
                    Span span = v.origin() != null ? v.origin() : planned.id().declaration();
                    replaced.add(new PlannedChange.ReplacePath(PlanValues.pathText(steps), span));
                }
            }
            out.add(new PlannedChange(
                    planned.id(),
                    r.actions(),
                    r.actionReason(),
                    replaced,
                    Optional.ofNullable(before.get(r.address())),
                    planned,
                    PlanValues.flatten(r.before(), null),
                    PlanValues.flatten(r.after(), r.afterUnknown())));
        }
        return out;
    }

    private static ResourceInstance instance(PlanResource r, Block block, Val.ObjV body) {
        return new ResourceInstance(
                r.type(), r.name(), r.address(), r.moduleAddress(), block, View.of(body, block.header()));
    }

    /** A stand-in for the resource block when there is no {@code .tf} file: the resource's object in the plan. */
    private static Block synthetic(PlanResource r, Source plan) {
        Span header = Span.at(r.span().file(), r.span().line(), r.span().column());
        return new Block("resource", List.of(r.type(), r.name()), Body.empty(), header, plan.at(header));
    }

    private static Map<String, SageMakerResource> byAddress(List<SageMakerResource> resources) {
        Map<String, SageMakerResource> out = new LinkedHashMap<>();
        for (SageMakerResource s : resources) out.putIfAbsent(s.id().address(), s);
        return out;
    }
}
