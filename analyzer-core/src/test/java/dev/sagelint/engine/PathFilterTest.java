package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathFilterTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "**/*.yaml            | a.yaml                       | true",
                "**/*.yaml            | src/main/cfn/a.yaml          | true",
                "**/*.yaml            | a.yml                        | false",
                "*.yaml               | src/a.yaml                   | false",
                "src/**/*.json        | src/a.json                   | true",
                "src/**/*.json        | src/x/y/a.json               | true",
                "src/**/*.json        | other/a.json                 | false",
                "target/**            | target                       | true",
                "target/**            | target/sagelint/x.sarif      | true",
                "target/**            | targets/x                    | false",
                "target/              | target/x.json                | true",
                "**/cdk.out/**        | app/cdk.out/Stack.template.json | true",
                "*.{yaml,yml}         | a.yml                        | true",
                "*.{yaml,yml}         | a.json                       | false",
                "file?.tf             | file1.tf                     | true",
                "file?.tf             | file/.tf                     | false",
                "[ab].tf              | b.tf                         | true",
                "[!ab].tf             | c.tf                         | true",
                "[!ab].tf             | a.tf                         | false",
                "a+b(c).json          | a+b(c).json                  | true",
                "./infra/*.tf         | infra/main.tf                | true",
                "{a,b}/**             | a                            | true",
                "{a,b}/**             | b/c/d                        | true",
                "{a,b}/**             | c/d                          | false",
                "[a-c]x.tf            | bx.tf                        | true",
                "**/a/**/b.tf         | x/a/y/z/b.tf                 | true",
                "**/a/**/b.tf         | a/b.tf                       | true",
                "**a**a**a**a**a**a**a**a**a**a**b | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac | false",
                "**a**a**a**a**a**b   | xaaayaaazaab                 | true",
            })
    void globsFollowMavenFileSetRules(String glob, String path, boolean matches) {
        assertThat(PathFilter.compile(glob).matches(path)).isEqualTo(matches);
    }

    @Test
    void everyFileIsIncludedWithoutIncludePatternsAndExcludesWin() {
        PathFilter filter = new PathFilter(List.of(), List.of("**/*.json"));
        assertThat(filter.accepts("a.yaml")).isTrue();
        assertThat(filter.accepts("x/a.json")).isFalse();

        PathFilter both = new PathFilter(List.of("cfn/**"), List.of("cfn/generated/**"));
        assertThat(both.accepts("cfn/a.yaml")).isTrue();
        assertThat(both.accepts("tf/main.tf")).isFalse();
        assertThat(both.accepts("cfn/generated/a.yaml")).isFalse();
    }

    @Test
    void onlyExcludesEndingInDoubleStarPruneFolders() {
        PathFilter filter = new PathFilter(List.of("**/*.yaml"), List.of("target/**", "**/*.json", "build/"));
        assertThat(filter.prunes("target")).isTrue();
        assertThat(filter.prunes("build")).isTrue();
        assertThat(filter.prunes("src")).isFalse();
        assertThat(filter.prunes("odd.json")).isFalse();
        assertThat(PathFilter.all().prunes("target")).isFalse();
    }

    @Test
    void anInvalidPatternIsRejectedWithItsText() {
        assertThatThrownBy(() -> new PathFilter(List.of("*.{yaml"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'*.{yaml'");
        assertThatThrownBy(() -> new PathFilter(List.of(), List.of("[ab")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'[ab'");
        assertThatThrownBy(() -> new PathFilter(List.of(" "), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
