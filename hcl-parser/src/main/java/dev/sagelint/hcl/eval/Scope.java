package dev.sagelint.hcl.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * The names an expression can see: the module's variables and locals, and the bindings of the place it is
 * evaluated in ({@code count}, {@code each}, a {@code dynamic} block's iterator, a {@code for} expression's
 * variables).
 */
public final class Scope {
    final ModuleContext module;
    private final Map<String, Val> bindings;

    Scope(ModuleContext module, Map<String, Val> bindings) {
        this.module = module;
        this.bindings = Map.copyOf(bindings);
    }

    static Scope of(ModuleContext module) {
        return new Scope(module, Map.of());
    }

    /** This scope with one more binding. */
    Scope with(String name, Val value) {
        Map<String, Val> m = new HashMap<>(bindings);
        m.put(name, value);
        return new Scope(module, m);
    }

    Val binding(String name) {
        return bindings.get(name);
    }
}
