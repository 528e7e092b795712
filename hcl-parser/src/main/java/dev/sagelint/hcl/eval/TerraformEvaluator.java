package dev.sagelint.hcl.eval;

import dev.sagelint.engine.Budget;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Utf8;
import dev.sagelint.hcl.eval.Val.ListV;
import dev.sagelint.hcl.eval.Val.Null;
import dev.sagelint.hcl.eval.Val.Num;
import dev.sagelint.hcl.eval.Val.ObjV;
import dev.sagelint.hcl.eval.Val.Str;
import dev.sagelint.hcl.eval.Val.Unk;
import dev.sagelint.hcl.read.Attribute;
import dev.sagelint.hcl.read.Block;
import dev.sagelint.hcl.read.ConfigFile;
import dev.sagelint.hcl.read.Expr;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.JsonConfigReader;
import dev.sagelint.hcl.read.ReadResult;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates a root module and the local modules it calls into resource instances. Variables take their value from
 * the module call, else (root module) from the var files in Terraform's order of precedence, else from their
 * default; {@code count} and {@code for_each} expand resources and module calls into instances with their own
 * addresses (https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence).
 * Remote modules are not fetched.
 */
public final class TerraformEvaluator {

    private final HclReader hcl;
    private final JsonConfigReader json;
    private final ScanContext.Limits limits;
    private final Evaluator evaluator;
    /**
     * The modules read so far, by folder and files: a module is read once however many calls and instances use it,
     * and evaluated once per instance.
     */
    private final Map<ModuleFiles, Loaded> loaded = new HashMap<>();
    /** The Terraform files of each module folder listed so far. */
    private final Map<Path, List<Path>> listed = new HashMap<>();

    private int configFilesRead;
    /** Module instances evaluated so far, against {@link ScanContext.Limits#maxModuleInstances()}. */
    private int moduleInstances;

    /**
     * An evaluator that spends {@code budget}: module depth, module instances and {@code count}/{@code for_each}
     * instances are bounded by its limits, and so is every expression.
     */
    public TerraformEvaluator(HclReader hcl, JsonConfigReader json, Budget budget) {
        this.hcl = hcl;
        this.json = json;
        this.limits = budget.limits();
        this.evaluator = new Evaluator(budget);
    }

    /** An evaluator with a budget of its own within {@code limits}. */
    public TerraformEvaluator(HclReader hcl, JsonConfigReader json, ScanContext.Limits limits) {
        this(hcl, json, Budget.of(limits));
    }

    /**
     * A {@code limit-exceeded} diagnostic for each limit that evaluation so far ran out of, at the first place it
     * did; resource bodies are evaluated when adapted, so ask after adapting.
     *
     * @param root where a limit that ran out outside any expression is reported
     */
    public List<Diagnostic> limitDiagnostics(Path root) {
        return evaluator.limitDiagnostics(root);
    }

    /** A module's configuration as read from its files. */
    record Module(Path dir, List<Block> blocks) {
        Module {
            blocks = List.copyOf(blocks);
        }

        List<Block> blocks(String type) {
            return blocks.stream().filter(b -> b.type().equals(type)).toList();
        }
    }

    /**
     * Evaluates the root module made of {@code configFiles}.
     *
     * @param varFiles variable value files, lowest precedence first ({@code terraform.tfvars},
     *                 {@code *.auto.tfvars} in name order, then files given on the command line)
     */
    public List<ResourceInstance> evaluateRoot(
            Path dir, List<Path> configFiles, List<Path> varFiles, List<Diagnostic> diagnostics) {
        moduleInstances = 0;
        Module root = load(dir, configFiles, diagnostics);
        Map<String, Val> tfvars = new LinkedHashMap<>();
        for (Path f : varFiles) tfvars.putAll(readVarFile(f, diagnostics));
        List<ResourceInstance> out = new ArrayList<>();
        evaluate(root, dir, tfvars, true, "", 0, Map.of(), null, false, null, out, diagnostics);
        return out;
    }

    /** Which module: its folder and the files read for it. */
    private record ModuleFiles(Path dir, List<Path> files) {}

    /** A module as read, with the diagnostics its files gave. */
    private record Loaded(Module module, List<Diagnostic> diagnostics) {}

    /**
     * Reads the files of a module, or takes them from an earlier read of the same files; files with syntax errors
     * are left out and reported (with each use of the module, as each read reported them before reads were shared).
     */
    private Module load(Path dir, List<Path> files, List<Diagnostic> diagnostics) {
        Loaded l = loaded.computeIfAbsent(new ModuleFiles(dir, List.copyOf(files)), k -> {
            List<Diagnostic> own = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            for (Path f : files) {
                readConfig(f, own).ifPresent(c -> blocks.addAll(c.body().blocks()));
            }
            return new Loaded(new Module(dir, blocks), List.copyOf(own));
        });
        diagnostics.addAll(l.diagnostics());
        return l.module();
    }

    /** How many configuration files were parsed so far (each once, whatever the number of calls): for tests. */
    int configFilesRead() {
        return configFilesRead;
    }

    private Optional<ConfigFile> readConfig(Path f, List<Diagnostic> diagnostics) {
        Optional<String> text = text(f, diagnostics);
        if (text.isEmpty()) return Optional.empty();
        configFilesRead++;
        ReadResult r =
                f.getFileName().toString().endsWith(".json") ? json.readConfig(f, text.get()) : hcl.read(f, text.get());
        diagnostics.addAll(r.diagnostics());
        return r.file();
    }

    private Optional<String> text(Path f, List<Diagnostic> diagnostics) {
        try {
            if (Files.size(f) > limits.maxFileBytes()) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.FILE_TOO_LARGE,
                        "file is larger than the limit of " + limits.maxFileBytes() + " bytes; not analyzed",
                        f,
                        0,
                        0));
                return Optional.empty();
            }
            Utf8.Decoded decoded = Utf8.decode(f, Files.readAllBytes(f));
            if (decoded.error() != null) {
                diagnostics.add(decoded.error());
                return Optional.empty();
            }
            return Optional.of(decoded.text());
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.IO_ERROR, "cannot read file: " + e.getMessage(), f, 0, 0));
            return Optional.empty();
        }
    }

    /** The values a {@code .tfvars} or {@code .tfvars.json} file sets. */
    Map<String, Val> readVarFile(Path f, List<Diagnostic> diagnostics) {
        Optional<String> text = text(f, diagnostics);
        if (text.isEmpty()) return Map.of();
        ReadResult r =
                f.getFileName().toString().endsWith(".json") ? json.readVars(f, text.get()) : hcl.read(f, text.get());
        diagnostics.addAll(r.diagnostics());
        if (r.file().isEmpty()) return Map.of();
        ModuleContext empty = new ModuleContext(f.getParent(), f.getParent(), Map.of(), Map.of());
        Map<String, Val> out = new LinkedHashMap<>();
        for (Attribute a : r.file().get().body().attributes()) {
            Val v = evaluator.evalSafely(a.value(), Scope.of(empty));
            out.put(
                    a.name(),
                    v.origin() != null ? v : Val.withOrigin(v, a.value().src().span()));
        }
        return out;
    }

    private ModuleContext evaluate(
            Module module,
            Path rootDir,
            Map<String, Val> inputs,
            boolean isRoot,
            String prefix,
            int depth,
            Map<String, Val> inheritedTags,
            String symbolic,
            boolean empty,
            Span calledFrom,
            List<ResourceInstance> out,
            List<Diagnostic> diagnostics) {
        ModuleContext ctx = new ModuleContext(module.dir(), rootDir, variables(module, inputs, isRoot), locals(module));
        Map<String, Val> outputs = new HashMap<>();
        ctx.moduleOutputs = outputs::get;
        ctx.variableTypes = variableTypes(module);
        Map<String, Val> providerTags =
                ProviderTags.of(module.blocks("provider"), inheritedTags, Scope.of(ctx), evaluator);
        for (Block call : module.blocks("module")) {
            callModule(
                    call,
                    ctx,
                    rootDir,
                    prefix,
                    depth,
                    providerTags,
                    symbolic,
                    empty,
                    calledFrom != null ? calledFrom : call.header(),
                    out,
                    diagnostics,
                    outputs);
        }
        for (Block resource : module.blocks("resource")) {
            String type = resource.label(0);
            String name = resource.label(1);
            for (Instance inst : expand(resource, Scope.of(ctx), prefix + type + "." + name)) {
                String address = prefix + type + "." + name + inst.key();
                View body = View.of(resource.body(), inst.scope(), evaluator, resource.header());
                out.add(new ResourceInstance(
                        type,
                        name,
                        address,
                        prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                        resource,
                        body,
                        providerTags.get(ProviderTags.configuration(resource)),
                        symbolic != null ? symbolic : inst.symbolic(),
                        empty || inst.empty(),
                        calledFrom));
            }
        }
        return ctx;
    }

    private void callModule(
            Block call,
            ModuleContext ctx,
            Path rootDir,
            String prefix,
            int depth,
            Map<String, Val> providerTags,
            String symbolic,
            boolean empty,
            Span calledFrom,
            List<ResourceInstance> out,
            List<Diagnostic> diagnostics,
            Map<String, Val> outputs) {
        String name = call.label(0);
        Optional<Attribute> sourceAttr = call.body().attribute("source");
        String source = sourceAttr
                .map(a -> a.value() instanceof Expr.Literal l && l.value() instanceof String s ? s : null)
                .orElse(null);
        Span at = sourceAttr.map(a -> a.src().span()).orElse(call.header());
        if (source == null) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.REMOTE_MODULE,
                    "module \"" + name + "\" has no literal source; " + "its resources are not analyzed",
                    at.file(),
                    at.line(),
                    at.column()));
            return;
        }
        if (!isLocal(source)) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.REMOTE_MODULE,
                    "module \"" + name + "\" comes from " + source
                            + ", which sagelint does not fetch; its resources are not analyzed (scan the module's own "
                            + "source to check them)",
                    at.file(),
                    at.line(),
                    at.column()));
            return;
        }
        Path dir = ctx.dir.resolve(source).normalize();
        if (depth >= limits.maxModuleDepth()) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.MODULE_DEPTH,
                    "module \"" + name + "\" is nested more than " + limits.maxModuleDepth()
                            + " levels deep (limit module-depth); not followed",
                    at.file(),
                    at.line(),
                    at.column()));
            return;
        }
        List<Path> files = listed.computeIfAbsent(dir, TerraformEvaluator::moduleFiles);
        if (files.isEmpty()) {
            diagnostics.add(Diagnostic.warning(
                    DiagnosticCode.MODULE_NOT_FOUND,
                    "module \"" + name + "\": no Terraform files in " + source,
                    at.file(),
                    at.line(),
                    at.column()));
            return;
        }
        Module child = load(dir, files, diagnostics);
        List<Instance> instances = expand(call, Scope.of(ctx), prefix + "module." + name);
        Map<String, Val> childTags = ProviderTags.passed(call, providerTags);
        boolean single = instances.size() == 1 && instances.get(0).key().isEmpty();
        Map<String, Val> perInstance = new LinkedHashMap<>();
        for (Instance inst : instances) {
            if (++moduleInstances > limits.maxModuleInstances()) {
                evaluator.record(new Budget.Exceeded(
                                ScanContext.Limit.MODULE_INSTANCES,
                                "the modules called make more than " + limits.maxModuleInstances() + " instances",
                                "; the further instances of module \"" + name + "\" and the modules called after it "
                                        + "are not analyzed")
                        .locate(call.header()));
                break;
            }
            Map<String, Val> inputs = new LinkedHashMap<>();
            for (Attribute a : call.body().attributes()) {
                if (Set.of("source", "version", "count", "for_each", "providers", "depends_on")
                        .contains(a.name())) {
                    continue;
                }
                Val v = evaluator.evalSafely(a.value(), inst.scope());
                inputs.put(
                        a.name(),
                        v.origin() != null
                                ? v
                                : Val.withOrigin(v, a.value().src().span()));
            }
            ModuleContext childCtx = evaluate(
                    child,
                    rootDir,
                    inputs,
                    false,
                    prefix + "module." + name + inst.key() + ".",
                    depth + 1,
                    childTags,
                    symbolic != null ? symbolic : inst.symbolic(),
                    empty || inst.empty(),
                    calledFrom,
                    out,
                    diagnostics);
            perInstance.put(inst.key(), outputsOf(child, childCtx));
        }
        if (single) {
            outputs.put(name, perInstance.values().iterator().next());
        } else {
            outputs.put(
                    name,
                    new Unk("module." + name, "module " + name + " has several instances", List.of(), call.header()));
        }
    }

    private Val outputsOf(Module child, ModuleContext childCtx) {
        Map<String, Val> fields = new LinkedHashMap<>();
        for (Block o : child.blocks("output")) {
            o.body()
                    .attribute("value")
                    .ifPresent(a -> fields.put(o.label(0), evaluator.evalSafely(a.value(), Scope.of(childCtx))));
        }
        return new ObjV(fields, null);
    }

    /** Whether a module source is a local path (https://developer.hashicorp.com/terraform/language/modules/sources). */
    public static boolean isLocal(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    /** The {@code .tf} and {@code .tf.json} files of a module directory, in name order. */
    public static List<Path> moduleFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".tf") || n.endsWith(".tf.json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    // ---- variables and locals ----

    private Map<String, Val> variables(Module module, Map<String, Val> inputs, boolean isRoot) {
        Map<String, Val> vars = new LinkedHashMap<>();
        ModuleContext empty = new ModuleContext(module.dir(), module.dir(), Map.of(), Map.of());
        for (Block v : module.blocks("variable")) {
            String name = v.label(0);
            Val given = inputs.get(name);
            Optional<Expr> type = v.body().attribute("type").map(Attribute::value);
            if (given != null && !(isRoot && given instanceof Null)) {
                vars.put(name, typed(type, given, empty));
                continue;
            }
            Optional<Attribute> def = v.body().attribute("default");
            if (def.isPresent()) {
                Val d = evaluator.evalSafely(def.get().value(), Scope.of(empty));
                vars.put(
                        name,
                        typed(
                                type,
                                d.origin() != null
                                        ? d
                                        : Val.withOrigin(
                                                d, def.get().value().src().span()),
                                empty));
                continue;
            }
            String reason = isRoot
                    ? "variable " + name + " has no default and no value in tfvars"
                    : "variable " + name + " has no default and the module call does not set it";
            vars.put(name, new Unk("var." + name, reason, ValidationValues.of(v, name), v.header()));
        }
        return vars;
    }

    private static Map<String, Expr> variableTypes(Module module) {
        Map<String, Expr> out = new HashMap<>();
        for (Block v : module.blocks("variable")) {
            v.body().attribute("type").ifPresent(t -> out.put(v.label(0), t.value()));
        }
        return out;
    }

    private Val typed(Optional<Expr> type, Val value, ModuleContext empty) {
        return type.isEmpty() ? value : TypeDefaults.apply(type.get(), value, Scope.of(empty), evaluator);
    }

    private static Map<String, Expr> locals(Module module) {
        Map<String, Expr> locals = new LinkedHashMap<>();
        for (Block b : module.blocks("locals")) {
            for (Attribute a : b.body().attributes()) locals.put(a.name(), a.value());
        }
        return locals;
    }

    // ---- count and for_each ----

    /**
     * One instance of a resource or module block: its address key, the scope its body is evaluated in, and, for the
     * one instance that stands for those a caller may create, the sentence that says why (else null); {@code empty}
     * when that instance stands for none because {@code count} or {@code for_each} is known to be zero or empty.
     */
    record Instance(String key, Scope scope, String symbolic, boolean empty) {}

    /**
     * The instances of a resource or module block. A {@code count} or {@code for_each} that is empty or unknown
     * here gives one symbolic instance whose {@code count.index}, {@code each.key} and {@code each.value} are
     * unknown: a module exists to create what its callers ask for, so what it would create is checked even when its
     * defaults create nothing.
     */
    private List<Instance> expand(Block block, Scope scope, String what) {
        Optional<Attribute> count = block.body().attribute("count");
        Optional<Attribute> forEach = block.body().attribute("for_each");
        List<Instance> out = new ArrayList<>();
        if (count.isPresent()) {
            Expr expr = count.get().value();
            Val n = evaluator.evalSafely(expr, scope);
            int c;
            String note;
            if (n instanceof Unk u) {
                c = -1;
                note = Notes.unknown(what, "count", expr.src().text(), u.reason());
            } else {
                try {
                    c = Evaluator.asInt(n);
                } catch (EvalError e) {
                    c = Evaluator.asNumber(n).signum() > 0 ? Integer.MAX_VALUE : 1;
                }
                if (c > limits.maxInstances()) {
                    evaluator.record(new Budget.Exceeded(
                                    ScanContext.Limit.INSTANCES,
                                    what + " has count = " + expr.src().text() + ", more instances than "
                                            + limits.maxInstances(),
                                    "; only the first " + limits.maxInstances() + " are analyzed")
                            .locate(expr.src().span()));
                    c = limits.maxInstances();
                }
                note = Notes.empty(what, "count", expr.src().text(), "0");
            }
            if (c <= 0) {
                Unk index = new Unk(
                        "count.index", Notes.reason(what), List.of(), expr.src().span());
                out.add(new Instance(
                        "", scope.with("count", new ObjV(Map.of("index", index), null)), note, !(n instanceof Unk)));
                return out;
            }
            for (int i = 0; i < c; i++) {
                out.add(new Instance(
                        "[" + i + "]",
                        scope.with(
                                "count",
                                new ObjV(
                                        Map.of(
                                                "index",
                                                new Num(
                                                        BigDecimal.valueOf(i),
                                                        expr.src().span())),
                                        null)),
                        null,
                        false));
            }
            return out;
        }
        if (forEach.isPresent()) {
            Expr expr = forEach.get().value();
            Val coll = evaluator.evalSafely(expr, scope);
            if (coll instanceof ObjV o && !o.fields().isEmpty()) {
                for (String k : capped(o.fields().keySet().stream().sorted().toList(), what, expr)) {
                    out.add(new Instance(
                            "[" + quote(k) + "]",
                            scope.with("each", each(new Str(k, null), o.fields().get(k))),
                            null,
                            false));
                }
                return out;
            }
            if (coll instanceof ListV l
                    && !l.items().isEmpty()
                    && l.items().stream().allMatch(v -> v instanceof Str)) {
                // the first item of each value, found in one pass: sets are keyed by value
                Map<String, Val> firstOfEach = new HashMap<>();
                for (Val v : l.items()) firstOfEach.putIfAbsent(((Str) v).value(), v);
                for (String k : capped(firstOfEach.keySet().stream().sorted().toList(), what, expr)) {
                    Val item = firstOfEach.get(k);
                    out.add(new Instance("[" + quote(k) + "]", scope.with("each", each(item, item)), null, false));
                }
                return out;
            }
            String note;
            if (coll instanceof ObjV || coll instanceof ListV) {
                note = Notes.empty(what, "for_each", expr.src().text(), "empty");
            } else {
                String reason = coll instanceof Unk u ? u.reason() : "for_each must be a map or a set of strings";
                note = Notes.unknown(what, "for_each", expr.src().text(), reason);
            }
            String reason = Notes.reason(what);
            Span at = expr.src().span();
            out.add(new Instance(
                    "",
                    scope.with(
                            "each",
                            new ObjV(
                                    Map.of(
                                            "key",
                                            new Unk("each.key", reason, List.of(), at),
                                            "value",
                                            SymbolicElement.of(expr, scope, evaluator, reason)
                                                    .orElse(new Unk("each.value", reason, List.of(), at))),
                                    null)),
                    note,
                    coll instanceof ObjV || coll instanceof ListV));
            return out;
        }
        out.add(new Instance("", scope, null, false));
        return out;
    }

    /** The first {@code maxInstances} keys of a {@code for_each}; a diagnostic says when there are more. */
    private List<String> capped(List<String> keys, String what, Expr expr) {
        if (keys.size() <= limits.maxInstances()) return keys;
        evaluator.record(new Budget.Exceeded(
                        ScanContext.Limit.INSTANCES,
                        what + " has " + keys.size() + " for_each keys, more instances than " + limits.maxInstances(),
                        "; only the first " + limits.maxInstances() + " are analyzed")
                .locate(expr.src().span()));
        return keys.subList(0, limits.maxInstances());
    }

    private static Val each(Val key, Val value) {
        return new ObjV(Map.of("key", key, "value", value), null);
    }

    private static String quote(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
