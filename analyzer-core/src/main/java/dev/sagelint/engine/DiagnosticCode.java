package dev.sagelint.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable id of each kind of {@link Diagnostic}: what the text report prints in brackets, the {@code code} of a
 * JSON diagnostic and the descriptor id of a SARIF {@code toolExecutionNotifications} entry. One id per condition:
 * every reader that meets the same condition (a file over the size limit, nesting over the depth limit) reports
 * the same id, and the message says the rest. {@code docs/diagnostics.md} lists them, checked against this enum by
 * a test.
 */
public enum DiagnosticCode {

    // Finding and reading files

    PATH_NOT_FOUND("path-not-found", "A file or folder given to scan does not exist."),
    IO_ERROR("io-error", "A file or folder could not be read or listed, for example for lack of permission."),
    FILE_TOO_LARGE(
            "file-too-large",
            "A file is larger than the file size limit (64 MiB), so it is not analyzed; "
                    + "Terraform plan JSON is exempt, since it is read streaming."),
    NO_INPUT_FILES(
            "no-input-files",
            "A folder given to scan holds no CloudFormation template, CDK assembly, Terraform file or plan, so "
                    + "nothing in it was analyzed (a mistyped path?); `--fail-on-empty` makes it an error."),
    ENCODING_ERROR("encoding-error", "A file is not valid UTF-8, so it is not analyzed."),

    // Syntax and the limits that guard against hostile input

    PARSE_ERROR("parse-error", "A YAML, JSON or HCL syntax error; the file is not analyzed."),
    DUPLICATE_KEY("duplicate-key", "The same key is written twice in one YAML mapping or JSON object."),
    UNKNOWN_TAG(
            "unknown-tag",
            "A YAML tag that is neither a CloudFormation short form (`!Ref`, `!Sub`, ...) nor a "
                    + "standard YAML tag."),
    NESTING_TOO_DEEP(
            "nesting-too-deep",
            "Values or expressions are nested deeper than the nesting limit (200 "
                    + "levels), so the file, module or plan is not analyzed."),
    TOO_MANY_ALIASES(
            "too-many-aliases",
            "A YAML document has more aliases than the alias limit (500), or expands "
                    + "through its aliases to more nodes than a template can hold (the \"billion laughs\" guard); the file is "
                    + "not analyzed."),
    LIMIT_EXCEEDED(
            "limit-exceeded",
            "Evaluating a file ran past one of the evaluation limits (steps, string length, collection size, "
                    + "nesting depth, `count`/`for_each` instances, module depth or instances; README, \"Limits\"): "
                    + "the values beyond it are unknown, so findings on them are conditional or missing."),
    VALUE_TOO_LARGE(
            "value-too-large",
            "A single JSON string, number or key is longer than the JSON reader "
                    + "accepts; the file is not analyzed."),

    // CloudFormation and embedded workflows

    TRANSFORM_NOT_EXPANDED(
            "transform-not-expanded",
            "A template's `Transform` (AWS SAM, "
                    + "`AWS::LanguageExtensions`, a macro) is not expanded: only the resources the template declares itself "
                    + "are analyzed."),
    DEFINITION_NOT_ANALYZABLE(
            "definition-not-analyzable",
            "The definition of a Step Functions state machine or a "
                    + "SageMaker pipeline cannot be read (it is in Amazon S3, or written in a way sagelint cannot evaluate to "
                    + "JSON), so the SageMaker jobs it starts are not checked."),

    // Terraform source

    NESTED_STACK_NOT_ANALYZED(
            "nested-stack-not-analyzed",
            "A nested stack (`AWS::CloudFormation::Stack`, `AWS::Serverless::Application`) whose template is not "
                    + "a local file (it is in Amazon S3, on the web or in the AWS Serverless Application Repository), "
                    + "is missing, or nests deeper (or more often) than sagelint follows or back into itself; its "
                    + "resources are not analyzed."),
    CDK_TEMPLATE_NOT_ANALYZED(
            "cdk-template-not-analyzed",
            "A stack or nested assembly of a CDK cloud assembly whose `templateFile` (or `directoryName`) is "
                    + "missing, is not a regular file (a folder, a device), or lies outside the assembly, also through "
                    + "a symbolic link; its resources are not analyzed."),
    REMOTE_MODULE(
            "remote-module",
            "A module call whose source is not a local path (a registry, Git or S3 "
                    + "module); sagelint does not fetch it, so its resources are not analyzed."),
    MODULE_NOT_FOUND("module-not-found", "A local module call whose folder holds no Terraform files."),
    MODULE_DEPTH(
            "module-depth",
            "Local module calls nest deeper than sagelint follows; the deeper modules are not " + "analyzed."),
    UNEXPECTED_JSON(
            "unexpected-json",
            "A part of a `.tf.json` file that is not the JSON object Terraform expects " + "there; it is skipped."),

    // Terraform plan JSON

    NOT_A_PLAN("not-a-plan", "A JSON file that looked like a Terraform plan or state is not one."),
    UNSUPPORTED_FORMAT_VERSION(
            "unsupported-format-version",
            "The plan's `format_version` has a major version " + "sagelint does not know; the plan is not analyzed."),
    TRUNCATED("truncated", "The plan JSON ends before it is complete, as a file cut off does; it is not analyzed."),
    PLAN_SOURCE_MISMATCH(
            "plan-source-mismatch",
            "The `.tf` files beside a plan (or in `--tf-root`) are not the "
                    + "source it was made from; findings point at the plan JSON and the `.tf` files are scanned on their "
                    + "own."),
    NOT_IN_PLAN(
            "not-in-plan",
            "A resource the `.tf` files beside a plan or state declare, of which the plan or state holds no "
                    + "instance (a state taken before it was added, a plan made with `-target`); it is analyzed from "
                    + "the `.tf` source instead."),

    // Configuration and suppressions

    CONFIG_ERROR("config-error", "The configuration file (`.sagelint.yml`) is not valid; the scan does not run."),
    POLICY_ERROR(
            "policy-error",
            "A custom policy file is not valid (YAML, an unknown field, an expression that does not type-check or "
                    + "exceeds the cost limit, an id taken by another rule); the scan does not run."),
    POLICY_FAILED(
            "policy-failed",
            "A custom policy failed while evaluating one resource (a division by zero, a missing map key, the "
                    + "iteration limit); that resource gets no finding from it, other policies and rules go on."),
    INVALID_SUPPRESSION(
            "invalid-suppression",
            "A `sagelint:ignore` comment or `Metadata` entry that names no rule, "
                    + "an unknown rule, or is not written as sagelint reads it; it suppresses nothing."),
    SUPPRESSION_WITHOUT_REASON(
            "suppression-without-reason", "A suppression that gives no reason; it suppresses " + "nothing."),
    SUPPRESSION_EXPIRED(
            "suppression-expired",
            "A suppression whose `until=` date has passed: it no longer suppresses, and the finding it covered "
                    + "counts again."),
    UNUSED_SUPPRESSION(
            "unused-suppression",
            "A suppression that suppresses no finding (reported with " + "`--report-unused-suppressions`)."),

    // Reports and the tool itself

    RESULTS_TRUNCATED(
            "results-truncated",
            "The SARIF report leaves out the least severe findings beyond the "
                    + "25,000 results per run that GitHub code scanning accepts (SARIF only)."),
    NOT_RECOGNIZED(
            "not-recognized",
            "A file named on the command line is not a CloudFormation template, CDK assembly, Terraform file or "
                    + "Terraform plan, as far as its name and first bytes tell; it is not analyzed (a note)."),
    OUT_OF_MEMORY(
            "out-of-memory",
            "Analyzing this input needs more memory than the Java heap holds, even with nothing else analyzed at "
                    + "the same time; it is not analyzed, the other inputs are. A larger heap (-Xmx) helps."),
    INTERRUPTED("interrupted", "The scan was interrupted before this input was analyzed."),
    INTERNAL_ERROR(
            "internal-error",
            "A bug in sagelint: a reader or a rule failed on this input; the other inputs "
                    + "are still analyzed. Please report it.");

    private final String id;
    private final String description;

    DiagnosticCode(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The id as it appears in every report, such as {@code parse-error}. */
    public String id() {
        return id;
    }

    /** One sentence on the condition, for the documentation. */
    public String description() {
        return description;
    }

    /** The code of {@code id}, if there is one. */
    public static Optional<DiagnosticCode> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The {@link #id()}, so that a code reads in a message as it does in a report. */
    @Override
    public String toString() {
        return id;
    }
}
