package dev.sagelint.cfn.read;

import java.util.Objects;

/**
 * The source text of a node exactly as the user wrote it ({@code !Ref RootAccessParam}, {@code {"Ref": "X"}}), so
 * that a message can quote an expression instead of a re-rendering of it. Holds a view on the file's text and
 * cuts the string only when asked.
 */
public final class Snippet {

    private static final int COMPACT_LIMIT = 160;

    private final String whole;
    private final int start;
    private final int end;

    Snippet(String whole, int start, int end) {
        this.whole = Objects.requireNonNull(whole, "whole");
        this.start = Math.max(0, Math.min(start, whole.length()));
        this.end = Math.max(this.start, Math.min(end, whole.length()));
    }

    /** A snippet that quotes {@code text}, for an expression that the tree stands for but the file does not hold. */
    public static Snippet of(String text) {
        return new Snippet(text, 0, text.length());
    }

    String whole() {
        return whole;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The text as written, without surrounding whitespace. */
    public String text() {
        return whole.substring(start, end).strip();
    }

    /** The text on one line: runs of whitespace become one space, and long text is cut with an ellipsis. */
    public String compact() {
        String oneLine = oneLine(text());
        return oneLine.length() <= COMPACT_LIMIT ? oneLine : oneLine.substring(0, COMPACT_LIMIT - 1) + "…";
    }

    /**
     * {@code text} with each run of whitespace (as the regular expression {@code \s} means it: space, tab, line
     * feed, vertical tab, form feed, carriage return) replaced by one space; the same string when there is none but
     * single spaces.
     */
    static String oneLine(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (whitespace(c) && (c != ' ' || (i + 1 < n && whitespace(text.charAt(i + 1))))) break;
            i++;
        }
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (!whitespace(c)) {
                out.append(c);
                continue;
            }
            out.append(' ');
            while (i < n && whitespace(text.charAt(i))) i++;
        }
        return out.toString();
    }

    private static boolean whitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snippet s && text().equals(s.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return compact();
    }
}
