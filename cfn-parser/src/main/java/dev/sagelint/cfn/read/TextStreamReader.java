package dev.sagelint.cfn.read;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader over text that is already in memory, in linear time and without copies.
 *
 * <p>SnakeYAML's own {@link StreamReader} reads 1,023 characters at a time and copies the unread rest of its window
 * into a new array on every read. While one token is scanned the window holds the whole token, so a single 8 MB
 * scalar costs 8,000 copies of a growing array (quadratic: 28 s), and every {@link Mark} keeps the window it was
 * taken from alive (hundreds of megabytes for a large template). This reader indexes the decoded text directly (a
 * code point array only when the text has characters outside the Basic Multilingual Plane) and gives marks no
 * snippet buffer: sagelint builds its snippets from the source text itself.
 *
 * <p>Positions count code points, lines and columns as {@link StreamReader} does; a character YAML does not allow is
 * reported as {@link StreamReader} reports it, when the scanner first looks at it.
 */
final class TextStreamReader extends StreamReader {

    private static final int[] NO_SNIPPET = new int[0];
    private static final String NAME = "'string'";

    private final String text;
    /** The code points, or null when every character of the text is one code point. */
    private final int[] codePoints;

    private final int length;
    /** Code point index of the first character YAML does not allow, or {@link #length}. */
    private final int firstUnprintable;
    /** Indexes below this one hold characters that can be read without a check: {@code min(firstUnprintable, length)}. */
    private final int readable;

    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    /** The text's bytes when it is all ASCII (one byte a character), read instead of the string: faster. */
    private final byte[] ascii;

    TextStreamReader(String text) {
        this(text, null);
    }

    /**
     * {@code asciiBytes}, if not null, are the bytes {@code text} was decoded from, known to be all ASCII; they are
     * read instead of the string.
     */
    TextStreamReader(String text, byte[] asciiBytes) {
        super(new StringReader(""));
        this.text = text;
        this.ascii = asciiBytes != null && asciiBytes.length == text.length() ? asciiBytes : null;
        boolean surrogates = false;
        for (int i = 0; ascii == null && i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        this.codePoints = surrogates ? text.codePoints().toArray() : null;
        this.length = surrogates ? codePoints.length : text.length();
        this.firstUnprintable = ascii != null ? firstUnprintableAscii(ascii) : firstUnprintable();
        this.readable = Math.min(firstUnprintable, length);
    }

    private int firstUnprintable() {
        for (int i = 0; i < length; i++) {
            if (!isPrintable(at(i))) return i;
        }
        return length;
    }

    /** The first byte that is not a printable ASCII character, a tab or a line break, or the length. */
    private static int firstUnprintableAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7F) return i;
        }
        return bytes.length;
    }

    private int at(int i) {
        if (ascii != null) return ascii[i];
        return codePoints == null ? text.charAt(i) : codePoints[i];
    }

    /** Whether {@code pointer + size} is a character of the text; a character YAML does not allow throws. */
    private boolean has(int size) {
        int at = pointer + size;
        return (at >= 0 && at < readable) || checkedHas(size);
    }

    private boolean checkedHas(int size) {
        long at = (long) pointer + size;
        if (at >= firstUnprintable && firstUnprintable < length) {
            throw new ReaderException(
                    NAME, firstUnprintable, at(firstUnprintable), "special characters are not allowed");
        }
        return at < length;
    }

    /** The mark taken last: the scanner asks several times for the mark of one position, and marks do not change. */
    private Mark mark;

    @Override
    public Mark getMark() {
        if (mark == null || mark.getIndex() != pointer) mark = new Mark(NAME, pointer, line, column, NO_SNIPPET, 0);
        return mark;
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && has(0); i++) {
            int c = at(pointer++);
            documentIndex++;
            if (c == '\n' || (c > 0x7F && Constant.LINEBR.has(c)) || (c == '\r' && has(0) && at(pointer) != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        int at = pointer;
        if (at < readable && ascii != null) return ascii[at];
        return has(0) ? at(at) : '\0';
    }

    @Override
    public int peek(int index) {
        int at = pointer + index;
        if (at >= 0 && at < readable && ascii != null) return ascii[at];
        return has(index) ? at(at) : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) return "";
        has(count);
        int end = (int) Math.min((long) pointer + count, length);
        if (codePoints == null) return text.substring(pointer, end);
        return new String(codePoints, pointer, end - pointer);
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }
}
