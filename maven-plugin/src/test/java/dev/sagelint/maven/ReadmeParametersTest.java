package dev.sagelint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's README documents every goal and every parameter a user can set: read from the plugin descriptor
 * that maven-plugin-plugin generates from the Mojos ({@code META-INF/maven/plugin.xml}), so that a new parameter
 * without a row in the README's table fails the build.
 */
class ReadmeParametersTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

    @Test
    void everyGoalAndEveryEditableParameterHasARowInTheReadme() throws Exception {
        Path descriptor = BASEDIR.resolve("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor)
                .as("the plugin descriptor; run the build through process-classes")
                .isRegularFile();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        String readme = Files.readString(BASEDIR.resolve("README.md"), StandardCharsets.UTF_8);

        List<String> goals = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.add(child(mojo, "goal"));
            Element params = (Element) mojo.getElementsByTagName("parameters").item(0);
            if (params == null) continue;
            NodeList list = params.getElementsByTagName("parameter");
            for (int j = 0; j < list.getLength(); j++) {
                Element parameter = (Element) list.item(j);
                if ("true".equals(child(parameter, "editable")) && !parameters.contains(child(parameter, "name"))) {
                    parameters.add(child(parameter, "name"));
                }
            }
        }

        assertThat(goals).contains("check", "report");
        assertThat(parameters).contains("sources", "baseline", "checks", "skipChecks", "severity");
        for (String goal : goals) assertThat(readme).as("goal " + goal).contains("| `sagelint:" + goal + "` |");
        for (String parameter : parameters) {
            assertThat(readme).as("parameter " + parameter).contains("\n| `" + parameter + "` |");
        }
    }

    private static String child(Element element, String name) {
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name))
                return e.getTextContent().strip();
        }
        return "";
    }
}
