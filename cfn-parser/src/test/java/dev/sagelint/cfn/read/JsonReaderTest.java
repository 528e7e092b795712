package dev.sagelint.cfn.read;

import static dev.sagelint.cfn.read.Trees.JSON;
import static dev.sagelint.cfn.read.Trees.at;
import static dev.sagelint.cfn.read.Trees.clean;
import static dev.sagelint.cfn.read.Trees.entry;
import static dev.sagelint.cfn.read.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private static final String TEMPLATE = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "Model": {
                  "Type": "AWS::SageMaker::Model",
                  "Properties": {
                    "EnableNetworkIsolation": true,
                    "Count": 2,
                    "Nothing": null,
                    "Escaped\\"Key": "a\\"b",
                    "Subnets": [ {"Ref": "SubnetA"}, "subnet-2" ]
                  }
                }
              }
            }
            """;

    @Test
    void keysAndValuesHaveExactPositions() {
        Mapping root = clean(JSON, TEMPLATE);

        assertThat(where(entry(root, "Model", "Resources").keySpan())).isEqualTo("4:5-4:12");
        assertThat(where(at(root, "Resources", "Model", "Type").span())).isEqualTo("5:15-5:38");
        assertThat(where(entry(root, "EnableNetworkIsolation", "Resources", "Model", "Properties")
                        .keySpan()))
                .isEqualTo("7:9-7:33");
        assertThat(where(at(root, "Resources", "Model", "Properties", "EnableNetworkIsolation")
                        .span()))
                .isEqualTo("7:35-7:39");
        assertThat(where(at(root, "Resources", "Model", "Properties", "Count").span()))
                .isEqualTo("8:18-8:19");
        assertThat(where(entry(root, "Escaped\"Key", "Resources", "Model", "Properties")
                        .keySpan()))
                .isEqualTo("10:9-10:23");
        assertThat(where(at(root, "Resources", "Model", "Properties", "Escaped\"Key")
                        .span()))
                .isEqualTo("10:25-10:31");
        assertThat(where(at(root, "Resources", "Model", "Properties", "Subnets").span()))
                .isEqualTo("11:20-11:54");
        assertThat(where(at(root, "Resources", "Model").span())).isEqualTo("4:14-13:6");
        assertThat(where(root.span())).isEqualTo("1:1-15:2");
    }

    @Test
    void scalarsKeepTheirTextAndWhetherTheyWereStrings() {
        Mapping root = clean(JSON, TEMPLATE);
        CfnNode properties = at(root, "Resources", "Model", "Properties");

        assertThat((Scalar) at(properties, "EnableNetworkIsolation"))
                .extracting(Scalar::value, Scalar::plain)
                .containsExactly("true", true);
        assertThat((Scalar) at(properties, "Count"))
                .extracting(Scalar::value, Scalar::plain)
                .containsExactly("2", true);
        assertThat(((Scalar) at(properties, "Nothing")).isNull()).isTrue();
        assertThat((Scalar) at(properties, "Escaped\"Key"))
                .extracting(Scalar::value, Scalar::plain)
                .containsExactly("a\"b", false);
    }

    @Test
    void aSingleKeyIntrinsicObjectIsAnIntrinsicNodeWithItsSourceText() {
        Mapping root = clean(JSON, TEMPLATE);

        CfnNode ref = at(root, "Resources", "Model", "Properties", "Subnets", 0);
        assertThat(ref).isInstanceOfSatisfying(Intrinsic.class, i -> {
            assertThat(i.function()).isEqualTo("Ref");
            assertThat(((Scalar) i.argument()).value()).isEqualTo("SubnetA");
            assertThat(i.source().text()).isEqualTo("{\"Ref\": \"SubnetA\"}");
            assertThat(where(i.span())).isEqualTo("11:22-11:40");
        });
        assertThat(at(root, "Resources", "Model", "Properties", "Subnets").firstIntrinsic())
                .contains((Intrinsic) ref);
    }

    @Test
    void nestedLongFormsAreNormalizedLikeYaml() {
        Mapping root = clean(JSON, """
                {"Outputs": {"Out": {"Value":
                  {"Fn::If": ["IsProd", {"Fn::GetAtt": ["Nb", "Arn"]}, {"Ref": "AWS::NoValue"}]}}}}
                """);

        assertThat(YamlReaderTest.render(at(root, "Outputs", "Out", "Value")))
                .isEqualTo("Fn::If([IsProd, Fn::GetAtt([Nb, Arn]), Ref(AWS::NoValue)])");
    }

    @Test
    void aTemplateFileStartingWithABraceIsReadAsJson() {
        Mapping root = clean(Path.of("/templates/stack.template"), "  {\"Resources\": {}}");

        assertThat(where(entry(root, "Resources").keySpan())).isEqualTo("1:4-1:15");
    }
}
