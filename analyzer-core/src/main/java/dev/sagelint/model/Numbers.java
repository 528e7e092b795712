package dev.sagelint.model;

import java.math.BigDecimal;

/**
 * Numbers as messages and comparisons show them, in bounded form: plain decimal notation ({@code 20},
 * {@code 0.5}) when that is short, else scientific notation ({@code 1E-999999999}), so that a number written with
 * a huge exponent never becomes a string of a billion digits.
 */
public final class Numbers {

    /** Plain notation is used up to this many digits (integer part plus fraction). */
    public static final int MAX_PLAIN_DIGITS = 40;

    private Numbers() {}

    /** {@code n} without trailing zeros, in plain notation when it has at most {@link #MAX_PLAIN_DIGITS} digits. */
    public static String render(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        long scale = s.scale();
        long digits = s.precision() + (scale < 0 ? -scale : Math.max(0, scale - s.precision() + 1));
        if (digits > MAX_PLAIN_DIGITS) return s.toString();
        return scale < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** Whether {@code n} is a whole number within the {@code int} range; cheap for any exponent. */
    public static boolean isInt(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() > 0) return false;
        if (s.precision() - (long) s.scale() > 10) return false;
        return s.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                && s.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
    }
}
