package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.read.Expr;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One module instance being evaluated: its variables (already resolved from the caller, tfvars or defaults), its
 * locals (evaluated on first use), and the outputs of the modules it calls.
 */
final class ModuleContext {
    final Path dir;
    final Path rootDir;
    final Map<String, Val> variables;
    final Map<String, Expr> locals;
    private final Map<String, Val> localValues = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    Function<String, Val> moduleOutputs = name -> null;
    /** The type constraint of each variable that declares one. */
    Map<String, Expr> variableTypes = Map.of();

    ModuleContext(Path dir, Path rootDir, Map<String, Val> variables, Map<String, Expr> locals) {
        this.dir = dir;
        this.rootDir = rootDir;
        this.variables = variables;
        this.locals = locals;
    }

    Val local(String name, Evaluator evaluator) {
        Val cached = localValues.get(name);
        if (cached != null) return cached;
        Expr expr = locals.get(name);
        if (expr == null) return null;
        if (!evaluating.add(name)) {
            return new Val.Unk(
                    "local." + name,
                    "local " + name + " refers to itself",
                    java.util.List.of(),
                    expr.src().span());
        }
        try {
            Val v = evaluator.evalSafely(expr, Scope.of(this));
            localValues.put(name, v);
            return v;
        } finally {
            evaluating.remove(name);
        }
    }
}
