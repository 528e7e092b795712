package dev.sagelint.engine;

import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs the active rules on the resources of one unit; called from the worker that read the unit, so that rules
 * run on every core and a unit's resources can be dropped as soon as its findings are made.
 *
 * @param rules         the rules that run, in catalog order
 * @param contexts      each rule's context, bound to it, in the order of {@code rules}
 * @param reported      which findings are kept (not those of resources declared in an excluded file)
 * @param keepResources whether the resources are kept for the result
 */
record Checker(List<Rule> rules, List<RuleContext> contexts, Predicate<Finding> reported, boolean keepResources) {

    Checker {
        rules = List.copyOf(rules);
        contexts = List.copyOf(contexts);
    }

    /**
     * The findings of every rule on every resource of {@code result}, in resource then rule order. A rule that
     * fails on a resource becomes a diagnostic; the other rules and resources still run. An
     * {@link OutOfMemoryError} is not caught here: the engine retries the unit alone.
     */
    Checked check(UnitResult result) {
        List<Finding> findings = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        for (SageMakerResource resource : result.resources()) {
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                try {
                    for (Finding f : rule.check(resource, contexts.get(r))) {
                        if (reported.test(f)) findings.add(f);
                    }
                } catch (RuleFailure e) {
                    diagnostics.add(Diagnostic.error(
                            e.code(),
                            rule.meta().id() + " failed on " + resource.id().address() + " ("
                                    + resource.id().declaration().file() + ":"
                                    + resource.id().declaration().line() + "): " + e.getMessage(),
                            e.file(),
                            e.line(),
                            e.column()));
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    diagnostics.add(Diagnostic.error(
                            DiagnosticCode.INTERNAL_ERROR,
                            "rule " + rule.meta().id() + " failed on "
                                    + resource.id().address() + ": " + Scanner.describe(e),
                            resource.id().declaration().file(),
                            resource.id().declaration().line(),
                            0));
                }
            }
        }
        return new Checked(
                keepResources ? result.resources() : List.of(), findings, diagnostics, result.suppressions(), true);
    }
}
