package dev.sagelint.cfn.fuzz;

import dev.sagelint.fuzz.ReaderFuzzTest;

/** Fuzzes the CloudFormation YAML reader and adapter (see {@link Templates}). */
class YamlTemplateFuzzTest {

    @ReaderFuzzTest
    void yamlTemplate(byte[] data) {
        Templates.analyze(Templates.FOLDER.resolve("template.yaml"), data);
    }
}
