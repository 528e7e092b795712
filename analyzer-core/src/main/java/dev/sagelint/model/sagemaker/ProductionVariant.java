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
 */
public record ProductionVariant(
        Span span,
        Prop<String> name,
        Prop<String> modelName,
        Prop<Integer> initialInstanceCount,
        Prop<Boolean> serverless,
        Optional<Model> model) {

    public ProductionVariant {
        model = model == null ? Optional.empty() : model;
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
