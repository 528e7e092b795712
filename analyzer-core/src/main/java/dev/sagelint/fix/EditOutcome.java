package dev.sagelint.fix;

import java.util.List;
import java.util.Objects;

/** What a {@link SourceEditor} makes of one {@link FixRequest}. */
public sealed interface EditOutcome permits EditOutcome.Edits, EditOutcome.Advice, EditOutcome.Refused {

    /**
     * Text edits to the request's file.
     *
     * @param edits non-overlapping edits of the text the editor was given
     * @param note  what else the change touches ("the `Default` of parameter `RootAccessParam`, which other
     *              resources may read"), or {@code null}
     */
    record Edits(List<TextEdit> edits, String note) implements EditOutcome {
        public Edits {
            edits = List.copyOf(edits);
            if (edits.isEmpty()) throw new IllegalArgumentException("no edits");
        }
    }

    /** A change the user makes by hand, with where and what ("At app.ts:12, pass ... to ..."). */
    record Advice(String text) implements EditOutcome {
        public Advice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why the editor cannot write this fix (the value is computed by an expression, the file is generated). */
    record Refused(String reason) implements EditOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
