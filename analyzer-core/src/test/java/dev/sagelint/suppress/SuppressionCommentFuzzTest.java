package dev.sagelint.suppress;

import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the parser of {@code # sagelint:ignore} comments. Its entry point is {@link #parse}: retarget that one
 * method when suppressions move to the front-ends' comment tokens.
 */
class SuppressionCommentFuzzTest {

    private static final Path FILE = Path.of("main.tf");

    @ReaderFuzzTest
    void comments(byte[] data) {
        parse(new String(data, StandardCharsets.UTF_8));
    }

    static void parse(String text) {
        CommentSuppressions.Found found =
                CommentSuppressions.find(FILE, text.lines().toList());
        ReaderInvariant.check(found.diagnostics());
    }
}
