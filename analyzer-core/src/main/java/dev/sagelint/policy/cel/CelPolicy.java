package dev.sagelint.policy.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.UnknownContext;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.policy.PolicyDefinition;
import dev.sagelint.policy.PolicyDefinition.Expression;
import dev.sagelint.policy.PolicyModel;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleFailure;
import dev.sagelint.rules.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A custom policy as a rule: its metadata is built by {@link RuleMeta#builder} from the policy file, and its
 * violations come from evaluating the policy's CEL expressions over the resource, so that findings, messages,
 * conditions, suppressions and reports treat it as they treat a built-in rule.
 *
 * <p>Unknown values are CEL unknowns: when the result depends on one, the value's possible values (CloudFormation
 * {@code AllowedValues}, {@code Fn::If} branches) are each evaluated, and the finding fails under the condition that
 * selects a failing one, worded as for built-in rules; without possible values it fails unless the value resolves to
 * a compliant one. A failing policy points at the last property it read before deciding.
 */
final class CelPolicy extends ResourceRule<SageMakerResource> {

    /** The docs page for policies that give no url of their own. */
    static final String DOCS = "https://github.com/sagelint/sagelint/blob/main/docs/policies.md";

    private static final Pattern OFFSET = Pattern.compile("<input>:(\\d+)");

    /** The compiled expressions for one resource type. */
    record Programs(PolicyModel.Type type, Compiled when, Compiled require) {}

    /**
     * One checked expression: its program for resources whose values are all known, and, made on first need, its
     * program for partial evaluation with unknown values.
     */
    static final class Compiled {
        private final CelAbstractSyntaxTree ast;
        private final CelRuntime.Program known;
        private volatile CelRuntime.Program partial;

        Compiled(CelAbstractSyntaxTree ast, CelRuntime.Program known) {
            this.ast = ast;
            this.known = known;
        }

        CelRuntime.Program partial(CelEnvironment environment) throws CelEvaluationException {
            CelRuntime.Program p = partial;
            if (p == null) partial = p = environment.unknownRuntime().createProgram(ast);
            return p;
        }
    }

    private final PolicyDefinition policy;
    private final Map<Class<?>, Programs> programs;
    private final CelEnvironment environment;

    CelPolicy(
            PolicyDefinition policy,
            Map<Class<?>, Programs> programs,
            Set<String> fieldsRead,
            CelEnvironment environment) {
        super(appliesTo(programs), meta(policy, programs, fieldsRead));
        this.policy = policy;
        this.programs = Map.copyOf(programs);
        this.environment = environment;
    }

    /**
     * The class of the resources the policy reads: the model record when it names one resource type, so that the
     * engine passes every other resource by without entering the policy (most resources of a scan are of other
     * types); else every SageMaker resource, and {@link #violations} picks the programs by class.
     */
    @SuppressWarnings("unchecked")
    private static Class<SageMakerResource> appliesTo(Map<Class<?>, Programs> programs) {
        return programs.size() == 1
                ? (Class<SageMakerResource>) programs.keySet().iterator().next()
                : SageMakerResource.class;
    }

    /** The policy's metadata, mapped onto the same declaration every built-in rule has. */
    static RuleMeta meta(PolicyDefinition policy, Map<Class<?>, Programs> programs, Set<String> fieldsRead) {
        List<String> types = new ArrayList<>();
        Set<String> cfn = new LinkedHashSet<>();
        Set<String> tf = new LinkedHashSet<>();
        for (Programs p : programs.values()) {
            types.addAll(p.type().sourceTypes());
            for (PolicyModel.Field f : p.type().fields()) {
                if (f.type() != null) {
                    String marker = f.kind() == PolicyModel.Kind.OBJECT_LIST ? "[*]." : ".";
                    for (PolicyModel.Field inner : f.type().fields()) {
                        if (!fieldsRead.contains(inner.name())) continue;
                        cfn.add(f.cloudFormation() + marker + inner.cloudFormation());
                        tf.add(f.terraform() + marker + inner.terraform());
                    }
                }
                // A path whose first segment depends on the resource (`<Kind>JobOutputConfig.KmsKeyId`) is left out.
                if (!fieldsRead.contains(f.name())) continue;
                if (!f.cloudFormation().contains("<")) cfn.add(f.cloudFormation());
                if (!f.terraform().equals("-") && !f.terraform().contains("<")) tf.add(f.terraform());
            }
        }
        if (cfn.isEmpty()) {
            PolicyModel.Field first =
                    programs.values().iterator().next().type().fields().get(0);
            cfn.add(first.cloudFormation());
        }
        String require = "`require: " + policy.require().text().strip().replaceAll("\\s+", " ") + "`";
        PolicyDefinition.Remediation r = policy.remediation();
        String fallback = "Change the resource so that the policy's " + require + " holds.";
        String risk = policy.message().strip();
        if (risk.endsWith(".")) risk = risk.substring(0, risk.length() - 1);
        return RuleMeta.builder(policy.id())
                .title(policy.title())
                .severity(policy.severity())
                .noAwsConfigRule(
                        "a custom policy of this project (" + policy.file().getFileName() + ")")
                .subject("resource")
                .resourceTypes(types.stream().distinct().sorted().toArray(String[]::new))
                .properties(cfn.toArray(String[]::new))
                .terraformProperties(tf.stream().filter(p -> !p.contains("-")).toArray(String[]::new))
                .risk(risk)
                .fix(Fix.IN_PLACE, "Custom policy: whether the change replaces the resource depends on the property.")
                .cloudFormationRemediation(r.cloudFormation() != null ? r.cloudFormation() : fallback)
                .terraformRemediation(r.terraform() != null ? r.terraform() : fallback)
                .cdkRemediation(r.cdk() != null ? r.cdk() : fallback)
                .awsDocUrl(policy.url() != null ? policy.url() : DOCS)
                .customDocumentation(policy.url() != null ? policy.url() : DOCS, prose(policy))
                .build();
    }

    /** The documentation page of a policy: where it is defined, its expressions and its message. */
    private static String prose(PolicyDefinition policy) {
        StringBuilder md = new StringBuilder("## What is checked\n\n");
        md.append("A custom policy of this project, defined in `")
                .append(policy.file().getFileName())
                .append("` at line ")
                .append(policy.line())
                .append(". It applies to ")
                .append(String.join(", ", policy.resources()))
                .append(" resources");
        if (policy.when() != null) {
            md.append(" for which this holds:\n\n```cel\n")
                    .append(policy.when().text().strip())
                    .append("\n```\n\nIt");
        } else {
            md.append(". It");
        }
        md.append(" requires:\n\n```cel\n")
                .append(policy.require().text().strip())
                .append("\n```\n\n## Why it matters\n\n")
                .append(policy.message().strip())
                .append("\n");
        return md.toString();
    }

    PolicyDefinition policy() {
        return policy;
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        Programs p = programs.get(resource.getClass());
        if (p == null) return Stream.empty();
        Snapshot snapshot = environment.snapshot(p.type(), resource);
        if (p.when() != null) {
            Object inScope = evaluate(p.when(), policy.when(), snapshot);
            // A scope that depends on an unknown value counts as in scope: the finding then says which value.
            if (Boolean.FALSE.equals(inScope)) return Stream.empty();
        }
        Object result = evaluate(p.require(), policy.require(), snapshot);
        if (Boolean.TRUE.equals(result)) return Stream.empty();
        if (Boolean.FALSE.equals(result)) return Stream.of(atLastRead(snapshot, resource));
        if (result instanceof CelUnknownSet unknown) {
            String path = unknownPath(unknown, snapshot);
            @SuppressWarnings("unchecked")
            Prop<Object> prop = (Prop<Object>) snapshot.unknowns.get(path);
            return prop
                    .violation(value -> {
                        Snapshot with = new Snapshot(p.type(), resource, Map.of(path, value == null ? "" : value));
                        return !Boolean.TRUE.equals(evaluate(p.require(), policy.require(), with));
                    })
                    .stream();
        }
        throw new RuleFailure(
                DiagnosticCode.POLICY_FAILED,
                "`require` gave " + result + " instead of true or false",
                policy.file(),
                policy.require().line(),
                policy.require().column());
    }

    private static String unknownPath(CelUnknownSet unknown, Snapshot snapshot) {
        for (CelAttribute attribute : unknown.attributes()) {
            String text = attribute.toString();
            if (snapshot.unknowns.containsKey(text)) return text;
        }
        return snapshot.unknowns.keySet().iterator().next();
    }

    private Object evaluate(Compiled program, Expression expression, Snapshot snapshot) {
        snapshot.clearReads();
        try {
            if (snapshot.unknowns.isEmpty()) return program.known.eval(snapshot.variables);
            List<CelAttributePattern> patterns =
                    snapshot.unknowns.keySet().stream().map(CelPolicy::pattern).toList();
            return program.partial(environment).advanceEvaluation(UnknownContext.create(snapshot.variables, patterns));
        } catch (CelEvaluationException e) {
            int offset = 0;
            Matcher m = OFFSET.matcher(e.getMessage());
            if (m.find()) offset = Integer.parseInt(m.group(1));
            int[] at = CelPolicyCompiler.offsetPosition(expression, offset);
            String message = e.getMessage().replaceFirst("^evaluation error at <input>:\\d+: ", "");
            throw new RuleFailure(DiagnosticCode.POLICY_FAILED, message, policy.file(), at[0], at[1]);
        }
    }

    /** The CEL attribute pattern of a path such as {@code resource.productionVariants[0].initialInstanceCount}. */
    private static CelAttributePattern pattern(String path) {
        String[] segments = path.split("\\.");
        CelAttributePattern pattern = CelAttributePattern.create(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            pattern = pattern.qualify(CelAttribute.Qualifier.ofString(name));
            while (bracket >= 0) {
                int close = segment.indexOf(']', bracket);
                pattern = pattern.qualify(
                        CelAttribute.Qualifier.ofInt(Long.parseLong(segment.substring(bracket + 1, close))));
                bracket = segment.indexOf('[', close);
            }
        }
        return pattern;
    }

    /**
     * A policy finding names the resource's declaration beside the property it points at, wherever that property
     * is written, so that a reader of the report sees both the value and the resource it belongs to.
     */
    @Override
    protected List<Span> related(Span value, Span declaration) {
        return value.equals(declaration) ? List.of() : List.of(declaration);
    }

    /** The violation at the last property the expression read, worded as the built-in rules word a fact. */
    private Violation atLastRead(Snapshot snapshot, SageMakerResource resource) {
        for (int i = snapshot.readCount() - 1; i >= 0; i--) {
            Prop<?> prop = snapshot.props.get(snapshot.read(i));
            if (prop == null || prop instanceof Prop.Unknown<?>) continue;
            Optional<Violation> v = prop.violation(x -> true);
            if (v.isPresent()) {
                Violation violation = v.get();
                return new Violation(violation.path(), violation.fact(), violation.span(), null);
            }
        }
        return new Violation(
                "(resource)",
                "the " + resource.id().sourceType() + " does not satisfy `"
                        + policy.require().text().strip() + "`",
                resource.id().declaration(),
                null);
    }
}
