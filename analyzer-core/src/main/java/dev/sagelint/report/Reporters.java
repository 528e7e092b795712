package dev.sagelint.report;

import dev.sagelint.report.github.GithubReporter;
import dev.sagelint.report.gitlab.GitlabReporter;
import dev.sagelint.report.html.HtmlReporter;
import dev.sagelint.report.json.JsonReporter;
import dev.sagelint.report.junit.JunitReporter;
import dev.sagelint.report.markdown.MarkdownReporter;
import dev.sagelint.report.sarif.SarifReporter;
import dev.sagelint.report.text.TextReporter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The output formats, by the name the CLI's {@code --format} and the Maven plugin's {@code formats} use:
 * {@code text}, {@code json}, {@code sarif}, {@code github} (workflow annotations), {@code markdown} (a job
 * summary), {@code junit} (JUnit XML test results), {@code gitlab} (a GitLab SAST report) and {@code html} (a page
 * for people). Each call builds a new reporter.
 */
public final class Reporters {

    private static final List<String> NAMES =
            List.of("text", "json", "sarif", "github", "markdown", "junit", "gitlab", "html");

    private Reporters() {}

    /** Every format name, in the order help texts list them. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The reporter for {@code name} (case-sensitive), or empty when there is no such format.
     *
     * @param colour whether to write ANSI colours; only {@code text} uses it, and the caller decides (a terminal,
     *               no {@code NO_COLOR})
     */
    public static Optional<Reporter> find(String name, boolean colour) {
        ToolInfo tool = ToolInfo.current();
        return Optional.ofNullable(
                switch (name) {
                    case "text" -> new TextReporter(colour);
                    case "json" -> new JsonReporter(tool);
                    case "sarif" -> new SarifReporter(tool);
                    case "github" -> new GithubReporter();
                    case "markdown" -> new MarkdownReporter();
                    case "junit" -> new JunitReporter();
                    case "gitlab" -> new GitlabReporter(tool, Clock.systemUTC());
                    case "html" -> new HtmlReporter();
                    default -> null;
                });
    }
}
