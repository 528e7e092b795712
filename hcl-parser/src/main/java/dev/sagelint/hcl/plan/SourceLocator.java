package dev.sagelint.hcl.plan;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.TerraformFrontend;
import dev.sagelint.hcl.adapt.ResourceAdapters;
import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.TerraformEvaluator;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.JsonConfigReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the resource block a planned resource comes from, by address, in the plan's root module: the {@code .tf}
 * files are read and evaluated by the Terraform source front-end's reader and evaluator (local modules, count and
 * for_each included), and each plan address ({@code module.ml.aws_sagemaker_model.this["a"]}) is looked up among
 * the evaluated instances; an instance whose key could not be decided from source matches every key.
 *
 * <p>The {@code .tf} files are only trusted when they are the plan's source: every SageMaker resource the plan puts
 * in the root module is declared in them, and (when the plan has its {@code configuration}) they declare no root
 * resource the configuration does not know. Otherwise {@link #load} says why and returns nothing.
 *
 * <p>The source may still declare SageMaker resources the plan does not hold: a state holds only what existed when
 * it was taken, a plan made with {@code -target} only its targets, and only the root module is compared above. Every
 * such resource (by address without instance keys, module path included) that the source creates, or may create
 * ({@code count}/{@code for_each} not known to be empty), is {@link #unplanned}: the plan front-end analyzes it from
 * source, as the Terraform source front-end would, and says so with a {@code not-in-plan} warning.
 */
final class SourceLocator {

    private final Map<String, ResourceInstance> byAddress;
    private final Map<String, ResourceInstance> byBareAddress;
    private final List<ResourceInstance> unplanned;

    private SourceLocator(List<ResourceInstance> instances, List<ResourceInstance> unplanned) {
        Map<String, ResourceInstance> exact = new LinkedHashMap<>();
        Map<String, ResourceInstance> bare = new HashMap<>();
        for (ResourceInstance r : instances) {
            exact.putIfAbsent(r.address(), r);
            bare.putIfAbsent(Addresses.withoutKeys(r.address()), r);
        }
        this.byAddress = exact;
        this.byBareAddress = bare;
        this.unplanned = List.copyOf(unplanned);
    }

    /** A locator that finds nothing: every value points into the plan JSON. */
    static SourceLocator none() {
        return new SourceLocator(List.of(), List.of());
    }

    /**
     * The evaluated instances of the SageMaker resources the source declares and the plan holds no instance of,
     * leaving out those known to have no instance ({@code count = 0}, an empty {@code for_each}), in source order.
     */
    List<ResourceInstance> unplanned() {
        return unplanned;
    }

    /** The resource block of a plan address, when the source declares it. */
    Optional<ResourceInstance> find(String address) {
        ResourceInstance exact = byAddress.get(address);
        if (exact != null) return Optional.of(exact);
        return Optional.ofNullable(byBareAddress.get(Addresses.withoutKeys(address)));
    }

    /**
     * Evaluates the root module in {@code dir} and checks that it is the plan's source.
     *
     * @param configFiles the module's {@code .tf} and {@code .tf.json} files
     * @param varFiles    its variable files, lowest precedence first
     * @param comments    receives the suppression comments of the files read
     * @return empty when the files are not the plan's source; a warning then says why
     */
    static Optional<SourceLocator> load(
            Path plan,
            Path dir,
            List<Path> configFiles,
            List<Path> varFiles,
            PlanReader.Document document,
            ScanContext context,
            TerraformFrontend.Comments comments,
            List<Diagnostic> diagnostics) {
        int depth = context.limits().maxNestingDepth();
        HclReader hcl = new HclReader(depth, comments);
        TerraformEvaluator evaluator = new TerraformEvaluator(hcl, new JsonConfigReader(hcl, depth), context.budget());
        List<Diagnostic> read = new ArrayList<>();
        List<ResourceInstance> instances = evaluator.evaluateRoot(dir, configFiles, varFiles, read);
        read.addAll(evaluator.limitDiagnostics(dir));
        // The plan has the resources of remote modules already; their not being fetched is no news here.
        read.stream().filter(d -> d.code() != DiagnosticCode.REMOTE_MODULE).forEach(diagnostics::add);

        Set<String> declared = new LinkedHashSet<>();
        instances.stream()
                .filter(r -> r.modulePath().isEmpty())
                .forEach(r -> declared.add(Addresses.withoutKeys(r.address())));
        List<String> missing = document.resources().stream()
                .filter(r -> r.moduleAddress().isEmpty())
                .map(r -> Addresses.withoutKeys(r.address()))
                .filter(a -> !declared.contains(a))
                .distinct()
                .toList();
        List<String> unknownToPlan = document.configRootResources() == null
                ? List.of()
                : declared.stream()
                        .filter(a -> !document.configRootResources().contains(a))
                        .toList();
        if (!missing.isEmpty() || !unknownToPlan.isEmpty()) {
            String why = !missing.isEmpty()
                    ? "they do not declare " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    : "they declare " + String.join(", ", unknownToPlan.subList(0, Math.min(3, unknownToPlan.size())))
                            + ", which the plan's configuration does not have";
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.PLAN_SOURCE_MISMATCH,
                    "the .tf files in " + dir + " are not the "
                            + "source of this plan (" + why
                            + "); findings point at the plan JSON, and the .tf files are "
                            + "scanned as source on their own",
                    plan,
                    0,
                    0));
            return Optional.empty();
        }
        Set<String> held = new HashSet<>();
        document.resources().forEach(r -> held.add(Addresses.withoutKeys(r.address())));
        List<ResourceInstance> unplanned = instances.stream()
                .filter(r -> !r.empty() && ResourceAdapters.supports(r.type()))
                .filter(r -> !held.contains(Addresses.withoutKeys(r.address())))
                .toList();
        return Optional.of(new SourceLocator(instances, unplanned));
    }
}
