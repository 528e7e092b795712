package dev.sagelint.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One compiled glob of a {@link PathFilter}, matched as a finite automaton run over the path once: the time is the
 * pattern's length times the path's, whatever the pattern (a regular expression for {@code **a**a**a**b} would
 * backtrack exponentially on a long name that does not match).
 */
final class Glob {

    /** A character test of one transition. */
    private interface Test {
        boolean accepts(char c);
    }

    private static final Test ANY = c -> true;
    private static final Test NOT_SLASH = c -> c != '/';
    private static final Test SLASH = c -> c == '/';

    /** One state: its transitions on a character, and the states it reaches without reading one. */
    private static final class State {
        final List<Test> tests = new ArrayList<>(1);
        final List<Integer> targets = new ArrayList<>(1);
        final List<Integer> empty = new ArrayList<>(1);
    }

    private final List<State> states = new ArrayList<>();
    private int accept;

    private int state() {
        states.add(new State());
        return states.size() - 1;
    }

    private void edge(int from, Test test, int to) {
        states.get(from).tests.add(test);
        states.get(from).targets.add(to);
    }

    private void epsilon(int from, int to) {
        states.get(from).empty.add(to);
    }

    private Glob() {}

    /**
     * Builds the automaton of a normalized glob (see {@link PathFilter} for the syntax).
     *
     * @throws IllegalArgumentException with the reason, when the glob is malformed
     */
    static Glob compile(String pattern) {
        Glob glob = new Glob();
        int start = glob.state();
        int end = glob.sequence(pattern, 0, pattern.length(), start);
        glob.accept = end;
        return glob;
    }

    /** Adds the states for {@code pattern[from, to)} after {@code at}; returns the state reached at its end. */
    private int sequence(String pattern, int from, int to, int at) {
        int i = from;
        int current = at;
        while (i < to) {
            char c = pattern.charAt(i);
            if (c == '*' && pattern.startsWith("**", i) && i + 1 < to) {
                boolean folderStart = i == 0 || pattern.charAt(i - 1) == '/';
                if (folderStart && i + 2 < to && pattern.charAt(i + 2) == '/') {
                    // "**/": no folder, or any folders each ending with '/'
                    int loop = state();
                    int next = state();
                    epsilon(current, next);
                    epsilon(current, loop);
                    edge(loop, ANY, loop);
                    edge(loop, SLASH, next);
                    current = next;
                    i += 3;
                } else if (i + 2 == to && i > from && pattern.charAt(i - 1) == '/' && endsWithSlashState(current)) {
                    // "dir/**": the folder itself or anything below it; the '/' read before becomes optional
                    int next = state();
                    epsilon(slashFrom, next);
                    edge(current, ANY, current);
                    epsilon(current, next);
                    current = next;
                    i += 2;
                } else {
                    int loop = state();
                    epsilon(current, loop);
                    edge(loop, ANY, loop);
                    current = loop;
                    i += 2;
                }
                continue;
            }
            switch (c) {
                case '*' -> {
                    int loop = state();
                    epsilon(current, loop);
                    edge(loop, NOT_SLASH, loop);
                    current = loop;
                    i++;
                }
                case '?' -> {
                    int next = state();
                    edge(current, NOT_SLASH, next);
                    current = next;
                    i++;
                }
                case '{' -> {
                    int close = pattern.indexOf('}', i + 1);
                    if (close < 0 || close >= to) throw new IllegalArgumentException("'{' without '}'");
                    String inside = pattern.substring(i + 1, close);
                    if (inside.indexOf('{') >= 0) throw new IllegalArgumentException("nested '{'");
                    int next = state();
                    int pos = i + 1;
                    for (String choice : inside.split(",", -1)) {
                        int branch = state();
                        epsilon(current, branch);
                        int branchEnd = sequence(pattern, pos, pos + choice.length(), branch);
                        epsilon(branchEnd, next);
                        pos += choice.length() + 1;
                    }
                    current = next;
                    i = close + 1;
                }
                case '}' -> throw new IllegalArgumentException("'}' without '{'");
                case '[' -> {
                    int close = pattern.indexOf(']', i + 2);
                    if (close < 0 || close >= to) throw new IllegalArgumentException("'[' without ']'");
                    String members = pattern.substring(i + 1, close);
                    boolean negated = members.startsWith("!");
                    String set = negated ? members.substring(1) : members;
                    Test test = negated ? ch -> ch != '/' && !inClass(set, ch) : ch -> inClass(set, ch);
                    int next = state();
                    edge(current, test, next);
                    current = next;
                    i = close + 1;
                }
                default -> {
                    int next = state();
                    edge(current, ch -> ch == c, next);
                    if (c == '/') slashFrom = current;
                    current = next;
                    i++;
                }
            }
        }
        return current;
    }

    /** The state a literal '/' was read from, for a trailing {@code /**} that makes it optional. */
    private int slashFrom = -1;

    private boolean endsWithSlashState(int current) {
        return slashFrom >= 0 && states.get(slashFrom).targets.contains(current);
    }

    /** Whether {@code c} is in a class such as {@code abc} or {@code a-z}. */
    private static boolean inClass(String set, char c) {
        for (int k = 0; k < set.length(); k++) {
            if (k + 2 < set.length() && set.charAt(k + 1) == '-') {
                if (c >= set.charAt(k) && c <= set.charAt(k + 2)) return true;
                k += 2;
            } else if (set.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole of {@code path} matches. */
    boolean matches(String path) {
        BitSet current = new BitSet(states.size());
        current.set(0);
        close(current);
        BitSet next = new BitSet(states.size());
        for (int p = 0; p < path.length() && !current.isEmpty(); p++) {
            char c = path.charAt(p);
            next.clear();
            for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
                State state = states.get(s);
                for (int t = 0; t < state.tests.size(); t++) {
                    if (state.tests.get(t).accepts(c)) next.set(state.targets.get(t));
                }
            }
            close(next);
            BitSet swap = current;
            current = next;
            next = swap;
        }
        return current.get(accept);
    }

    /** Adds the states reached without reading a character. */
    private void close(BitSet set) {
        int[] stack = new int[states.size()];
        int top = 0;
        for (int s = set.nextSetBit(0); s >= 0; s = set.nextSetBit(s + 1)) stack[top++] = s;
        while (top > 0) {
            int s = stack[--top];
            for (int e : states.get(s).empty) {
                if (!set.get(e)) {
                    set.set(e);
                    stack[top++] = e;
                }
            }
        }
    }
}
