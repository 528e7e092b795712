package dev.sagelint.model;

import java.util.Objects;

/**
 * The identity of a resource as the user knows it.
 *
 * @param address      the address the user writes and searches for: a CloudFormation logical ID, or a Terraform
 *                     address with its module path and instance key ({@code module.ml.aws_sagemaker_model.this["a"]})
 * @param sourceType   the type as written in the source ({@code AWS::SageMaker::NotebookInstance},
 *                     {@code aws_sagemaker_notebook_instance})
 * @param declaration  the span of the declaration (the logical ID key, the {@code resource} block header)
 * @param stack        the CloudFormation stack or template the resource belongs to, or {@code null}
 * @param constructPath the CDK construct path ({@code MyStack/Notebook/Resource}), or {@code null}
 * @param origin        the line of the user's own source that created the resource (the CDK app line that
 *                      constructed it), when it is not where the resource is declared; findings then point there
 *                      and keep the declaration as a related location. {@code null} otherwise
 * @param note          a sentence every finding on the resource ends with, or {@code null}: a Terraform resource
 *                      that the configuration as scanned does not create ("its module creates no instance with its
 *                      defaults") is checked as the instance a caller may create, and its findings say so
 * @param calledFrom    for a resource of a Terraform module, the call of that module in the root module that was
 *                      scanned; a scan of the root module's folder reports the resource's findings although they
 *                      point into the module's files. {@code null} otherwise
 */
public record ResourceId(
        String address,
        String sourceType,
        Span declaration,
        String stack,
        String constructPath,
        Span origin,
        String note,
        Span calledFrom) {

    public ResourceId {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(declaration, "declaration");
    }

    /** An identity without a note. */
    public ResourceId(
            String address, String sourceType, Span declaration, String stack, String constructPath, Span origin) {
        this(address, sourceType, declaration, stack, constructPath, origin, null, null);
    }

    /** An identity without an origin elsewhere. */
    public ResourceId(String address, String sourceType, Span declaration, String stack, String constructPath) {
        this(address, sourceType, declaration, stack, constructPath, null);
    }

    public static ResourceId of(String address, String sourceType, Span declaration) {
        return new ResourceId(address, sourceType, declaration, null, null);
    }

    /** This identity with {@code note} added to its findings. */
    public ResourceId withNote(String note) {
        return new ResourceId(address, sourceType, declaration, stack, constructPath, origin, note, calledFrom);
    }

    /** This identity as the resource of a module called at {@code call}. */
    public ResourceId withCalledFrom(Span call) {
        return new ResourceId(address, sourceType, declaration, stack, constructPath, origin, note, call);
    }

    /** The name shown to a person: the construct path when there is one, else the address. */
    public String displayName() {
        return constructPath != null ? constructPath : address;
    }
}
