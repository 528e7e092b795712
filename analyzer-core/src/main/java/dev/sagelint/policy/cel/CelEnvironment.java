package dev.sagelint.policy.cel;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelMacro;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.sagelint.policy.PolicyModel;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL environment of policies: the model's types as CEL struct types ({@code sagelint.EndpointConfig}, ...),
 * the variable {@code resource}, a {@code has()} that answers whether the template wrote a field, the string
 * extension functions ({@code split}, {@code lowerAscii}, ...), and the limits.
 */
final class CelEnvironment {

    /** The most iterations of all comprehensions of one evaluation; beyond it the policy fails on that resource. */
    static final int MAX_ITERATIONS = 10_000;

    /** How deeply comprehensions ({@code all}, {@code exists}, {@code map}, ...) may nest in one expression. */
    static final int MAX_COMPREHENSION_NESTING = 2;

    /** The longest expression, in characters. */
    static final int MAX_EXPRESSION_LENGTH = 4096;

    static final String WRITTEN = "sagelint_written";

    private final Map<String, StructType> types = new LinkedHashMap<>();
    private final Map<String, CelCompiler> compilers = new LinkedHashMap<>();
    private final CelOptions options;
    private final CelRuntime runtime;
    private volatile CelRuntime unknownRuntime;
    private final CelTypeProvider typeProvider;

    CelEnvironment() {
        PolicyModel.NESTED_TYPES.forEach(this::declare);
        PolicyModel.RESOURCE_TYPES.forEach(this::declare);
        typeProvider = new CelTypeProvider() {
            @Override
            public ImmutableCollection<CelType> types() {
                return ImmutableList.copyOf(types.values());
            }

            @Override
            public Optional<CelType> findType(String name) {
                return Optional.ofNullable(types.get(name));
            }
        };
        options = options(false);
        runtime = runtime(options);
    }

    private static CelOptions options(boolean unknownTracking) {
        return CelOptions.current()
                .comprehensionMaxIterations(MAX_ITERATIONS)
                .enableUnknownTracking(unknownTracking)
                .build();
    }

    private static CelRuntime runtime(CelOptions options) {
        return CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(options)
                .addLibraries(CelExtensions.strings())
                .addFunctionBindings(CelFunctionBinding.from(
                        WRITTEN + "_dyn_string",
                        Object.class,
                        String.class,
                        (owner, field) -> !(owner instanceof ModelValue m) || m.written(field)))
                .build();
    }

    private void declare(PolicyModel.Type type) {
        Map<String, CelType> fields = new LinkedHashMap<>();
        for (PolicyModel.Field f : type.fields()) fields.put(f.name(), celType(f));
        types.put(
                celName(type),
                StructType.create(
                        celName(type),
                        ImmutableSet.copyOf(fields.keySet()),
                        name -> Optional.ofNullable(fields.get(name))));
    }

    private CelType celType(PolicyModel.Field f) {
        return switch (f.kind()) {
            case STRING -> SimpleType.STRING;
            case INT -> SimpleType.INT;
            case BOOL -> SimpleType.BOOL;
            case STRING_LIST -> ListType.create(SimpleType.STRING);
            case STRING_MAP -> MapType.create(SimpleType.STRING, SimpleType.STRING);
            case OBJECT -> types.get(celName(f.type()));
            case OBJECT_LIST -> ListType.create(types.get(celName(f.type())));
        };
    }

    static String celName(PolicyModel.Type type) {
        return "sagelint." + type.name();
    }

    /**
     * What a checked expression depends on besides its text and resource type, for {@link CheckedCache}: CEL's
     * version, the declared types with their fields, and the compiler's configuration ({@link #compiler}). Whatever
     * changes {@link #compiler} must change this too.
     */
    String key() {
        StringBuilder key = new StringBuilder("cel ").append(celVersion()).append('\n');
        key.append("compiler: standard macros but has, has(x.f) as presence && ")
                .append(WRITTEN)
                .append("(dyn, string), string extensions, resource: the type, result: bool\n");
        for (StructType type : types.values()) {
            key.append(type.name()).append(" {");
            for (String field : type.fieldNames()) {
                key.append(' ').append(field).append(": ");
                type.findField(field).ifPresent(f -> describe(f.type(), key));
                key.append(';');
            }
            key.append(" }\n");
        }
        return key.toString();
    }

    /** The declared model type of this name ({@code sagelint.EndpointConfig}), or {@code null}. */
    CelType declaredType(String name) {
        return types.get(name);
    }

    private static void describe(CelType type, StringBuilder out) {
        out.append(type.kind()).append(' ').append(type.name());
        if (type instanceof StructType || type.parameters().isEmpty()) return;
        out.append('(');
        for (CelType p : type.parameters()) {
            describe(p, out);
            out.append(',');
        }
        out.append(')');
    }

    /** CEL's version, as the build recorded it ({@code cel.properties}). */
    private static String celVersion() {
        try (java.io.InputStream in = CelEnvironment.class.getResourceAsStream("cel.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The compiler for expressions over one resource type; the result must be a bool. */
    CelCompiler compiler(PolicyModel.Type type) {
        return compilers.computeIfAbsent(type.name(), n -> {
            EnumSet<CelStandardMacro> macros = EnumSet.copyOf(CelStandardMacro.STANDARD_MACROS);
            macros.remove(CelStandardMacro.HAS);
            return CelCompilerFactory.standardCelCompilerBuilder()
                    .setOptions(options)
                    .setTypeProvider(typeProvider)
                    .setStandardMacros(macros)
                    .addLibraries(CelExtensions.strings())
                    .addMacros(CelMacro.newGlobalMacro("has", 1, CelEnvironment::expandHas))
                    .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(
                            WRITTEN,
                            CelOverloadDecl.newGlobalOverload(
                                    WRITTEN + "_dyn_string", SimpleType.BOOL, SimpleType.DYN, SimpleType.STRING)))
                    .addVar("resource", types.get(celName(type)))
                    .setResultType(SimpleType.BOOL)
                    .build();
        });
    }

    /**
     * {@code has(x.f)}: CEL's presence test (which checks that {@code f} is a field of {@code x}'s type, or a key of
     * a map), and, on a model object, whether the template wrote {@code f}. Every declared field of a model object
     * holds a value (its default when absent), so the presence test alone would always be true there.
     */
    private static Optional<CelExpr> expandHas(
            dev.cel.parser.CelMacroExprFactory factory, CelExpr target, ImmutableList<CelExpr> arguments) {
        CelExpr argument = arguments.get(0);
        if (argument.exprKind().getKind() != CelExpr.ExprKind.Kind.SELECT) {
            return Optional.of(factory.reportError("has() takes a field selection, such as has(resource.kmsKeyId)"));
        }
        CelExpr operand = argument.select().operand();
        String field = argument.select().field();
        CelExpr presence = factory.newSelect(factory.copy(operand), field, true);
        CelExpr written = factory.newGlobalCall(WRITTEN, factory.copy(operand), factory.newStringLiteral(field));
        return Optional.of(factory.newGlobalCall("_&&_", presence, written));
    }

    /**
     * The snapshot of {@code resource} as {@code type}: the policies of a scan ask about the same resource one after
     * the other, so the last one built on this thread is kept and reused (its record of reads is cleared before each
     * evaluation).
     */
    Snapshot snapshot(PolicyModel.Type type, Object resource) {
        Snapshot last = lastSnapshot.get();
        if (last != null && last.resource == resource && last.type == type) return last;
        Snapshot made = new Snapshot(type, resource, Map.of());
        lastSnapshot.set(made);
        return made;
    }

    private final ThreadLocal<Snapshot> lastSnapshot = new ThreadLocal<>();

    /**
     * The runtime for resources whose values are all known. It does not track attributes, which makes each evaluation
     * about a third cheaper than under {@link #unknownRuntime()}.
     */
    CelRuntime runtime() {
        return runtime;
    }

    /**
     * The runtime that evaluates with unknown values (CEL's partial evaluation), built on first use: a scan whose
     * resources hold no unknown value never pays for it.
     */
    CelRuntime unknownRuntime() {
        CelRuntime r = unknownRuntime;
        if (r == null) {
            synchronized (this) {
                r = unknownRuntime;
                if (r == null) unknownRuntime = r = runtime(options(true));
            }
        }
        return r;
    }
}
