package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.Optional;

/**
 * A production variant of an endpoint configuration.
 *
 * @param span                 the variant's declaration
 * @param name                 {@code VariantName}
 * @param modelName            the model it serves ({@code ModelName})
 * @param initialInstanceCount {@code InitialInstanceCount}; absent on serverless variants
 * @param serverless           whether the variant has a {@code ServerlessConfig} (then it has no instances)
 * @param model                the model it serves, when the front-end resolved {@code modelName} to a model of the
 *                             same template or module
 * @param instanceType         {@code InstanceType} ({@code ml.m5.large}); absent on serverless variants
 */
public record ProductionVariant(
        Span span,
        Prop<String> name,
        Prop<String> modelName,
        Prop<Integer> initialInstanceCount,
        Prop<Boolean> serverless,
        Optional<Model> model,
        Prop<String> instanceType) {

    public ProductionVariant {
        model = model == null ? Optional.empty() : model;
        instanceType = instanceType == null ? Prop.absent("InstanceType", null, span) : instanceType;
    }

    /** A variant whose instance type the front-end does not read. */
    public ProductionVariant(
            Span span,
            Prop<String> name,
            Prop<String> modelName,
            Prop<Integer> initialInstanceCount,
            Prop<Boolean> serverless,
            Optional<Model> model) {
        this(span, name, modelName, initialInstanceCount, serverless, model, null);
    }

    /** This variant serving {@code resolved}. */
    public ProductionVariant withModel(Optional<Model> resolved) {
        return new ProductionVariant(span, name, modelName, initialInstanceCount, serverless, resolved, instanceType);
    }

    /** A variant whose model is not resolved. */
    public ProductionVariant(
            Span span,
            Prop<String> name,
            Prop<String> modelName,
            Prop<Integer> initialInstanceCount,
            Prop<Boolean> serverless) {
        this(span, name, modelName, initialInstanceCount, serverless, Optional.empty());
    }
}
