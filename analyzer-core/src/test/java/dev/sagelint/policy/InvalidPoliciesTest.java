package dev.sagelint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of {@code src/test/resources/policies/invalid/} is a bad policy file whose leading
 * {@code # error: LINE:COLUMN "message part"} comments list every error loading it must give: a
 * {@code policy-error} at that position whose message contains the part, and no other error.
 */
class InvalidPoliciesTest {

    private static final Path DIR = Path.of("src/test/resources/policies/invalid");
    private static final Pattern EXPECTED = Pattern.compile("^# error: (\\d+):(\\d+) \"(.*)\"$");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyErrorHasItsPositionAndNoOtherIsReported(Path file) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = EXPECTED.matcher(line);
            if (m.matches()) expected.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
        }
        assertThat(expected).as("the expected errors of %s", file).isNotEmpty();

        Policies.Loaded loaded = Policies.load(List.of(file), Rules.all());

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.diagnostics()).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.POLICY_ERROR);
            assertThat(d.file()).isEqualTo(file);
        });
        List<String> actual = loaded.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message())
                .toList();
        assertThat(actual).as("errors of %s", file).hasSameSizeAs(expected);
        for (String e : expected) {
            String position = e.substring(0, e.indexOf(' ') + 1);
            String part = e.substring(e.indexOf(' ') + 1);
            assertThat(loaded.diagnostics())
                    .as("an error at %s containing \"%s\" in %s, among %s", position, part, file, actual)
                    .anyMatch(d -> (d.line() + ":" + d.column() + " ").equals(position)
                            && d.message().contains(part));
        }
    }
}
