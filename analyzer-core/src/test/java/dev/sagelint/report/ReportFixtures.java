package dev.sagelint.report;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.Models;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.sagemaker.ModelNetworkIsolation;
import dev.sagelint.rules.sagemaker.NotebookDirectInternetAccess;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import dev.sagelint.suppress.SuppressedFinding;
import dev.sagelint.suppress.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scan results for reporter tests, built from model records and real rules rather than by hand, so that messages,
 * spans and conditions are what the engine would produce. The rule set is fixed (four rules) so that golden files
 * do not change when the catalog grows.
 */
public final class ReportFixtures {

    /** A scan root that exists nowhere; reporters only compute paths against it. */
    public static final Path ROOT = Path.of("/srv/project").toAbsolutePath();

    public static final Path NOTEBOOKS = ROOT.resolve("templates/notebooks.yaml");
    public static final Path MODEL = ROOT.resolve("cdk.out/ml stack.template.json");
    public static final Path BROKEN = ROOT.resolve("templates/broken.yaml");
    public static final Path BINARY = ROOT.resolve("templates/latin1.yaml");

    public static final ToolInfo TOOL = new ToolInfo("sagelint", "1.2.3", ToolInfo.INFORMATION_URI);

    public static final List<Rule> RULES = List.of(
            new NotebookDirectInternetAccess(),
            new NotebookInVpc(),
            new NotebookRootAccess(),
            new ModelNetworkIsolation());

    private ReportFixtures() {}

    public static List<RuleMeta> metas() {
        return RULES.stream().map(Rule::meta).toList();
    }

    /**
     * Three resources in two files: a notebook with everything insecure (root access written, the rest defaulted),
     * a notebook whose root access depends on a condition, and a CDK model without network isolation.
     */
    public static ScanResult findings() {
        return result(List.of(insecureNotebook(4), conditionalNotebook(), cdkModel()), List.of(), 2);
    }

    /** One readable file with a conditional finding, one that does not parse, one that is not UTF-8. */
    public static ScanResult partial() {
        return result(
                List.of(conditionalNotebook()),
                List.of(
                        Diagnostic.error(
                                DiagnosticCode.PARSE_ERROR, "mapping values are not allowed here", BROKEN, 3, 12),
                        Diagnostic.warning(
                                DiagnosticCode.TRANSFORM_NOT_EXPANDED,
                                "`Fn::Transform` is not evaluated; values " + "under it are unknown",
                                BROKEN,
                                7,
                                0),
                        Diagnostic.error(
                                DiagnosticCode.ENCODING_ERROR,
                                "the file is not valid UTF-8 (byte 0xE9)",
                                BINARY,
                                0,
                                0)),
                3);
    }

    /**
     * The findings of {@link #findings()} as a scan with a baseline and inline suppressions sorts them: the
     * insecure notebook's SageMaker.3 suppressed by a comment, its SageMaker.1 already in the baseline, the rest new.
     */
    public static ScanResult triaged() {
        ScanResult all = findings();
        List<Finding> counted = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        for (Finding f : all.findings()) {
            boolean insecure = f.resource().address().equals("InsecureNotebook");
            if (insecure && f.rule().id().equals("SageMaker.3")) {
                Suppression comment = Suppression.comment(
                        "SageMaker.3", "the image installs GPU drivers as root", new Span(NOTEBOOKS, 8, 7, 8, 70), 9);
                suppressed.add(new SuppressedFinding(f, comment, false));
            } else if (insecure && f.rule().id().equals("SageMaker.1")) {
                unchanged.add(f);
            } else {
                counted.add(f);
            }
        }
        return new ScanResult(
                ROOT,
                all.rules(),
                all.resources(),
                counted,
                all.diagnostics(),
                all.filesRead(),
                suppressed,
                unchanged,
                true);
    }

    /** Secure resources only. */
    public static ScanResult clean() {
        return result(List.of(), List.of(), 1);
    }

    public static ScanResult result(List<SageMakerResource> resources, List<Diagnostic> diagnostics, int files) {
        List<Finding> findings = new ArrayList<>();
        for (SageMakerResource resource : resources) {
            for (Rule rule : RULES) findings.addAll(rule.check(resource, RuleContext.defaults()));
        }
        Collections.sort(findings);
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        return new ScanResult(ROOT, metas(), resources, findings, sorted, files);
    }

    /** A notebook declared at {@code line} with root access written as {@code Enabled}, everything else absent. */
    public static NotebookInstance insecureNotebook(int line) {
        Span decl = new Span(NOTEBOOKS, line, 3, line, 18);
        return notebook(
                ResourceId.of("InsecureNotebook", "AWS::SageMaker::NotebookInstance", decl),
                Prop.absent("DirectInternetAccess", "Enabled", decl),
                Prop.absent("SubnetId", null, decl),
                Prop.known("RootAccess", "Enabled", new Span(NOTEBOOKS, line + 5, 19, line + 5, 26)));
    }

    /** The case in which condition {@code IsDev} holds, or does not, as the CloudFormation front-end gives it. */
    private static Condition isDev(boolean holds) {
        return new Condition.AllOf(List.of(new Condition.TemplateCondition("IsDev", holds)));
    }

    /** A notebook in a VPC whose root access is {@code Enabled} only when condition {@code IsDev} holds. */
    public static NotebookInstance conditionalNotebook() {
        Span decl = new Span(NOTEBOOKS, 14, 3, 14, 21);
        Prop<String> rootAccess = new Prop.Unknown<>(
                "RootAccess",
                "!If [IsDev, Enabled, Disabled]",
                "it depends on condition `IsDev`",
                List.of(
                        new Prop.Possible<>("Enabled", isDev(true), new Span(NOTEBOOKS, 22, 30, 22, 37)),
                        new Prop.Possible<>("Disabled", isDev(false), new Span(NOTEBOOKS, 22, 39, 22, 47))),
                new Span(NOTEBOOKS, 22, 19, 22, 48));
        return notebook(
                ResourceId.of("ConditionalNotebook", "AWS::SageMaker::NotebookInstance", decl),
                Prop.known("DirectInternetAccess", "Disabled", new Span(NOTEBOOKS, 19, 29, 19, 37)),
                Prop.known("SubnetId", "subnet-0abc", new Span(NOTEBOOKS, 20, 17, 20, 28)),
                rootAccess);
    }

    public static final Path MAIN_TF = ROOT.resolve("modules/notebook/main.tf");
    public static final Path VARIABLES_TF = ROOT.resolve("modules/notebook/variables.tf");

    /**
     * A Terraform notebook whose root access comes from a variable default written in another file: the finding
     * points at the default and names the resource's declaration as a related location.
     */
    public static ScanResult elsewhere() {
        Span decl = new Span(MAIN_TF, 1, 1, 1, 48);
        NotebookInstance notebook = notebook(
                ResourceId.of("aws_sagemaker_notebook_instance.lab", "aws_sagemaker_notebook_instance", decl),
                Prop.known("direct_internet_access", "Disabled", new Span(MAIN_TF, 4, 28, 4, 38)),
                Prop.known("subnet_id", "subnet-0abc", new Span(MAIN_TF, 5, 28, 5, 41)),
                Prop.known("root_access", "Enabled", new Span(VARIABLES_TF, 3, 13, 3, 22)));
        return result(List.of(notebook), List.of(), 2);
    }

    /** A model synthesized by the CDK, with a construct path, that does not enable network isolation. */
    public static Model cdkModel() {
        Span decl = new Span(MODEL, 5, 5, 5, 23);
        ResourceId id = new ResourceId("Model1F7CB7A4", "AWS::SageMaker::Model", decl, "MlStack", "MlStack/Model");
        return Models.unset(id).build();
    }

    private static NotebookInstance notebook(
            ResourceId id, Prop<String> directInternetAccess, Prop<String> subnetId, Prop<String> rootAccess) {
        Notebooks.Builder notebook = Notebooks.unset(id)
                .withDirectInternetAccess(directInternetAccess)
                .withSubnetId(subnetId)
                .withRootAccess(rootAccess);
        if (subnetId.isWritten()) {
            notebook.withSecurityGroupIds(Prop.known("SecurityGroupIds", List.of("sg-0abc"), id.declaration()));
        }
        return notebook.build();
    }
}
