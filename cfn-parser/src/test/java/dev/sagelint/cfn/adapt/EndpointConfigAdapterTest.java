package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.JSON;
import static dev.sagelint.cfn.adapt.Adapted.absent;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static dev.sagelint.cfn.adapt.Adapted.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.ProductionVariant;
import java.util.List;
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
        assertThat(config).isEqualTo(new EndpointConfig(
                id,
                unknown(JSON, "KmsKeyId", "{\"Ref\": \"Key\"}", "`Key` is neither a parameter nor a resource of this template",
                        "5:19-5:33"),
                List.of(
                        new ProductionVariant(span(JSON, "7:9-7:76"),
                                known(JSON, "ProductionVariants[0].VariantName", "a", "7:25-7:28"),
                                known(JSON, "ProductionVariants[0].ModelName", "m", "7:43-7:46"),
                                known(JSON, "ProductionVariants[0].InitialInstanceCount", 2, "7:72-7:75"),
                                absent(id, "ProductionVariants[0].ServerlessConfig", false)),
                        new ProductionVariant(span(JSON, "8:9-8:90"),
                                known(JSON, "ProductionVariants[1].VariantName", "b", "8:25-8:28"),
                                known(JSON, "ProductionVariants[1].ModelName", "m", "8:43-8:46"),
                                absent(id, "ProductionVariants[1].InitialInstanceCount", null),
                                known(JSON, "ProductionVariants[1].ServerlessConfig", true, "8:68-8:89")),
                        new ProductionVariant(span(JSON, "9:9-9:76"),
                                known(JSON, "ProductionVariants[2].VariantName", "c", "9:25-9:28"),
                                known(JSON, "ProductionVariants[2].ModelName", "m", "9:43-9:46"),
                                unknown(JSON, "ProductionVariants[2].InitialInstanceCount", "1.5",
                                        "expected an integer, found `1.5`", "9:72-9:75"),
                                absent(id, "ProductionVariants[2].ServerlessConfig", false)))));
    }
}
