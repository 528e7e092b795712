package dev.sagelint.suppress;

import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the parser of {@code # sagelint:ignore} comments ({@link SuppressionComments}, fed the comments the
 * front-ends' parsers find). Its entry point is {@link #parse}: retarget that one method when the parser moves.
 */
class SuppressionCommentFuzzTest {

    private static final Path FILE = Path.of("main.tf");

    @ReaderFuzzTest
    void comments(byte[] data) {
        parse(new String(data, StandardCharsets.UTF_8));
    }

    /**
     * Hands every line's comment (from its first {@code #} or {@code //}) to {@link SuppressionComments}, in source
     * order, as a front-end's comment tokens would come.
     */
    static void parse(String text) {
        SuppressionComments comments = new SuppressionComments(FILE);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            int slashes = line.indexOf("//");
            int start = hash < 0 ? slashes : slashes < 0 ? hash : Math.min(hash, slashes);
            if (start < 0) continue;
            boolean ownLine = line.substring(0, start).isBlank();
            comments.add(i + 1, start + 1, i + 1, line.length() + 1, line.substring(start), ownLine);
        }
        SuppressionComments.Found found = comments.finish();
        ReaderInvariant.check(found.diagnostics());
    }
}
