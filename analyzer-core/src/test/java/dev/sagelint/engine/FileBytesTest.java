package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FileBytes reads a file's bytes, or its first {@code max} bytes, exactly. */
class FileBytesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} bytes, at most {1}")
    @CsvSource({"0, 10", "1, 10", "10, 10", "11, 10", "100000, 70000", "70000, 100000", "5, 0"})
    void readsTheFirstMaxBytes(int size, long max) throws Exception {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) content[i] = (byte) (i * 31 + 7);
        Path file = dir.resolve("f");
        Files.write(file, content);

        byte[] read = FileBytes.read(file, max);

        assertThat(read).isEqualTo(Arrays.copyOf(content, (int) Math.min(size, max)));
    }
}
