package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/coverage.md} and the catalog in step: every sagelint id the matrix names exists, every row that is
 * statically decidable names a rule that declares the row's check (its id, AWS Config rule or peer id), and every
 * peer id a rule declares has a row that names the rule.
 */
class CoverageMatrixTest {

    private static final Set<String> STATIC = Set.of("yes", "no", "out of scope", "gap");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row of a matrix table. */
    record Row(int line, String check, String staticness, List<String> rules, String note) {}

    private static List<Row> rows() throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "..", "docs", "coverage.md");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("| Check |")) {
                inTable = true;
                i++; // the separator
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (!inTable) continue;
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            assertThat(cells).as("cells of line %d", i + 1).hasSize(6);
            List<String> rules = new ArrayList<>();
            Matcher m = CODE.matcher(cells[3]);
            while (m.find()) rules.add(m.group(1));
            String check = cells[0].trim();
            Matcher id = CODE.matcher(check);
            String peer = check.startsWith("`") && id.find() ? id.group(1) : null;
            out.add(new Row(i + 1, peer, cells[2].trim(), rules, cells[5].trim()));
        }
        return out;
    }

    private static Map<String, RuleMeta> catalog() {
        Map<String, RuleMeta> byId = new HashMap<>();
        Rules.all().forEach(r -> byId.put(r.meta().id(), r.meta()));
        return byId;
    }

    private static boolean declares(RuleMeta rule, String check) {
        return rule.id().equals(check)
                || check.equals(rule.awsConfigRule())
                || rule.peerIds().contains(check);
    }

    @Test
    void everyNamedRuleExistsAndEveryDecidableRowNamesOneThatDeclaresTheCheck() throws IOException {
        Map<String, RuleMeta> catalog = catalog();
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(90);
        for (Row row : rows) {
            assertThat(STATIC).as("Static column of line %d", row.line()).contains(row.staticness());
            assertThat(catalog.keySet())
                    .as("sagelint ids of line %d", row.line())
                    .containsAll(row.rules());
            if (row.staticness().equals("yes")) {
                assertThat(row.rules())
                        .as("rules of decidable line %d", row.line())
                        .isNotEmpty();
                if (row.check() != null) {
                    assertThat(row.rules())
                            .as("a rule of line %d declaring %s", row.line(), row.check())
                            .anyMatch(r -> declares(catalog.get(r), row.check()));
                }
            } else {
                assertThat(row.rules()).as("rules of line %d", row.line()).isEmpty();
                assertThat(row.note())
                        .as("why line %d is not covered", row.line())
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyDeclaredCheckHasARowNamingTheRule() throws IOException {
        List<Row> rows = rows();
        for (var rule : Rules.all()) {
            RuleMeta meta = rule.meta();
            List<String> declared = new ArrayList<>(meta.peerIds());
            if (meta.awsConfigRule() != null) declared.add(meta.awsConfigRule());
            if (meta.isSecurityHubControl()) declared.add(meta.id());
            for (String check : declared) {
                assertThat(rows)
                        .as("a row of %s naming %s", check, meta.id())
                        .anyMatch(r -> check.equals(r.check()) && r.rules().contains(meta.id()));
            }
        }
    }
}
