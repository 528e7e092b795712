package dev.sagelint.engine;

import java.util.List;

/**
 * Which of the files found by walking a folder are scanned: those that match an include pattern (every file when
 * there is none) and no exclude pattern. Files named explicitly in a scan are always scanned.
 *
 * <p>Patterns are globs in the style of Maven and Ant file sets, matched against the path relative to the folder
 * being walked, with forward slashes: {@code *} and {@code ?} stay within one folder name, {@code **} crosses
 * folders and {@code **}{@code /} also matches no folder at all (so {@code **}{@code /*.yaml} matches
 * {@code a.yaml}), {@code {a,b}} is a choice and {@code [abc]} / {@code [!abc]} a character class. A pattern that
 * ends with {@code /} means everything below that folder. A folder matched by an exclude pattern that ends with
 * {@code /**} is not walked at all.
 */
public final class PathFilter {

    private static final PathFilter ALL = new PathFilter(List.of(), List.of());

    private final List<String> includes;
    private final List<String> excludes;
    private final List<Glob> includePatterns;
    private final List<Glob> excludePatterns;
    private final List<Glob> prunePatterns;

    /**
     * @param includes the include globs; none means every file
     * @param excludes the exclude globs
     * @throws IllegalArgumentException when a pattern is not a valid glob; the message names it
     */
    public PathFilter(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.includePatterns = this.includes.stream().map(PathFilter::compile).toList();
        this.excludePatterns = this.excludes.stream().map(PathFilter::compile).toList();
        this.prunePatterns = this.excludes.stream()
                .map(PathFilter::normalize)
                .filter(p -> p.endsWith("/**"))
                .map(PathFilter::compile)
                .toList();
    }

    /** The filter that keeps every file. */
    public static PathFilter all() {
        return ALL;
    }

    /** The include globs as given. */
    public List<String> includes() {
        return includes;
    }

    /** The exclude globs as given. */
    public List<String> excludes() {
        return excludes;
    }

    /** Whether this filter keeps every file and folder: no include and no exclude glob. */
    public boolean keepsEverything() {
        return includePatterns.isEmpty() && excludePatterns.isEmpty();
    }

    /** Whether the file at {@code relativePath} (forward slashes, relative to the walked folder) is scanned. */
    public boolean accepts(String relativePath) {
        boolean included = includePatterns.isEmpty() || includePatterns.stream().anyMatch(p -> p.matches(relativePath));
        return included && excludePatterns.stream().noneMatch(p -> p.matches(relativePath));
    }

    /** Whether the folder at {@code relativePath} (forward slashes) is left out with everything in it. */
    public boolean prunes(String relativePath) {
        return prunePatterns.stream().anyMatch(p -> p.matches(relativePath));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathFilter other && includes.equals(other.includes) && excludes.equals(other.excludes);
    }

    @Override
    public int hashCode() {
        return 31 * includes.hashCode() + excludes.hashCode();
    }

    @Override
    public String toString() {
        return "PathFilter[includes=" + includes + ", excludes=" + excludes + "]";
    }

    private static String normalize(String glob) {
        String pattern = glob.trim().replace('\\', '/');
        while (pattern.startsWith("./")) pattern = pattern.substring(2);
        if (pattern.endsWith("/")) pattern = pattern + "**";
        return pattern;
    }

    /** The automaton for one glob: linear in the path for any pattern, unlike a regular expression. */
    static Glob compile(String glob) {
        String pattern = normalize(glob);
        if (pattern.isEmpty()) throw new IllegalArgumentException("empty glob pattern");
        try {
            return Glob.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw invalid(glob, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String glob, String reason) {
        return new IllegalArgumentException("invalid glob pattern '" + glob + "': " + reason);
    }
}
