package dev.sagelint.config;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt keys and rule ids, shared by the configuration and the CLI. */
public final class Suggestions {

    private Suggestions() {}

    /** {@code "; did you mean X?"} for the closest candidate within a few edits, else an empty string. */
    static String didYouMean(String given, List<String> candidates) {
        return closest(given, candidates)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("");
    }

    /** The candidate closest to {@code given}, ignoring case, when it is within a few edits of it. */
    public static Optional<String> closest(String given, List<String> candidates) {
        String wanted = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= Math.max(2, wanted.length() / 3));
    }

    /** The Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
