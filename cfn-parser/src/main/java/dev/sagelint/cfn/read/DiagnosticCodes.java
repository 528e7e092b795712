package dev.sagelint.cfn.read;

/** The stable ids of the diagnostics the CloudFormation reader reports. */
public final class DiagnosticCodes {

    /** A YAML or JSON syntax error. */
    public static final String PARSE_ERROR = "parse-error";
    /** The same key twice in one mapping. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** A byte sequence that is not UTF-8. */
    public static final String ENCODING_ERROR = "encoding-error";
    /** A YAML tag that is neither a CloudFormation short form nor a standard YAML tag. */
    public static final String UNKNOWN_TAG = "unknown-tag";
    /** Too many aliases, too deep nesting, too many nodes or too large a file. */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";
    /** The file could not be read at all. */
    public static final String IO_ERROR = "io-error";

    private DiagnosticCodes() {
    }
}
