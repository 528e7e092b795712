package dev.sagelint.cfn.fuzz;

import dev.sagelint.fuzz.ReaderFuzzTest;

/** Fuzzes the CloudFormation JSON reader and adapter (see {@link Templates}). */
class JsonTemplateFuzzTest {

    @ReaderFuzzTest
    void jsonTemplate(byte[] data) {
        Templates.analyze(Templates.FOLDER.resolve("template.json"), data);
    }
}
