package dev.sagelint.cfn.cdk;

import dev.sagelint.fix.EditOutcome;
import dev.sagelint.fix.FixRequest;
import dev.sagelint.fix.SourceEditor;
import dev.sagelint.model.ResourceId;
import java.util.Locale;

/**
 * For a finding located in a CDK app's source: the app is a program, which sagelint does not rewrite; it says
 * which construct property to set, in the app's language, at the app's file and line.
 */
public final class CdkEditor implements SourceEditor {

    @Override
    public boolean accepts(FixRequest request) {
        ResourceId id = request.finding().resource();
        return (id.origin() != null || id.constructPath() != null)
                && id.sourceType().startsWith("AWS::");
    }

    @Override
    public EditOutcome edit(String text, FixRequest request) {
        ResourceId id = request.finding().resource();
        String type = id.sourceType();
        if (!type.startsWith("AWS::SageMaker::") || id.address().contains("/")) {
            return new EditOutcome.Advice((id.origin() != null
                            ? "At " + id.origin().file().getFileName() + ":"
                                    + id.origin().line() + ": "
                            : "")
                    + request.finding().rule().remediation().cdk());
        }
        String construct = "Cfn" + type.substring(type.lastIndexOf(':') + 1);
        boolean python = id.origin() != null
                && String.valueOf(id.origin().file().getFileName()).endsWith(".py");
        String property = python
                ? python(request.segments(), 0, request.value())
                : typescript(request.segments(), 0, request.value());
        String where = id.origin() != null
                ? "At " + id.origin().file().getFileName() + ":" + id.origin().line()
                : "In the CDK app";
        return new EditOutcome.Advice(where + ", pass `" + property + "` to `"
                + (python ? "sagemaker." + construct + "(...)" : "new sagemaker." + construct + "(...)") + "`"
                + (id.constructPath() == null ? "" : " (construct `" + id.constructPath() + "`)")
                + "; sagelint does not rewrite app source or the synthesized template.");
    }

    private static String typescript(String[] path, int i, Object value) {
        String key = lowerFirst(stripIndex(path[i]));
        if (i == path.length - 1) {
            return key + ": " + (value instanceof String s ? "'" + s + "'" : String.valueOf(value));
        }
        String inner = "{ " + typescript(path, i + 1, value) + " }";
        return key + ": " + (path[i].contains("[") ? "[ ..., " + inner + " ]" : inner);
    }

    private static String python(String[] path, int i, Object value) {
        String key = snake(stripIndex(path[i]));
        if (i == path.length - 1) {
            String v = value instanceof String s
                    ? "\"" + s + "\""
                    : value instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(value);
            return key + (i == 0 ? "=" : "\": ") + v;
        }
        String inner = "{\"" + python(path, i + 1, value) + "}";
        String open = i == 0 ? key + "=" : key + "\": ";
        return open + (path[i].contains("[") ? "[..., " + inner + "]" : inner);
    }

    private static String stripIndex(String segment) {
        int bracket = segment.indexOf('[');
        return bracket < 0 ? segment : segment.substring(0, bracket);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String snake(String s) {
        return s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
