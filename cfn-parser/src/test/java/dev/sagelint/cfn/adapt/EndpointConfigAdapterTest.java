package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.JSON;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static dev.sagelint.cfn.adapt.Adapted.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.EndpointConfigs;
import org.junit.jupiter.api.Test;

class EndpointConfigAdapterTest {

    @Test
    void instanceAndServerlessVariants() {
        EndpointConfig config = only(JSON, """
                {"Resources": {
                  "Config": {
                    "Type": "AWS::SageMaker::EndpointConfig",
                    "Properties": {
                      "KmsKeyId": {"Ref": "Key"},
                      "ProductionVariants": [
                        {"VariantName": "a", "ModelName": "m", "InitialInstanceCount": "2"},
                        {"VariantName": "b", "ModelName": "m", "ServerlessConfig": {"MaxConcurrency": 5}},
                        {"VariantName": "c", "ModelName": "m", "InitialInstanceCount": 1.5}
                      ]
                    }
                  }
                }}
                """);

        ResourceId id = id(JSON, "Config", "AWS::SageMaker::EndpointConfig", "2:3-2:11");
        assertThat(config)
                .isEqualTo(EndpointConfigs.unset(id)
                        .withKmsKeyId(unknown(
                                JSON,
                                "KmsKeyId",
                                "{\"Ref\": \"Key\"}",
                                "`Key` is neither a parameter nor a resource of this template",
                                "5:19-5:33"))
                        .withVariant(EndpointConfigs.variant(0, span(JSON, "7:9-7:76"), id.declaration())
                                .withName(known(JSON, "ProductionVariants[0].VariantName", "a", "7:25-7:28"))
                                .withModelName(known(JSON, "ProductionVariants[0].ModelName", "m", "7:43-7:46"))
                                .withInitialInstanceCount(
                                        known(JSON, "ProductionVariants[0].InitialInstanceCount", 2, "7:72-7:75"))
                                .build())
                        .withVariant(EndpointConfigs.variant(1, span(JSON, "8:9-8:90"), id.declaration())
                                .withName(known(JSON, "ProductionVariants[1].VariantName", "b", "8:25-8:28"))
                                .withModelName(known(JSON, "ProductionVariants[1].ModelName", "m", "8:43-8:46"))
                                .withServerless(
                                        known(JSON, "ProductionVariants[1].ServerlessConfig", true, "8:68-8:89"))
                                .build())
                        .withVariant(EndpointConfigs.variant(2, span(JSON, "9:9-9:76"), id.declaration())
                                .withName(known(JSON, "ProductionVariants[2].VariantName", "c", "9:25-9:28"))
                                .withModelName(known(JSON, "ProductionVariants[2].ModelName", "m", "9:43-9:46"))
                                .withInitialInstanceCount(unknown(
                                        JSON,
                                        "ProductionVariants[2].InitialInstanceCount",
                                        "1.5",
                                        "expected an integer, found `1.5`",
                                        "9:72-9:75"))
                                .build())
                        .build());
    }
}
