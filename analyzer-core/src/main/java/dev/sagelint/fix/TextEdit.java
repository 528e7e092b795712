package dev.sagelint.fix;

/**
 * One replacement in a file's text, by character offsets: the characters from {@code start} (inclusive) to
 * {@code end} (exclusive) become {@code text}. An insertion has {@code start == end}.
 */
public record TextEdit(int start, int end, String text) implements Comparable<TextEdit> {
    public TextEdit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        if (text == null) throw new IllegalArgumentException("edit text is null");
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    @Override
    public int compareTo(TextEdit o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
