package dev.sagelint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one comment, as a parser hands it over, suppresses; and where stacked comments apply. */
class SuppressionCommentsTest {

    private static final Path FILE = Path.of("t.yaml");

    /** The suppressions of a comment on line 3, on a line of its own or after code. */
    private static SuppressionComments.Found one(String comment, boolean ownLine) {
        SuppressionComments comments = new SuppressionComments(FILE);
        comments.add(3, 5, 3, 5 + comment.length(), comment, ownLine);
        return comments.finish();
    }

    private static String describe(SuppressionComments.Found found) {
        if (!found.diagnostics().isEmpty()) {
            return "warning: " + found.diagnostics().get(0).message();
        }
        return found.suppressions().stream()
                .map(s -> s.ruleId() + "@" + s.targetLine() + (s.until() == null ? "" : " until " + s.until()) + " "
                        + s.justification())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "# sagelint:ignore SageMaker.3 needs root" | true  | SageMaker.3@4 needs root
            "# sagelint:ignore SageMaker.3 needs root" | false | SageMaker.3@3 needs root
            "#sagelint:ignore SageMaker.3 no blank after the marker" | true  | SageMaker.3@4 no blank after the marker
            "// sagelint:ignore SageMaker.3 -- a reason after dashes" | true  | SageMaker.3@4 a reason after dashes
            "/* sagelint:ignore SageMaker.3: in a block comment */" | true  | SageMaker.3@4 in a block comment
            "# sagelint:ignore SageMaker.1 , SageMaker.2,SageMaker.1 lab" | true  | SageMaker.1@4 lab; SageMaker.2@4 lab
            "# sagelint:ignore SageMaker.1, 2 reasons" | true  | SageMaker.1@4 , 2 reasons
            "# sagelint:ignore SageMaker.3 until=2026-12-31 drivers" | true  | SageMaker.3@4 until 2026-12-31 drivers
            "# sagelint:ignore SageMaker.3 drivers until=2026-12-31" | true  | SageMaker.3@4 until 2026-12-31 drivers
            "# sagelint:ignore SageMaker.3" | true  | SageMaker.3@4 null
            "# sagelint:ignore SageMaker.3 until=31.12.2026 x" | true  | "warning: 'until=31.12.2026' is not a date; write until=YYYY-MM-DD, such as until=2026-12-31"
            "# sagelint:ignore" | true  | "warning: 'sagelint:ignore' names no rule; write '# sagelint:ignore SageMaker.N reason'"
            "# sagelint:ignore: SageMaker.3 reason" | true  | "warning: 'sagelint:ignore' names no rule; write '# sagelint:ignore SageMaker.N reason'"
            "# sagelint:ignored SageMaker.3 another word" | true  | ""
            "# note: sagelint:ignore SageMaker.3 not at the start" | true  | ""
            "## sagelint:ignore SageMaker.3 a doubled marker" | true  | ""
            """)
    void aCommentSuppressesWhatItNames(String comment, boolean ownLine, String expected) {
        assertThat(describe(one(comment.strip(), ownLine))).isEqualTo(expected.strip());
    }

    @Test
    void aRuleListedAThousandTimesIsOneSuppression() {
        String ids = String.join(",", java.util.Collections.nCopies(1000, "SageMaker.3"));
        SuppressionComments.Found found = one("# sagelint:ignore " + ids + " drivers", true);
        assertThat(describe(found)).isEqualTo("SageMaker.3@4 drivers");
    }

    @Test
    void stackedCommentsApplyToTheLineAfterTheLastOne() {
        SuppressionComments comments = new SuppressionComments(FILE);
        int stacked = 20_000;
        for (int line = 2; line < 2 + stacked; line++) {
            String text = line % 2 == 0 ? "# sagelint:ignore SageMaker.3 reason " + line : "# an ordinary comment";
            comments.add(line, 3, line, 3 + text.length(), text, true);
        }
        comments.add(2 + stacked + 1, 20, 2 + stacked + 1, 30, "# trailing", false);
        SuppressionComments.Found found = comments.finish();
        assertThat(found.suppressions()).hasSize(stacked / 2);
        assertThat(found.suppressions())
                .allSatisfy(s -> assertThat(s.targetLine()).isEqualTo(2 + stacked));
    }

    @Test
    void aBlankLineOrCodeEndsAStack() {
        SuppressionComments comments = new SuppressionComments(FILE);
        comments.add(1, 1, 1, 40, "# sagelint:ignore SageMaker.1 first", true);
        comments.add(3, 1, 3, 40, "# sagelint:ignore SageMaker.2 after a blank line", true);
        comments.add(4, 30, 4, 60, "# sagelint:ignore SageMaker.3 after code", false);
        comments.add(5, 1, 6, 3, "/* sagelint:ignore SageMaker.4 a block\n comment */", true);
        assertThat(comments.finish().suppressions())
                .extracting(s -> s.ruleId() + "@" + s.targetLine())
                .isEqualTo(List.of("SageMaker.1@2", "SageMaker.2@4", "SageMaker.3@4", "SageMaker.4@7"));
    }
}
