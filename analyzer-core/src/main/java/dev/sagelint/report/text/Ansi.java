package dev.sagelint.report.text;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.rules.Severity;

/** ANSI SGR styles for terminal output, and a no-op style for plain output. */
final class Ansi {

    static final String RESET = "\u001b[0m";
    static final String BOLD = "1";
    static final String DIM = "2";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@code text} wrapped in the SGR {@code codes} when colour is on; {@code text} unchanged otherwise. */
    String style(String codes, String text) {
        if (!enabled || text.isEmpty()) return text;
        return "\u001b[" + codes + "m" + text + RESET;
    }

    static String codes(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "1;35";
            case HIGH -> "1;31";
            case MEDIUM -> "33";
            case LOW -> "36";
        };
    }

    static String codes(Diagnostic.Level level) {
        return switch (level) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case NOTE -> "1;36";
        };
    }

    /**
     * Makes text from an input safe to print on a terminal: control characters (a template may hold escape
     * sequences in a logical ID or a value) are shown as {@code \xNN} or {@code \\uNNNN} instead of being sent.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control) {
                if (out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
                out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
