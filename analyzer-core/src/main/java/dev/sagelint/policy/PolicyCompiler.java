package dev.sagelint.policy;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.rules.Rule;
import java.util.List;

/**
 * Turns policy definitions into rules. The implementation lives in {@code dev.sagelint.policy.cel} and is found
 * through {@link java.util.ServiceLoader} by {@link Policies} only when a project has policies, so that a scan
 * without them never loads a CEL class.
 */
public interface PolicyCompiler {

    /**
     * Compiles and type-checks every policy.
     *
     * @return one rule per policy that compiled, and a {@code policy-error} diagnostic with file, line and column
     *     for each that did not
     */
    Compiled compile(List<PolicyDefinition> policies);

    /** The rules and the errors. */
    record Compiled(List<Rule> rules, List<Diagnostic> diagnostics) {
        public Compiled {
            rules = List.copyOf(rules);
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
