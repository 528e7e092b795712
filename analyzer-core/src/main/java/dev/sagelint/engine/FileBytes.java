package dev.sagelint.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the bytes of a file into an array of the file's own size, with one open and, for a file that does not
 * change while it is read, one read call: the readers' way in, instead of a stream read in small chunks that are
 * copied together afterwards.
 */
public final class FileBytes {

    private FileBytes() {}

    /**
     * The first {@code max} bytes of {@code file}, fewer when the file is shorter. A file that grows while it is read
     * is read up to {@code max} bytes all the same.
     */
    public static byte[] read(Path file, long max) throws IOException {
        int limit = (int) Math.min(Math.max(0, max), Integer.MAX_VALUE - 16L);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            // One byte more than the size, so that the end of the file is seen in the first read.
            byte[] bytes = new byte[(int) Math.min(limit, Math.max(0, size) + 1)];
            int n = 0;
            while (n < bytes.length) {
                int read = channel.read(ByteBuffer.wrap(bytes, n, bytes.length - n));
                if (read < 0) return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
                n += read;
                if (n == bytes.length && n < limit) bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * n + 1));
            }
            return bytes;
        }
    }
}
