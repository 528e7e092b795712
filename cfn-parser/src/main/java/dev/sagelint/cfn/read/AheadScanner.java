package dev.sagelint.cfn.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.tokens.Token;

/**
 * SnakeYAML's scanner run on a thread of its own, ahead of the parser, for a large text: scanning is more than half
 * the work of reading YAML, and the scanner does not depend on the parser, so the two run on two cores. The tokens
 * come in batches through a short queue (a few thousand tokens ahead at most), in the order the scanner gives them;
 * the scanner only gives out a token once nothing can come before it any more.
 *
 * <p>A failure of the scanner (a syntax error, a limit, an {@link Error}) is thrown where the parser asks for the
 * token that could not be scanned, as the same object. {@link #close()} stops the scanner thread when the parser
 * stops early. {@link #resetDocumentIndex()} is not passed on, since the scanner is ahead of the parser: the scanner
 * counts code points from the start of the text rather than of each document, which makes no difference below its
 * code point limit, and the reader refuses texts above it before scanning.
 */
final class AheadScanner implements Scanner, AutoCloseable {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final long STACK_BYTES = 1024 * 1024;
    /** How long the parser waits for a batch before it looks whether the scanner thread still runs. */
    private static final long WAIT_MILLIS = 200;

    /** A run of tokens, and the failure that ended the scan after them, if any. */
    private record Batch(Token[] tokens, int size, Throwable failure) {}

    private final Scanner scanner;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    /** The failure that ended the scan, set before it is handed over. */
    private volatile Throwable stopped;

    private Token[] tokens = new Token[0];
    private int next;
    private int size;
    private Throwable failure;
    private boolean ended;

    AheadScanner(Scanner scanner) {
        this.scanner = scanner;
        this.thread = new Thread(null, this::scan, "sagelint-yaml-scanner", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    /** The scanner thread: every token up to the end of the stream, or up to the failure. */
    private void scan() {
        Token[] batch = new Token[BATCH];
        int n = 0;
        try {
            while (!closed) {
                Token token = scanner.peekToken();
                scanner.getToken();
                batch[n++] = token;
                boolean end = token.getTokenId() == Token.ID.StreamEnd;
                if (end || n == BATCH) {
                    queue.put(new Batch(batch, n, null));
                    if (end) return;
                    batch = new Token[BATCH];
                    n = 0;
                }
            }
        } catch (InterruptedException e) {
            // closed: the parser stopped
        } catch (Throwable e) {
            // Kept first where the parser finds it without a batch: there may be no memory left for one.
            stopped = e;
            try {
                queue.put(new Batch(batch, n, e));
            } catch (InterruptedException closed) {
                // closed: the parser stopped
            }
        }
    }

    /** The next token, or null after the end of the stream. */
    private Token head() {
        while (next == size) {
            if (failure != null) throw rethrown(failure);
            if (ended) return null;
            Batch batch = nextBatch();
            tokens = batch.tokens();
            next = 0;
            size = batch.size();
            failure = batch.failure();
            ended = failure == null && tokens[size - 1].getTokenId() == Token.ID.StreamEnd;
        }
        return tokens[next];
    }

    /** The next batch; the scanner's failure if the scanner thread ended without handing it over in a batch. */
    private Batch nextBatch() {
        try {
            while (true) {
                Batch batch = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (batch != null) return batch;
                if (!thread.isAlive() && queue.isEmpty()) {
                    Throwable failure = stopped;
                    throw rethrown(failure != null ? failure : new IllegalStateException("the YAML scanner stopped"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading YAML", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        throw new IllegalStateException(failure);
    }

    @Override
    public boolean checkToken(Token.ID choice) {
        Token head = head();
        return head != null && head.getTokenId() == choice;
    }

    @Override
    public boolean checkToken(Token.ID... choices) {
        Token head = head();
        if (head == null) return false;
        if (choices.length == 0) return true;
        for (Token.ID choice : choices) {
            if (head.getTokenId() == choice) return true;
        }
        return false;
    }

    @Override
    public Token peekToken() {
        Token head = head();
        if (head == null) throw new IndexOutOfBoundsException("no more tokens");
        return head;
    }

    @Override
    public Token getToken() {
        Token head = peekToken();
        tokens[next++] = null;
        return head;
    }

    @Override
    public void resetDocumentIndex() {
        // See the class comment: the scanner is ahead of the parser.
    }

    /** Stops the scanner thread, if it still runs. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
