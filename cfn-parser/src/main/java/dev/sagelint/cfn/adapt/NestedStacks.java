package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.intrinsic.Outcome;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.ReadResult;
import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.SuppressionComments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Nested stacks: an {@code AWS::CloudFormation::Stack} whose {@code TemplateURL}, or an AWS SAM
 * {@code AWS::Serverless::Application} whose {@code Location}, is a local path (as {@code aws cloudformation
 * package} and {@code sam build} take it, relative to the parent template) is read as part of its parent, with the
 * values the parent passes in {@code Parameters} in place of the child's defaults. Findings point into the child's
 * file; the child's resources are addressed {@code NestedStack/LogicalId}, so the address says through which
 * parent stack they are created. A template in Amazon S3, on the web or in the AWS Serverless Application
 * Repository is reported as not analyzed, never fetched; so is a missing file, a template that includes itself,
 * nesting deeper than {@value #MAX_DEPTH} levels, and more than {@value #MAX_TEMPLATES} nested templates under one
 * stack.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-stack.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-application.html
 */
public final class NestedStacks {

    static final String STACK = "AWS::CloudFormation::Stack";
    static final String SAM_APPLICATION = "AWS::Serverless::Application";
    static final Set<String> TYPES = Set.of(STACK, SAM_APPLICATION);

    /** The deepest chain of nested stacks followed (CloudFormation's own limit on nesting is far larger). */
    public static final int MAX_DEPTH = 8;

    /**
     * The most nested templates read for one top-level template, however they fan out: a template that includes
     * many children that each include many more would otherwise be read exponentially often.
     */
    public static final int MAX_TEMPLATES = 256;

    /**
     * Where a template sits in a chain of nested stacks.
     *
     * @param addressPrefix prepended to the logical IDs of its resources ({@code ""} at the top)
     * @param chain         the template files from the top down to this one, absolute and normalized
     * @param passed        per parameter, the value the parent passes, evaluated in the parent
     * @param budget        how many more nested templates may be read, shared by the whole chain
     */
    public record Nesting(String addressPrefix, List<Path> chain, Map<String, Outcome> passed, AtomicInteger budget) {
        public Nesting {
            chain = List.copyOf(chain);
            passed = Map.copyOf(passed);
        }

        static Nesting top(Path file) {
            return new Nesting(
                    "", List.of(file.toAbsolutePath().normalize()), Map.of(), new AtomicInteger(MAX_TEMPLATES));
        }
    }

    /** A nested template that was read: its file and its tree. */
    public record Child(Path file, CfnNode root, SuppressionComments.Found comments) {}

    private NestedStacks() {}

    static void follow(
            CfnResource stack,
            Mapping body,
            String logicalId,
            String type,
            TemplateAdapter.Input input,
            List<SageMakerResource> out,
            List<Diagnostic> diagnostics,
            List<Child> nested) {
        if (!(stack.properties() instanceof Mapping properties)) return;
        if (isCdkAsset(body, input.file())) return;
        String key = type.equals(STACK) ? "TemplateURL" : "Location";
        Optional<Entry> url = properties.entry(key);
        if (url.isEmpty()) return;
        Entry at = url.get();
        String address = stack.id().address();
        String local = at.value() instanceof Scalar s && !s.isNull() ? s.value().strip() : null;
        if (local == null) {
            String where = at.value() instanceof Mapping
                    ? "an application of the AWS Serverless Application Repository"
                    : "built by `" + at.value().source().compact() + "`";
            diagnostics.add(notAnalyzed(address, "its `" + key + "` is " + where, input.file(), at));
            return;
        }
        String lower = local.toLowerCase(Locale.ROOT);
        if (lower.startsWith("s3://") || lower.startsWith("https://") || lower.startsWith("http://")) {
            String where = lower.startsWith("s3://") || lower.contains(".s3.") || lower.contains("/s3.")
                    ? "in Amazon S3"
                    : "on the web";
            diagnostics.add(notAnalyzed(
                    address,
                    "its template is " + where + " (`" + local + "`) and sagelint reads nothing remote",
                    input.file(),
                    at));
            return;
        }
        if (lower.startsWith("file://")) local = local.substring("file://".length());
        Path file = input.file().resolveSibling(local).normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            diagnostics.add(notAnalyzed(
                    address, "its template `" + local + "` is not a file beside the template", input.file(), at));
            return;
        }
        List<Path> chain = input.nesting().chain();
        if (chain.contains(absolute)) {
            diagnostics.add(notAnalyzed(
                    address,
                    "its template `" + local + "` includes itself through its nested stacks",
                    input.file(),
                    at));
            return;
        }
        if (chain.size() > MAX_DEPTH) {
            diagnostics.add(notAnalyzed(
                    address,
                    "nested stacks nest deeper than the " + MAX_DEPTH + " levels sagelint follows",
                    input.file(),
                    at));
            return;
        }
        if (input.nesting().budget().decrementAndGet() < 0) {
            diagnostics.add(notAnalyzed(
                    address,
                    "the template includes more than the " + MAX_TEMPLATES + " nested templates sagelint reads for "
                            + "one stack",
                    input.file(),
                    at));
            return;
        }
        ReadResult read = new TemplateReader(input.limits()).read(file);
        diagnostics.addAll(read.diagnostics());
        if (read.root().isEmpty()) return;
        CfnNode root = read.root().get();
        if (!TemplateAdapter.isTemplate(root)) {
            diagnostics.add(notAnalyzed(address, "`" + local + "` is not a CloudFormation template", input.file(), at));
            return;
        }
        Map<String, Outcome> passed = new LinkedHashMap<>();
        if (properties.get("Parameters").orElse(null) instanceof Mapping parameters) {
            for (Entry e : parameters.entries())
                passed.put(e.key(), stack.evaluator().resolve(e.value()));
        }
        List<Path> childChain = new ArrayList<>(chain);
        childChain.add(absolute);
        TemplateAdapter.Input childInput = new TemplateAdapter.Input(
                file,
                input.limits(),
                input.stack(),
                input.pseudo(),
                Map.of(),
                new Nesting(
                        input.nesting().addressPrefix() + logicalId + "/",
                        childChain,
                        passed,
                        input.nesting().budget()));
        TemplateAdapter.Adapted adapted = TemplateAdapter.adapt(root, childInput);
        out.addAll(adapted.resources());
        diagnostics.addAll(adapted.diagnostics());
        nested.add(new Child(file, root, read.comments()));
        nested.addAll(adapted.nested());
    }

    /**
     * A nested stack of a CDK app: its template is an asset beside the parent ({@code aws:asset:path}), which the
     * CDK front-end reads as a stack of its own, with the construct paths of the assembly.
     */
    private static boolean isCdkAsset(Mapping body, Path file) {
        if (body.get("Metadata").orElse(null) instanceof Mapping metadata
                && metadata.get("aws:asset:path").orElse(null) instanceof Scalar asset
                && !asset.isNull()
                && asset.value().endsWith(".nested.template.json")) {
            return Files.isRegularFile(file.resolveSibling(asset.value()));
        }
        return false;
    }

    private static Diagnostic notAnalyzed(String address, String why, Path file, Entry at) {
        return Diagnostic.warning(
                DiagnosticCode.NESTED_STACK_NOT_ANALYZED,
                "nested stack `" + address + "` is not analyzed: " + why + "; the resources of its template are not "
                        + "checked",
                file,
                at.keySpan().line(),
                at.keySpan().column());
    }
}
