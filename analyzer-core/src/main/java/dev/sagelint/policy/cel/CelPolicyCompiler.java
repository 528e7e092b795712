package dev.sagelint.policy.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.sagelint.config.Suggestions;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.policy.PolicyCompiler;
import dev.sagelint.policy.PolicyDefinition;
import dev.sagelint.policy.PolicyDefinition.Expression;
import dev.sagelint.policy.PolicyModel;
import dev.sagelint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Compiles and type-checks policies with CEL; found by {@code Policies} through {@code ServiceLoader}. */
public final class CelPolicyCompiler implements PolicyCompiler {

    private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']+)'");

    @Override
    public Compiled compile(List<PolicyDefinition> policies) {
        return compile(policies, CheckedCache.root(System.getProperty(CheckedCache.PROPERTY), System.getenv()));
    }

    /** Compiles with checked expressions cached under {@code cacheRoot} ({@code null}: no cache). */
    Compiled compile(List<PolicyDefinition> policies, Path cacheRoot) {
        CelEnvironment environment = new CelEnvironment();
        CheckedCache cache = CheckedCache.open(policies, environment, cacheRoot);
        List<Rule> rules = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (PolicyDefinition policy : policies) {
            int before = diagnostics.size();
            Map<Class<?>, CelPolicy.Programs> programs = new LinkedHashMap<>();
            Set<String> fieldsRead = new LinkedHashSet<>();
            for (String typeName : policy.resources()) {
                PolicyModel.Type type = PolicyModel.resourceType(typeName).orElseThrow();
                CelPolicy.Compiled when = policy.when() == null
                        ? null
                        : program(environment, cache, type, policy, policy.when(), "when", diagnostics, fieldsRead);
                CelPolicy.Compiled require =
                        program(environment, cache, type, policy, policy.require(), "require", diagnostics, fieldsRead);
                if (require != null) programs.put(type.javaType(), new CelPolicy.Programs(type, when, require));
            }
            if (diagnostics.size() > before) continue;
            try {
                rules.add(new CelPolicy(policy, programs, fieldsRead, environment));
            } catch (IllegalStateException e) {
                diagnostics.add(error(policy, policy.line(), 1, "the policy is incomplete: " + e.getMessage()));
            }
        }
        return new Compiled(rules, diagnostics);
    }

    private CelPolicy.Compiled program(
            CelEnvironment environment,
            CheckedCache cache,
            PolicyModel.Type type,
            PolicyDefinition policy,
            Expression expression,
            String key,
            List<Diagnostic> diagnostics,
            Set<String> fieldsRead) {
        if (expression.text().length() > CelEnvironment.MAX_EXPRESSION_LENGTH) {
            diagnostics.add(error(
                    policy,
                    expression.line(),
                    expression.column(),
                    "`" + key + "` exceeds the cost limit: it is longer than " + CelEnvironment.MAX_EXPRESSION_LENGTH
                            + " characters"));
            return null;
        }
        CelAbstractSyntaxTree ast = cache.get(type.name(), expression.text()).orElse(null);
        if (ast == null) {
            ast = check(environment, type, policy, expression, key, diagnostics);
            if (ast == null) return null;
            cache.put(type.name(), expression.text(), ast);
        }
        return program(environment, policy, expression, key, ast, diagnostics, fieldsRead);
    }

    /** The expression parsed and type-checked, or {@code null} with its errors added to {@code diagnostics}. */
    private CelAbstractSyntaxTree check(
            CelEnvironment environment,
            PolicyModel.Type type,
            PolicyDefinition policy,
            Expression expression,
            String key,
            List<Diagnostic> diagnostics) {
        try {
            return environment.compiler(type).compile(expression.text()).getAst();
        } catch (CelValidationException e) {
            for (CelIssue issue : e.getErrors()) {
                int[] at = position(
                        expression,
                        issue.getSourceLocation().getLine(),
                        issue.getSourceLocation().getColumn());
                diagnostics.add(error(
                        policy,
                        at[0],
                        at[1],
                        "`" + key + "` on " + type.name() + ": " + issue.getMessage()
                                + suggestion(issue.getMessage())));
            }
            return null;
        }
    }

    /** The program of a checked expression, once its cost is within the limits. */
    private CelPolicy.Compiled program(
            CelEnvironment environment,
            PolicyDefinition policy,
            Expression expression,
            String key,
            CelAbstractSyntaxTree ast,
            List<Diagnostic> diagnostics,
            Set<String> fieldsRead) {
        CelNavigableExpr root = CelNavigableAst.fromAst(ast).getRoot();
        List<CelNavigableExpr> comprehensions = root.allNodes()
                .filter(n -> n.expr().exprKind().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION)
                .toList();
        for (CelNavigableExpr c : comprehensions) {
            long depth = Stream.iterate(c, n -> n.parent().orElse(null))
                    .takeWhile(n -> n != null)
                    .filter(n -> n.expr().exprKind().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION)
                    .count();
            if (depth > CelEnvironment.MAX_COMPREHENSION_NESTING) {
                int offset =
                        ast.getSource().getPositionsMap().getOrDefault(c.expr().id(), 0);
                int[] at = offsetPosition(expression, offset);
                diagnostics.add(error(
                        policy,
                        at[0],
                        at[1],
                        "`" + key + "` exceeds the cost limit: comprehensions (all, exists, map, filter) are nested "
                                + depth + " deep, at most " + CelEnvironment.MAX_COMPREHENSION_NESTING
                                + " are allowed"));
                return null;
            }
        }
        root.allNodes()
                .filter(n -> n.expr().exprKind().getKind() == CelExpr.ExprKind.Kind.SELECT)
                .forEach(n -> fieldsRead.add(n.expr().select().field()));
        try {
            return new CelPolicy.Compiled(ast, environment.runtime().createProgram(ast));
        } catch (CelEvaluationException e) {
            diagnostics.add(error(policy, expression.line(), expression.column(), "`" + key + "`: " + e.getMessage()));
            return null;
        }
    }

    private static String suggestion(String message) {
        Matcher m = UNDEFINED_FIELD.matcher(message);
        if (!m.find()) return "";
        List<String> names = Stream.concat(PolicyModel.RESOURCE_TYPES.stream(), PolicyModel.NESTED_TYPES.stream())
                .flatMap(t -> t.fields().stream())
                .map(PolicyModel.Field::name)
                .distinct()
                .toList();
        return Suggestions.closest(m.group(1), names)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("; see docs/policy-model.md for the fields of each type");
    }

    /** The file position of a 1-based line and 0-based column inside an expression. */
    static int[] position(Expression expression, int line, int column) {
        int fileLine = expression.line() + Math.max(0, line - 1);
        int fileColumn = line <= 1 || expression.block() ? expression.column() + column : column + 1;
        return new int[] {fileLine, fileColumn};
    }

    /** The file position of a character offset inside an expression. */
    static int[] offsetPosition(Expression expression, int offset) {
        String text = expression.text();
        int line = 1;
        int column = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return position(expression, line, column);
    }

    private static Diagnostic error(PolicyDefinition policy, int line, int column, String message) {
        return Diagnostic.error(
                DiagnosticCode.POLICY_ERROR, "policy " + policy.id() + ": " + message, policy.file(), line, column);
    }
}
