package dev.sagelint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseMemoTest {

    private final List<String> parses = new ArrayList<>();
    private final ParseMemo<Integer> memo = new ParseMemo<>((file, text) -> {
        parses.add(file + ":" + text);
        return text.length();
    });

    @Test
    void theFixesOfOneFileShareOneParse() {
        String text = "resource {}\n";
        for (int i = 0; i < 1000; i++)
            assertThat(memo.of(Path.of("a.tf"), text)).isEqualTo(12);
        assertThat(parses).containsExactly("a.tf:resource {}\n");
    }

    @Test
    void anotherTextOrAnotherFileIsParsedAgain() {
        String first = "a = 1\n";
        String edited = "a = 2\n";
        memo.of(Path.of("a.tf"), first);
        memo.of(Path.of("a.tf"), edited);
        memo.of(Path.of("b.tf"), edited);
        memo.of(Path.of("b.tf"), edited);
        // Equal content in another string is parsed again: compared by identity, which is never wrong.
        memo.of(Path.of("b.tf"), new String(edited));
        assertThat(parses).containsExactly("a.tf:a = 1\n", "a.tf:a = 2\n", "b.tf:a = 2\n", "b.tf:a = 2\n");
    }
}
