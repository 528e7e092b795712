package dev.sagelint.engine;

import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Severity;
import java.util.AbstractSequentialList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * The findings of a scan as a read-only list that a report reads from first to last: in memory for a small scan,
 * read back from a {@link FindingStore}'s temporary file, one buffer at a time, for a large one. Iterating it (a
 * for-each loop, a stream) costs one pass and no memory per finding; {@link #get} from the start each time, so a
 * reporter iterates instead. Every {@link #iterator()} starts a new pass.
 */
public abstract sealed class FindingList extends AbstractSequentialList<Finding>
        permits FindingList.InMemory, FindingList.Spilled {

    private FindingList() {}

    /** {@code findings}, in memory, as they are. */
    public static FindingList of(List<Finding> findings) {
        return findings instanceof FindingList list ? list : new InMemory(List.copyOf(findings));
    }

    /** Whether the findings are read back from a temporary file rather than held in memory. */
    public abstract boolean spilled();

    /** How many findings of each severity, and how many conditional: counted as they were stored. */
    public abstract Tally tally();

    /**
     * Counts of a list's findings, so that a report's summary needs no pass over them.
     *
     * @param bySeverity  findings per {@link Severity}, by ordinal
     * @param conditional findings that hold only under a condition
     */
    public record Tally(int[] bySeverity, int conditional) {
        public Tally {
            bySeverity = bySeverity.clone();
        }

        /** Findings of {@code severity}. */
        public int count(Severity severity) {
            return bySeverity[severity.ordinal()];
        }

        static final class Counter {
            private final int[] bySeverity = new int[Severity.values().length];
            private int conditional;

            void add(Finding f) {
                bySeverity[f.severity().ordinal()]++;
                if (f.isConditional()) conditional++;
            }

            Tally tally() {
                return new Tally(bySeverity, conditional);
            }
        }
    }

    @Override
    public ListIterator<Finding> listIterator(int index) {
        if (index < 0 || index > size()) throw new IndexOutOfBoundsException(index);
        Iterator<Finding> it = iterator();
        for (int i = 0; i < index; i++) it.next();
        return new ForwardOnly(it, index);
    }

    static final class InMemory extends FindingList {
        private final List<Finding> findings;
        private Tally tally;

        InMemory(List<Finding> findings) {
            this.findings = findings;
        }

        @Override
        public int size() {
            return findings.size();
        }

        @Override
        public Iterator<Finding> iterator() {
            return findings.iterator();
        }

        @Override
        public Finding get(int index) {
            return findings.get(index);
        }

        @Override
        public ListIterator<Finding> listIterator(int index) {
            return findings.listIterator(index);
        }

        @Override
        public boolean spilled() {
            return false;
        }

        @Override
        public synchronized Tally tally() {
            if (tally == null) {
                Tally.Counter counter = new Tally.Counter();
                findings.forEach(counter::add);
                tally = counter.tally();
            }
            return tally;
        }
    }

    static final class Spilled extends FindingList {
        private final FindingStore.Spill spill;
        private final int size;
        private final Tally tally;

        Spilled(FindingStore.Spill spill, int size, Tally tally) {
            this.spill = spill;
            this.size = size;
            this.tally = tally;
        }

        @Override
        public Tally tally() {
            return tally;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Finding> iterator() {
            return spill.iterator();
        }

        @Override
        public boolean spilled() {
            return true;
        }
    }

    /** A list iterator that only goes forward: the most a pass over a file can offer. */
    private static final class ForwardOnly implements ListIterator<Finding> {
        private final Iterator<Finding> it;
        private int index;

        ForwardOnly(Iterator<Finding> it, int index) {
            this.it = it;
            this.index = index;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public Finding next() {
            if (!it.hasNext()) throw new NoSuchElementException();
            index++;
            return it.next();
        }

        @Override
        public boolean hasPrevious() {
            return false;
        }

        @Override
        public Finding previous() {
            throw new UnsupportedOperationException("findings are read forward only");
        }

        @Override
        public int nextIndex() {
            return index;
        }

        @Override
        public int previousIndex() {
            return index - 1;
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void set(Finding finding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Finding finding) {
            throw new UnsupportedOperationException();
        }
    }
}
