package dev.sagelint.hcl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "aws_sagemaker_model.m|aws_sagemaker_model.m||aws_sagemaker_model",
                "aws_sagemaker_model.m[0]|aws_sagemaker_model.m||aws_sagemaker_model",
                "module.ml.aws_sagemaker_model.this[\"a\"]|module.ml.aws_sagemaker_model.this|module.ml|aws_sagemaker_model",
                "module.a[\"x.y]\"].module.b[2].awscc_sagemaker_model.m|module.a.module.b.awscc_sagemaker_model.m"
                        + "|module.a[\"x.y]\"].module.b[2]|awscc_sagemaker_model",
                "module.a.data.aws_iam_policy_document.p|module.a.data.aws_iam_policy_document.p|module.a"
                        + "|aws_iam_policy_document",
            })
    void splitsAddressesWithTrickyKeys(String address, String bare, String module, String type) {
        assertThat(Addresses.withoutKeys(address)).isEqualTo(bare);
        assertThat(Addresses.moduleOf(address)).isEqualTo(module == null ? "" : module);
        assertThat(Addresses.typeOf(address)).isEqualTo(type);
    }
}
