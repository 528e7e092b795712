package dev.sagelint.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text from a template reaches a job summary only as text: Markdown outside code spans is escaped, code spans stay
 * as written, control characters are shown. {@code \e} in a row stands for the escape character.
 */
class MarkdownEscapingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "`RootAccess` is `Enabled`"                         | "`RootAccess` is `Enabled`"
            "`Name` is `` x` ![p](https://e.x/p.png) ` ``"      | "`Name` is `` x` ![p](https://e.x/p.png) ` ``"
            "`Name` is `x` ![p](https://e.x/p.png) `y`"         | "`Name` is `x` \\!\\[p\\](https://e.x/p.png) `y`"
            "a stray ` then ![p](u)"                            | "a stray \\` then \\!\\[p\\](u)"
            "*bold* _it_ <img src=x> a|b & c"                  | "\\*bold\\* \\_it\\_ &lt;img src=x&gt; a\\|b &amp; c"
            "colour \\e[31mred"                                 | "colour \\\\x1b\\[31mred"
            "two\\nlines"                                       | "two lines"
            """)
    void aCellShowsTemplateTextAsWritten(String text, String expected) {
        assertThat(MarkdownReporter.cell(unescape(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Notebook"            | "`Notebook`"
            "a`b"                 | "``a`b``"
            "`start"              | "`` `start ``"
            "a|b ![p](u)"         | "`a\\|b ![p](u)`"
            "esc\\e[2J"           | "`esc\\x1b[2J`"
            """)
    void inlineCodeKeepsItsTextInOneSpan(String text, String expected) {
        assertThat(MarkdownReporter.code(unescape(text))).isEqualTo(expected);
    }

    /** {@code \e} is the escape character, {@code \n} a line break, {@code \\} a backslash. */
    private static String unescape(String row) {
        return row.replace("\\e", "\u001b").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
