package dev.sagelint.engine;

import dev.sagelint.rules.Finding;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Where a scan keeps its findings between the rules and the reports, in bounded memory: up to {@link #RUN} findings
 * stay in memory; beyond that they go, in sorted runs, to a temporary file, and are read back one run buffer at a
 * time, merged, when a report iterates them. A scan of a few files never touches the disk; a scan of 100,000
 * templates keeps at most one run of findings in memory, whatever their number.
 *
 * <p>The file is deleted when it is closed or, at the latest, when the JVM exits (on Unix it is unlinked as soon as
 * it is created). Findings read back are equal to those written ({@link FindingCodec}), with their message as words.
 */
public final class FindingStore {

    /** Findings kept in memory before a run is written out, unless {@value #RUN_PROPERTY} says otherwise: ~8 MB. */
    public static final int RUN = 20_000;

    /**
     * The system property that sets how many findings a store keeps in memory, for tuning and for tests that make
     * small scans take the path of large ones.
     */
    public static final String RUN_PROPERTY = "sagelint.findingsInMemory";

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::finding).thenComparingLong(Entry::seq);

    private FindingStore() {}

    /**
     * The temporary file cannot be created, written or read (a read-only or full temporary folder): the scan cannot
     * go on, and a shell says so with {@link #getMessage()}, which names the folder.
     */
    public static final class SpillFailure extends UncheckedIOException {
        SpillFailure(String what, IOException cause) {
            super(
                    "cannot " + what + " the temporary file that holds the findings in "
                            + System.getProperty("java.io.tmpdir") + " (" + reason(cause)
                            + "); give Java another temporary folder with -Djava.io.tmpdir=FOLDER",
                    cause);
        }

        private static String reason(IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) return "no such folder";
            if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
            if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** A collector of findings given in any order, each with a sequence number that breaks ties. */
    public static Sorter sorter() {
        return new Sorter(run());
    }

    /** A collector of findings given in their order. */
    public static Appender appender() {
        return new Appender(run());
    }

    private static int run() {
        return Integer.getInteger(RUN_PROPERTY, RUN);
    }

    /**
     * A collector of some of the findings of {@code source}, told in order which it keeps: while it keeps every one
     * it writes nothing and hands back {@code source} itself; at the first it drops, it copies the ones before.
     */
    public static Subset subset(List<Finding> source) {
        return new Subset(source);
    }

    private record Entry(Finding finding, long seq) {}

    /** See {@link #subset}. */
    public static final class Subset {
        private final List<Finding> source;
        private int seen;
        private Appender kept;

        private Subset(List<Finding> source) {
            this.source = source;
        }

        /** The next finding of the source is kept. */
        public void keep(Finding finding) {
            seen++;
            if (kept != null) kept.add(finding);
        }

        /** The next finding of the source is left out. */
        public void drop() {
            if (kept == null) {
                kept = appender();
                Iterator<Finding> before = source.iterator();
                for (int i = 0; i < seen; i++) kept.add(before.next());
            }
            seen++;
        }

        /** The findings kept, in order; this subset is not used again. */
        public FindingList finish() {
            return kept == null ? FindingList.of(source) : kept.finish();
        }
    }

    /**
     * Collects findings in any order and hands them back sorted by their natural order, ties by sequence number:
     * each run of findings is sorted in memory and written out, and {@link #finish} merges the runs.
     */
    public static final class Sorter {
        private final int run;
        private final List<Entry> buffer = new ArrayList<>();
        private final FindingList.Tally.Counter tally = new FindingList.Tally.Counter();
        private Spill spill;
        private int size;

        private Sorter(int run) {
            this.run = Math.max(1, run);
        }

        public void add(Finding finding, long seq) {
            buffer.add(new Entry(finding, seq));
            tally.add(finding);
            size++;
            if (buffer.size() >= run) writeRun();
        }

        private void writeRun() {
            buffer.sort(ORDER);
            if (spill == null) spill = Spill.create();
            spill.writeRun(buffer);
            buffer.clear();
        }

        /** The findings, sorted; this sorter is not used again. */
        public FindingList finish() {
            if (spill == null) {
                buffer.sort(ORDER);
                return FindingList.of(buffer.stream().map(Entry::finding).toList());
            }
            if (!buffer.isEmpty()) writeRun();
            return spill.finish(size, tally.tally());
        }
    }

    /** Collects findings in the order they come and hands them back in that order. */
    public static final class Appender {
        private final int run;
        private final List<Finding> buffer = new ArrayList<>();
        private final FindingList.Tally.Counter tally = new FindingList.Tally.Counter();
        private Spill spill;
        private int size;

        private Appender(int run) {
            this.run = Math.max(1, run);
        }

        public void add(Finding finding) {
            tally.add(finding);
            size++;
            if (spill != null) {
                spill.append(finding, size);
                return;
            }
            buffer.add(finding);
            if (buffer.size() >= run) {
                spill = Spill.create();
                spill.startRun();
                long seq = 0;
                for (Finding f : buffer) spill.append(f, ++seq);
                buffer.clear();
            }
        }

        /** The findings in the order given; this appender is not used again. */
        public FindingList finish() {
            if (spill == null) return FindingList.of(List.copyOf(buffer));
            spill.endRun();
            return spill.finish(size, tally.tally());
        }
    }

    /** The temporary file of one store, with its runs: byte ranges of findings in order. */
    static final class Spill {
        private final FindingCodec codec = new FindingCodec();
        private final FileChannel channel;
        private final Counting counting;
        private final DataOutputStream out;
        private final List<long[]> runs = new ArrayList<>();
        private long runStart;

        private Spill(FileChannel channel) {
            this.channel = channel;
            this.counting = new Counting(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
            this.out = new DataOutputStream(counting);
        }

        static Spill create() {
            try {
                Path file = Files.createTempFile("sagelint-findings-", ".spill");
                return new Spill(FileChannel.open(
                        file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException e) {
                throw new SpillFailure("create", e);
            }
        }

        void writeRun(List<Entry> entries) {
            startRun();
            for (Entry e : entries) append(e.finding(), e.seq());
            endRun();
        }

        void startRun() {
            runStart = counting.written;
            codec.startRun();
        }

        void append(Finding f, long seq) {
            try {
                out.writeLong(seq);
                codec.write(out, f);
            } catch (IOException e) {
                throw new SpillFailure("write", e);
            }
        }

        void endRun() {
            runs.add(new long[] {runStart, counting.written});
        }

        FindingList finish(int size, FindingList.Tally tally) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new SpillFailure("write", e);
            }
            return new FindingList.Spilled(this, size, tally);
        }

        /** The findings of every run, merged in order (ties by sequence number). */
        Iterator<Finding> iterator() {
            PriorityQueue<RunReader> heads = new PriorityQueue<>(
                    Comparator.comparing((RunReader r) -> r.head).thenComparingLong(r -> r.headSeq));
            for (long[] range : runs) {
                RunReader reader = new RunReader(range);
                if (reader.advance()) heads.add(reader);
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return !heads.isEmpty();
                }

                @Override
                public Finding next() {
                    RunReader reader = heads.poll();
                    if (reader == null) throw new NoSuchElementException();
                    Finding f = reader.head;
                    if (reader.advance()) heads.add(reader);
                    return f;
                }
            };
        }

        /** Reads one run with positional reads of the shared channel, through a buffer of its own. */
        private final class RunReader {
            private final DataInputStream in;
            private final FindingCodec.Reading paths = new FindingCodec.Reading();
            private Finding head;
            private long headSeq;

            RunReader(long[] range) {
                this.in = new DataInputStream(new Range(range[0], range[1]));
            }

            /** Reads the next finding into {@code head}; false at the end of the run. */
            boolean advance() {
                try {
                    try {
                        headSeq = in.readLong();
                    } catch (EOFException e) {
                        head = null;
                        return false;
                    }
                    head = codec.read(in, paths);
                    return true;
                } catch (IOException e) {
                    throw new SpillFailure("read", e);
                }
            }
        }

        /** Bytes {@code [from, to)} of the channel, read ahead in 64 KiB blocks. */
        private final class Range extends InputStream {
            private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
            private long position;
            private final long end;

            Range(long from, long to) {
                this.position = from;
                this.end = to;
            }

            private boolean fill() throws IOException {
                if (buffer.hasRemaining()) return true;
                if (position >= end) return false;
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), end - position));
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position);
                    if (n < 0) throw new EOFException("the findings' temporary file ends early");
                    position += n;
                }
                buffer.flip();
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? buffer.get() & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                if (!fill()) return -1;
                int n = Math.min(len, buffer.remaining());
                buffer.get(b, off, n);
                return n;
            }
        }
    }

    /** Counts the bytes written, for the runs' offsets. */
    private static final class Counting extends FilterOutputStream {
        long written;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}
