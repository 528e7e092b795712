package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A snippet on one line collapses whitespace exactly as the regular expression {@code \s+} replaced by a space. */
class SnippetTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "one space",
                "two  spaces",
                " leading and trailing ",
                "tab\there",
                "line\nbreak",
                "crlf\r\nbreak",
                "mixed \t\n\u000B\f\r run",
                "  \n  ",
                "!Ref Param",
                "{\"Fn::If\": [\"Cond\",\n    true,\n    false]}",
                "non-breaking\u00A0space stays",
                "ünïcödé  text"
            })
    void oneLineMatchesTheRegularExpression(String text) {
        assertThat(Snippet.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }
}
