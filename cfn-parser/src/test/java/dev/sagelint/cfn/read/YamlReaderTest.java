package dev.sagelint.cfn.read;

import static dev.sagelint.cfn.read.Trees.YAML;
import static dev.sagelint.cfn.read.Trees.at;
import static dev.sagelint.cfn.read.Trees.clean;
import static dev.sagelint.cfn.read.Trees.entry;
import static dev.sagelint.cfn.read.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlReaderTest {

    private static final String BLOCK = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Notebook:
                Type: AWS::SageMaker::NotebookInstance
                Properties:
                  RootAccess: 'Disabled'
                  VolumeSizeInGB: 20
                  SecurityGroupIds:
                    - sg-1
                    - sg-2
            """;

    @Test
    void blockStyleKeysAndValuesHaveExactPositions() {
        Mapping root = clean(YAML, BLOCK);

        assertThat(where(entry(root, "Notebook", "Resources").keySpan())).isEqualTo("3:3-3:11");
        assertThat(where(entry(root, "Type", "Resources", "Notebook").keySpan()))
                .isEqualTo("4:5-4:9");
        assertThat(where(at(root, "Resources", "Notebook", "Type").span())).isEqualTo("4:11-4:43");
        assertThat(where(entry(root, "RootAccess", "Resources", "Notebook", "Properties")
                        .keySpan()))
                .isEqualTo("6:7-6:17");
        assertThat(where(at(root, "Resources", "Notebook", "Properties", "RootAccess")
                        .span()))
                .isEqualTo("6:19-6:29");
        assertThat(where(at(root, "Resources", "Notebook", "Properties", "SecurityGroupIds")
                        .span()))
                .isEqualTo("9:9-10:15");
        assertThat(where(at(root, "Resources", "Notebook", "Properties", "SecurityGroupIds", 1)
                        .span()))
                .isEqualTo("10:11-10:15");
        assertThat(where(at(root, "Resources", "Notebook").span())).isEqualTo("4:5-10:15");
        assertThat(root.span().file()).isEqualTo(YAML);
    }

    @Test
    void scalarsKeepTheirTextAndWhetherTheyWereQuoted() {
        Mapping root = clean(YAML, BLOCK);

        assertThat(at(root, "AWSTemplateFormatVersion")).isInstanceOfSatisfying(Scalar.class, s -> {
            assertThat(s.value()).isEqualTo("2010-09-09");
            assertThat(s.plain()).isFalse();
        });
        assertThat(at(root, "Resources", "Notebook", "Properties", "VolumeSizeInGB"))
                .isInstanceOfSatisfying(Scalar.class, s -> {
                    assertThat(s.value()).isEqualTo("20");
                    assertThat(s.plain()).isTrue();
                });
        assertThat(at(root, "Resources", "Notebook", "Properties", "RootAccess")
                        .source()
                        .text())
                .isEqualTo("'Disabled'");
    }

    @Test
    void flowStyleCollectionsSpanTheirBrackets() {
        Mapping root = clean(YAML, """
                Resources:
                  Nb: {Type: AWS::SageMaker::NotebookInstance, Properties: {SecurityGroupIds: [sg-1, "sg-2"]}}
                """);

        assertThat(where(at(root, "Resources", "Nb").span())).isEqualTo("2:7-2:95");
        assertThat(where(entry(root, "Properties", "Resources", "Nb").keySpan()))
                .isEqualTo("2:48-2:58");
        assertThat(where(at(root, "Resources", "Nb", "Properties", "SecurityGroupIds")
                        .span()))
                .isEqualTo("2:79-2:93");
        assertThat(where(at(root, "Resources", "Nb", "Properties", "SecurityGroupIds", 1)
                        .span()))
                .isEqualTo("2:86-2:92");
    }

    @Test
    void multiLineStringsEndOnTheirLastLine() {
        Mapping root = clean(YAML, """
                Outputs:
                  Literal:
                    Value: |
                      first line
                      second line

                  Folded: >-
                    one
                    two
                  Plain: a long
                    plain value
                """);

        assertThat(at(root, "Outputs", "Literal", "Value")).isInstanceOfSatisfying(Scalar.class, s -> {
            assertThat(s.value()).isEqualTo("first line\nsecond line\n");
            assertThat(where(s.span())).isEqualTo("3:12-5:18");
        });
        assertThat(at(root, "Outputs", "Folded")).isInstanceOfSatisfying(Scalar.class, s -> {
            assertThat(s.value()).isEqualTo("one two");
            assertThat(where(s.span())).isEqualTo("7:11-9:8");
        });
        assertThat(at(root, "Outputs", "Plain")).isInstanceOfSatisfying(Scalar.class, s -> {
            assertThat(s.value()).isEqualTo("a long plain value");
            assertThat(where(s.span())).isEqualTo("10:10-11:16");
        });
    }

    static Stream<Arguments> shortForms() {
        return Stream.of(
                Arguments.of("!Ref Param", "Ref", "Param"),
                Arguments.of("!Condition IsProd", "Condition", "IsProd"),
                Arguments.of("!Sub 'arn:${AWS::Partition}:x'", "Fn::Sub", "arn:${AWS::Partition}:x"),
                Arguments.of("!Join [',', [a, b]]", "Fn::Join", "[,, [a, b]]"),
                Arguments.of("!If [IsProd, Disabled, Enabled]", "Fn::If", "[IsProd, Disabled, Enabled]"),
                Arguments.of("!Equals [!Ref Env, prod]", "Fn::Equals", "[Ref(Env), prod]"),
                Arguments.of("!Not [!Condition IsProd]", "Fn::Not", "[Condition(IsProd)]"),
                Arguments.of("!And [!Condition A, !Condition B]", "Fn::And", "[Condition(A), Condition(B)]"),
                Arguments.of("!Or [!Condition A, !Condition B]", "Fn::Or", "[Condition(A), Condition(B)]"),
                Arguments.of("!FindInMap [Map, Key, Value]", "Fn::FindInMap", "[Map, Key, Value]"),
                Arguments.of("!Select [0, !GetAZs '']", "Fn::Select", "[0, Fn::GetAZs()]"),
                Arguments.of("!Split [',', 'a,b']", "Fn::Split", "[,, a,b]"),
                Arguments.of("!Base64 hello", "Fn::Base64", "hello"),
                Arguments.of("!Cidr [10.0.0.0/16, 4, 8]", "Fn::Cidr", "[10.0.0.0/16, 4, 8]"),
                Arguments.of("!GetAZs us-east-1", "Fn::GetAZs", "us-east-1"),
                Arguments.of("!ImportValue SharedSubnet", "Fn::ImportValue", "SharedSubnet"),
                Arguments.of(
                        "!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}",
                        "Fn::Transform",
                        "{Name=AWS::Include, Parameters={Location=s3://b/k}}"),
                Arguments.of("!GetAtt Notebook.NotebookInstanceName", "Fn::GetAtt", "[Notebook, NotebookInstanceName]"),
                Arguments.of(
                        "!GetAtt [Notebook, NotebookInstanceName]", "Fn::GetAtt", "[Notebook, NotebookInstanceName]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortForms")
    void everyShortFormBecomesTheLongFormIntrinsic(String expression, String function, String argument) {
        Mapping root = clean(YAML, "Outputs:\n  Out:\n    Value: " + expression + "\n");

        CfnNode value = at(root, "Outputs", "Out", "Value");
        assertThat(value).isInstanceOfSatisfying(Intrinsic.class, i -> {
            assertThat(i.function()).isEqualTo(function);
            assertThat(render(i.argument())).isEqualTo(argument);
            assertThat(i.source().text()).isEqualTo(expression);
            assertThat(where(i.span())).isEqualTo("3:12-3:" + (12 + expression.length()));
        });
    }

    @Test
    void longFormsProduceTheSameNodesAsShortForms() {
        Mapping root = clean(YAML, """
                Outputs:
                  Short:
                    Value: !If [IsProd, !GetAtt Nb.Arn, !Ref AWS::NoValue]
                  Long:
                    Value:
                      Fn::If:
                        - IsProd
                        - Fn::GetAtt: [Nb, Arn]
                        - Ref: AWS::NoValue
                  Flow:
                    Value: {"Fn::If": [IsProd, {"Fn::GetAtt": [Nb, Arn]}, {Ref: AWS::NoValue}]}
                """);

        String expected = "Fn::If([IsProd, Fn::GetAtt([Nb, Arn]), Ref(AWS::NoValue)])";
        assertThat(render(at(root, "Outputs", "Short", "Value"))).isEqualTo(expected);
        assertThat(render(at(root, "Outputs", "Long", "Value"))).isEqualTo(expected);
        assertThat(render(at(root, "Outputs", "Flow", "Value"))).isEqualTo(expected);
        assertThat(where(at(root, "Outputs", "Long", "Value").span())).isEqualTo("6:7-9:28");
        assertThat(at(root, "Outputs", "Long", "Value").source().compact())
                .isEqualTo("Fn::If: - IsProd - Fn::GetAtt: [Nb, Arn] - Ref: AWS::NoValue");
    }

    @Test
    void getAttShortFormSplitsAtTheFirstDotWithPositions() {
        Mapping root = clean(YAML, "Outputs:\n  Out:\n    Value: !GetAtt Endpoint.Endpoint.Address\n");

        Intrinsic getAtt = (Intrinsic) at(root, "Outputs", "Out", "Value");
        List<CfnNode> parts = ((Sequence) getAtt.argument()).items();
        assertThat(parts).extracting(p -> ((Scalar) p).value()).containsExactly("Endpoint", "Endpoint.Address");
        assertThat(where(parts.get(0).span())).isEqualTo("3:20-3:28");
        assertThat(where(parts.get(1).span())).isEqualTo("3:29-3:45");
    }

    @Test
    void aMappingWithOtherKeysBesideConditionIsNotAnIntrinsic() {
        Mapping root = clean(YAML, """
                Resources:
                  Nb:
                    Condition: IsProd
                    Type: AWS::SageMaker::NotebookInstance
                """);

        assertThat(at(root, "Resources", "Nb")).isInstanceOf(Mapping.class);
    }

    @Test
    void columnsCountUtf16UnitsAfterCharactersOutsideTheBasicPlane() {
        Mapping root = clean(YAML, "Description: \"\uD83D\uDE80 rocket\"\nOther: x\nThird: [\"\uD83D\uDE80\", y]\n");

        assertThat(where(at(root, "Description").span())).isEqualTo("1:14-1:25");
        assertThat(where(at(root, "Third", 1).span())).isEqualTo("3:15-3:16");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkKeepPositions() {
        Mapping root = clean(YAML, "\uFEFFResources:\r\n  Nb:\r\n    Type: AWS::SageMaker::Model\r\n");

        assertThat(where(entry(root, "Nb", "Resources").keySpan())).isEqualTo("2:3-2:5");
        assertThat(where(at(root, "Resources", "Nb", "Type").span())).isEqualTo("3:11-3:32");
    }

    /** A compact rendering of a tree: values as text, intrinsics as {@code Function(argument)}. */
    static String render(CfnNode node) {
        if (node instanceof Scalar s) return s.value();
        if (node instanceof Sequence s) {
            return s.items().stream().map(YamlReaderTest::render).toList().toString();
        }
        if (node instanceof Intrinsic i) {
            String argument = render(i.argument());
            return i.function() + "(" + (argument.isEmpty() ? "" : argument) + ")";
        }
        Mapping m = (Mapping) node;
        StringBuilder out = new StringBuilder("{");
        for (CfnNode.Entry e : m.entries()) {
            if (out.length() > 1) out.append(", ");
            out.append(e.key()).append('=').append(render(e.value()));
        }
        return out.append('}').toString();
    }
}
