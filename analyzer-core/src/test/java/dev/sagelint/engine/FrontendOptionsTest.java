package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Front-end options: declared by the front-ends, checked by the engine, handed to each front-end before claiming. */
class FrontendOptionsTest {

    @TempDir
    static Path dir;

    private static final FrontendOption VARS = FrontendOption.files("vars", "variable files");
    private static final FrontendOption ROOT = FrontendOption.inputFolder("source-root", "the source folder");

    /** Claims *.in files; records the options it was configured with and the files it was offered. */
    static class Recording implements Frontend {
        final List<Path> vars;
        final List<Path> offered = new ArrayList<>();
        final List<Recording> configured;

        Recording() {
            this(List.of(), new ArrayList<>());
        }

        private Recording(List<Path> vars, List<Recording> configured) {
            this.vars = vars;
            this.configured = configured;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public List<FrontendOption> options() {
            return List.of(VARS, ROOT);
        }

        @Override
        public Frontend configure(FrontendOptions options) {
            Recording copy = new Recording(options.paths(VARS.name()), configured);
            configured.add(copy);
            return copy;
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            offered.addAll(files);
            return List.of();
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            return UnitResult.empty();
        }
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("a.vars"), "a");
        Files.writeString(dir.resolve("b.vars"), "b");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/main.in"), "x");
    }

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of(FrontendOptions.none(), List.of()),
                Arguments.of(
                        FrontendOptions.none()
                                .with("vars", "a.vars")
                                .with("vars", "b.vars")
                                .with("source-root", "src"),
                        List.of()),
                Arguments.of(FrontendOptions.none().with("vars", "nope.vars"), List.of("vars nope.vars is not a file")),
                Arguments.of(FrontendOptions.none().with("vars", "src"), List.of("vars src is not a file")),
                Arguments.of(
                        FrontendOptions.none().with("source-root", "a.vars"),
                        List.of("source-root a.vars is not a folder")),
                Arguments.of(
                        FrontendOptions.none().with("source-root", "src").with("source-root", "src"),
                        List.of("source-root is given 2 times; give one folder")),
                Arguments.of(
                        FrontendOptions.none().with("source-rot", "src"),
                        List.of("source-rot is not an option of any installed front-end; did you mean source-root? "
                                + "(front-end options: source-root, vars)")),
                Arguments.of(
                        FrontendOptions.none().with("source-root", ""),
                        List.of("source-root is given without a value")),
                Arguments.of(
                        FrontendOptions.none().with("colour", "red"),
                        List.of("colour is not an option of any installed front-end "
                                + "(front-end options: source-root, vars)")));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void checksGivenOptionsAgainstTheDeclaredOnes(FrontendOptions given, List<String> expected) {
        Scanner scanner = new Scanner(List.of(new Recording()), Rules.all());

        List<String> problems = scanner.check(given.relativeTo(dir)).stream()
                .map(p -> p.describe(p.option()))
                .toList();

        assertThat(problems).isEqualTo(expected);
    }

    @Test
    void noFrontendTakesOptionsSoEveryNameIsUnknown() {
        Scanner scanner = new Scanner(List.of(), Rules.all());

        assertThat(scanner.check(FrontendOptions.none().with("vars", "a.vars")))
                .extracting(FrontendOptions.Problem::message)
                .containsExactly("is not an option of any installed front-end (they take none)");
    }

    @Test
    void eachFrontendIsConfiguredWithTheOptionsBeforeItIsOfferedFiles() {
        Recording frontend = new Recording();
        ScanRequest request = ScanRequest.of(List.of(dir.resolve("a.vars")))
                .withFrontendOptions(FrontendOptions.none()
                        .with("vars", "b.vars")
                        .with("vars", "a.vars")
                        .relativeTo(dir));

        new Scanner(List.of(frontend), Rules.all()).scan(request);

        assertThat(frontend.offered).isEmpty();
        assertThat(frontend.configured).singleElement().satisfies(configured -> {
            assertThat(configured.vars).containsExactly(dir.resolve("b.vars"), dir.resolve("a.vars"));
            assertThat(configured.offered).containsExactly(dir.resolve("a.vars"));
        });
    }

    @Test
    void anInputFolderIsScannedAndMovesTheRootAsAPathWould() {
        Scanner scanner = new Scanner(List.of(new Recording()), Rules.all());
        ScanRequest request = ScanRequest.of(List.of(dir.resolve("a.vars")))
                .withFrontendOptions(FrontendOptions.none().with("source-root", dir.resolve("src")));

        ScanRequest withFolder = scanner.withInputFolders(request);

        assertThat(withFolder.paths()).containsExactly(dir.resolve("a.vars"), dir.resolve("src"));
        assertThat(scanner.withInputFolders(withFolder)).isEqualTo(withFolder);
        assertThat(withFolder.scope().test(dir.resolve("src/main.in"))).isTrue();
        assertThat(request.scope().test(dir.resolve("src/main.in"))).isFalse();
    }

    @Test
    void scanningWithAnUnknownOptionFailsWithItsName() {
        Scanner scanner = new Scanner(List.of(new Recording()), Rules.all());
        ScanRequest request = ScanRequest.of(List.of(dir))
                .withFrontendOptions(FrontendOptions.none().with("tf-root", "x"));

        assertThatThrownBy(() -> scanner.scan(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("front-end option tf-root is not an option of any installed front-end");
    }

    @Test
    void twoFrontendsMayShareAnOptionOnlyWithTheSameKind() {
        Frontend sameKind = new Recording() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public List<FrontendOption> options() {
                return List.of(FrontendOption.files("vars", "the same option, described elsewhere"));
            }
        };
        Frontend otherKind = new Recording() {
            @Override
            public String name() {
                return "clashing";
            }

            @Override
            public List<FrontendOption> options() {
                return List.of(FrontendOption.inputFolder("vars", "a folder"));
            }
        };

        assertThat(new Scanner(List.of(new Recording(), sameKind), Rules.all()).options())
                .extracting(FrontendOption::name)
                .containsExactly("source-root", "vars");
        assertThatThrownBy(() -> new Scanner(List.of(new Recording(), otherKind), Rules.all()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vars");
    }

    @Test
    void optionNamesAreLowerCaseWithHyphens() {
        assertThatThrownBy(() -> FrontendOption.files("tfVarFile", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tfVarFile");
    }
}
