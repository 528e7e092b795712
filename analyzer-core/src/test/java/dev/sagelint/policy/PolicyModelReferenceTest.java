package dev.sagelint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Notebooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/policy-model.md} is generated from {@link PolicyModel}: this test fails when the two disagree, and with
 * {@code -Dsagelint.updateGolden=true} rewrites the page (and fails, so that the diff is reviewed).
 */
class PolicyModelReferenceTest {

    private static final Path REPOSITORY =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path PAGE = REPOSITORY.resolve("docs/policy-model.md");

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws IOException {
        String generated = PolicyModelReference.markdown();
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
            fail("rewrote " + PAGE + ": review it with `git diff`, then run the tests without -Dsagelint.updateGolden");
        }
        assertThat(Files.exists(PAGE))
                .as("%s exists (generate it with -Dsagelint.updateGolden=true)", PAGE)
                .isTrue();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("%s (regenerate with -Dsagelint.updateGolden=true)", PAGE)
                .isEqualTo(generated);
    }

    @Test
    void everyFieldOfEveryTypeReadsTheModelRecord() {
        ResourceId id =
                ResourceId.of("nb", "AWS::SageMaker::NotebookInstance", new Span(Path.of("t.yaml"), 3, 3, 3, 5));
        var notebook = Notebooks.unset(id)
                .withInstanceType(Prop.known("InstanceType", "ml.t3.medium", id.declaration()))
                .build();
        PolicyModel.Type type = PolicyModel.typeOf(notebook).orElseThrow();
        assertThat(type.name()).isEqualTo("NotebookInstance");
        for (PolicyModel.Field field : type.fields()) {
            assertThat(field.read().apply(notebook)).as(field.name()).isInstanceOf(Prop.class);
        }
        assertThat(type.field("instanceType").orElseThrow().read().apply(notebook))
                .isEqualTo(Prop.known("InstanceType", "ml.t3.medium", id.declaration()));
    }
}
