import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;

/**
 * The parse floor of the whole-process benchmark (bench/run.sh): one pass over the same bytes sagelint reads, with
 * the same libraries and no tree, on every core. JSON files (templates, plans, CDK assemblies) go through Jackson's
 * streaming parser token by token, YAML files through SnakeYAML's event parser, and other files (.tf) are read and
 * decoded as UTF-8. Run on sagelint's jar, which bundles both libraries:
 * {@code java -cp CLASSES:cli/target/sagelint.jar Floor PATH...}. Prints the files, tokens or events, and bytes.
 */
public final class Floor {

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.of(args).map(Path::of).flatMap(Floor::walk)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        AtomicLong units = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        JsonFactory json = new JsonFactory();
        files.parallelStream().forEach(file -> {
            try {
                bytes.addAndGet(Files.size(file));
                units.addAndGet(pass(json, file));
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        });
        System.out.println(files.size() + " files, " + units.get() + " tokens or events, " + bytes.get() + " bytes");
    }

    private static Stream<Path> walk(Path path) {
        try {
            return Files.walk(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pass(JsonFactory json, Path file) throws IOException {
        String name = file.getFileName().toString();
        long count = 0;
        if (name.endsWith(".json")) {
            try (JsonParser parser = json.createParser(file.toFile())) {
                while (parser.nextToken() != null) count++;
            }
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                for (Event ignored : new Yaml(options).parse(reader)) count++;
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                count = new String(in.readAllBytes(), StandardCharsets.UTF_8).length();
            }
        }
        return count;
    }
}
