package dev.sagelint.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Converts between character offsets in a text and the 1-based lines and columns of {@link dev.sagelint.model.Span}
 * (a column counts characters from 1; the end column is just after the last character). Lines end at {@code \n};
 * a {@code \r} before it belongs to the line's end, not to its content.
 */
public final class LineIndex {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    /** 1 when the text starts with a byte order mark, which readers skip: columns of line 1 start after it. */
    private final int bom;

    public LineIndex(String text) {
        this.text = text;
        this.bom = text.startsWith("\uFEFF") ? 1 : 0;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
    }

    public String text() {
        return text;
    }

    /** How many lines the text has (a final line without {@code \n} counts; an empty last line does not). */
    public int lineCount() {
        int n = starts.size();
        return starts.get(n - 1) == text.length() && n > 1 ? n - 1 : n;
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    public int offset(int line, int column) {
        if (line < 1) return 0;
        if (line > starts.size()) return text.length();
        int offset = starts.get(line - 1) + column - 1 + (line == 1 ? bom : 0);
        return Math.min(Math.max(offset, starts.get(line - 1)), text.length());
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        if (line < 1) return 0;
        return line > starts.size() ? text.length() : starts.get(line - 1);
    }

    /** The offset of the line's end: its {@code \r\n} or {@code \n}, or the end of the text. */
    public int lineEnd(int line) {
        int next = line < starts.size() ? starts.get(line) - 1 : text.length();
        if (next > 0 && next <= text.length() && next - 1 >= lineStart(line) && text.charAt(next - 1) == '\r') {
            return next - 1;
        }
        return next;
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        int i = Collections.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of an offset. */
    public int column(int offset) {
        int line = line(offset);
        return Math.max(1, offset - starts.get(line - 1) + 1 - (line == 1 ? bom : 0));
    }

    /** The text of a 1-based line, without its line end. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The leading spaces and tabs of a line. */
    public String indentation(int line) {
        String l = lineText(line);
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return l.substring(0, i);
    }

    /** The line end the text uses: {@code \r\n} when its first line ends so, else {@code \n}. */
    public String newline() {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
