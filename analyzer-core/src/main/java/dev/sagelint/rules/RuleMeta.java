package dev.sagelint.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything about a rule except its logic, declared by name in one place with {@link #builder(String)}: what the
 * catalog, every reporter, {@code sagelint explain}, the configuration reader and the generated documentation show.
 *
 * <pre>{@code
 * public static final RuleMeta META = RuleMeta.builder("SageMaker.3")
 *         .title("Users should not have root access to SageMaker notebook instances")
 *         .severity(Severity.HIGH)
 *         .standards(Standards.FSBP, Standards.AI_SECURITY)
 *         .awsConfigRule("sagemaker-notebook-instance-root-access-check")
 *         .subject("notebook instance")
 *         .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
 *         .properties("RootAccess").terraformProperties("root_access")
 *         .risk("every user of the notebook instance can become root ...")
 *         .fix(Fix.IN_PLACE, "RootAccess can be updated in place ...")
 *         .cloudFormationRemediation("Set `RootAccess: Disabled`.")
 *         .terraformRemediation("Set `root_access = \"Disabled\"` ...")
 *         .cdkRemediation("Pass `rootAccess: 'Disabled'` ...")
 *         .awsDocUrl(Standards.controlUrl("SageMaker.3"))
 *         .build();
 * }</pre>
 *
 * {@link Builder#build()} rejects incomplete or inconsistent metadata with a message that lists every problem.
 * The prose documentation is {@code docs/rules/<id>.md}, packaged with the analyzer; its header table is generated
 * from this metadata ({@link RuleDoc}).
 */
public final class RuleMeta {

    /** Where the project publishes its rule documentation; {@link #helpUri()} points below it. */
    public static final String DOCS_BASE = "https://github.com/sagelint/sagelint/blob/main/docs/rules/";

    /** The form of every rule id: a word ({@code NotebookImdsV2}) or a control id ({@code SageMaker.3}). */
    public static final String ID_PATTERN = "[A-Za-z][A-Za-z0-9]*(\\.[0-9]+)?";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Pattern CFN_TYPE = Pattern.compile("AWS::[A-Za-z0-9]+::[A-Za-z0-9]+");
    private static final Pattern TF_TYPE = Pattern.compile("aws_[a-z0-9_]+");
    private static final Pattern AWSCC_TYPE = Pattern.compile("awscc_[a-z0-9_]+");
    /** A Terraform attribute path: snake_case segments, with list markers such as {@code [*]}. */
    private static final Pattern TF_PATH = Pattern.compile("[a-z][a-z0-9_]*(\\[\\*])?(\\.[a-z][a-z0-9_]*(\\[\\*])?)*");
    /** A CloudFormation property path: PascalCase segments, with list markers such as {@code [*]}. */
    private static final Pattern CFN_PATH =
            Pattern.compile("[A-Z][A-Za-z0-9]*(\\[\\*])?(\\.[A-Z][A-Za-z0-9]*(\\[\\*])?)*");
    /** A peer's check id: {@code CKV_AWS_187}, {@code AwsSolutions-SM1}, {@code CT.SAGEMAKER.PR.2}, a KICS UUID. */
    private static final Pattern PEER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
    /** The prefix of the ids of AWS Control Tower's SageMaker proactive controls. */
    public static final String CONTROL_TOWER_PREFIX = "CT.SAGEMAKER.PR.";

    private final String id;
    private final String title;
    private final Severity severity;
    private final String severityNote;
    private final List<String> standards;
    private final String awsConfigRule;
    private final String noAwsConfigRuleReason;
    private final String subject;
    private final List<String> cloudFormationTypes;
    private final List<String> terraformTypes;
    private final List<String> awsccTypes;
    private final String resourceNote;
    private final List<String> properties;
    private final List<String> terraformProperties;
    private final String propertyNote;
    private final String risk;
    private final Fix fix;
    private final String fixNote;
    private final Object literalFix;
    private final String valueNeeded;
    private final String placeholder;
    private final Remediation remediation;
    private final String awsDocUrl;
    /** For rules defined outside the catalog (custom policies): their page and prose; null for built-in rules. */
    private final String customHelpUri;

    private final String customProse;
    private final List<Param<?>> params;
    private final List<String> peerIds;

    private RuleMeta(Builder b, Severity severity) {
        this.id = b.id;
        this.title = b.title;
        this.severity = severity;
        this.severityNote = b.severityNote;
        this.standards = List.copyOf(b.standards);
        this.awsConfigRule = b.awsConfigRule;
        this.noAwsConfigRuleReason = b.noAwsConfigRuleReason;
        this.subject = b.subject;
        this.cloudFormationTypes = b.resourceTypes.stream()
                .filter(t -> CFN_TYPE.matcher(t).matches())
                .toList();
        this.terraformTypes = b.resourceTypes.stream()
                .filter(t -> TF_TYPE.matcher(t).matches())
                .toList();
        this.awsccTypes = b.resourceTypes.stream()
                .filter(t -> AWSCC_TYPE.matcher(t).matches())
                .toList();
        this.resourceNote = b.resourceNote;
        this.properties = List.copyOf(b.properties);
        this.terraformProperties = List.copyOf(b.terraformProperties);
        this.propertyNote = b.propertyNote;
        this.risk = b.risk;
        this.fix = b.fix;
        this.fixNote = b.fixNote;
        this.literalFix = b.literalFix;
        this.valueNeeded = b.valueNeeded;
        this.placeholder = b.placeholder;
        this.remediation = new Remediation(b.cloudFormationRemediation, b.terraformRemediation, b.cdkRemediation);
        this.awsDocUrl = b.awsDocUrl;
        this.customHelpUri = b.customHelpUri;
        this.customProse = b.customProse;
        this.params = List.copyOf(b.params);
        this.peerIds = List.copyOf(b.peerIds);
        this.builder = b;
    }

    /** Kept to derive copies ({@link #withSeverity}); never exposed, never mutated after {@link Builder#build()}. */
    private final Builder builder;

    /** Starts the metadata of the rule with this stable id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Stable id: the Security Hub control id ({@code SageMaker.1}) or our own for related checks. */
    public String id() {
        return id;
    }

    /** One line, saying what should hold. */
    public String title() {
        return title;
    }

    /** The severity (Security Hub's, for its controls), or the project's override in a scan's effective copy. */
    public Severity severity() {
        return severity;
    }

    /** What else decides a finding's severity, for a rule whose findings do not all take {@link #severity()}. */
    public String severityNote() {
        return severityNote;
    }

    /** The Security Hub standards the control belongs to; empty for related checks. */
    public List<String> standards() {
        return standards;
    }

    /** The AWS Config managed rule the check mirrors, or {@code null} when there is none. */
    public String awsConfigRule() {
        return awsConfigRule;
    }

    /** Why there is no AWS Config rule, when {@link #awsConfigRule()} is {@code null}. */
    public String noAwsConfigRuleReason() {
        return noAwsConfigRuleReason;
    }

    /** The resource in words, for messages ("notebook instance"). */
    public String subject() {
        return subject;
    }

    /** Every resource type the rule reads: CloudFormation, then Terraform {@code aws}, then {@code awscc}. */
    public List<String> resourceTypes() {
        return Stream.of(cloudFormationTypes, terraformTypes, awsccTypes)
                .flatMap(List::stream)
                .toList();
    }

    /** The CloudFormation resource types the rule reads. */
    public List<String> cloudFormationTypes() {
        return cloudFormationTypes;
    }

    /** The Terraform resource types of the {@code hashicorp/aws} provider the rule reads. */
    public List<String> terraformTypes() {
        return terraformTypes;
    }

    /** The Terraform resource types of the {@code hashicorp/awscc} provider the rule reads. */
    public List<String> awsccTypes() {
        return awsccTypes;
    }

    /** A qualification of the resource types in words (Markdown), or {@code null}. */
    public String resourceNote() {
        return resourceNote;
    }

    /** The CloudFormation property paths the rule reads. */
    public List<String> properties() {
        return properties;
    }

    /** The Terraform attribute paths the rule reads. */
    public List<String> terraformProperties() {
        return terraformProperties;
    }

    /** A qualification of the properties in words (Markdown), or {@code null}. */
    public String propertyNote() {
        return propertyNote;
    }

    /** What the insecure setting lets happen, completing a message ("users have root access"). */
    public String risk() {
        return risk;
    }

    /** Whether fixing it updates in place or replaces the resource. */
    public Fix fix() {
        return fix;
    }

    /** How the fix is applied, in one sentence. */
    public String fixNote() {
        return fixNote;
    }

    /**
     * The secure value that fixes every finding of this rule, the same in every input format ({@code "Disabled"},
     * {@code true}, {@code "2"}): a {@link String}, {@link Boolean} or {@link Integer} that each front-end writes
     * in its own syntax. Empty when the fix needs a value only the user knows ({@link #valueNeeded()}) or is not a
     * single property value.
     */
    public java.util.Optional<Object> literalFix() {
        return java.util.Optional.ofNullable(literalFix);
    }

    /**
     * What the user must supply to fix a finding ("a customer managed KMS key ARN"), for a rule whose fix is a
     * property value that sagelint cannot choose; {@code null} otherwise.
     */
    public String valueNeeded() {
        return valueNeeded;
    }

    /**
     * A clearly marked stand-in for the value the user must give ({@code REPLACE-ME-kms-key-arn}), which
     * {@code sagelint fix --placeholders} writes; {@code null} when the property takes no single string.
     */
    public String placeholder() {
        return placeholder;
    }

    /** The fix per input format. */
    public Remediation remediation() {
        return remediation;
    }

    /** The AWS page that defines the control. */
    public String awsDocUrl() {
        return awsDocUrl;
    }

    /** The parameters a project may set for this rule in {@code .sagelint.yml}; empty for most rules. */
    public List<Param<?>> params() {
        return params;
    }

    /**
     * The ids under which other tools and AWS services know the same check: Control Tower ({@code CT.SAGEMAKER.PR.2}),
     * Checkov ({@code CKV_AWS_187}), cdk-nag ({@code AwsSolutions-SM1}), KICS (query UUIDs), Prowler
     * ({@code sagemaker_domain_encrypted_with_cmk}). The AWS Config rule is {@link #awsConfigRule()}. SARIF carries
     * them as rule tags; {@code docs/coverage.md} must name this rule in the rows of these ids.
     */
    public List<String> peerIds() {
        return peerIds;
    }

    /** Every source that defines this check; {@link RuleSource#SAGELINT} alone when no AWS service does. */
    public List<RuleSource> sources() {
        List<RuleSource> out = new ArrayList<>();
        if (isSecurityHubControl()) out.add(RuleSource.SECURITY_HUB);
        if (awsConfigRule != null) out.add(RuleSource.CONFIG);
        if (peerIds.stream().anyMatch(p -> p.startsWith(CONTROL_TOWER_PREFIX))) out.add(RuleSource.CONTROL_TOWER);
        if (out.isEmpty()) out.add(RuleSource.SAGELINT);
        return out;
    }

    /** The groups of the catalog, in the order {@code sagelint rules} lists them. */
    public static final List<String> GROUPS = List.of(
            "Security Hub controls",
            "Other AWS-defined checks (AWS Config, AWS Control Tower)",
            "sagelint's own checks",
            "Custom policies of the project");

    /** The group {@code sagelint rules} lists this rule in: one of {@link #GROUPS}. */
    public String group() {
        if (customProse != null) return GROUPS.get(3);
        return switch (sources().get(0)) {
            case SECURITY_HUB -> GROUPS.get(0);
            case CONFIG, CONTROL_TOWER -> GROUPS.get(1);
            case SAGELINT -> GROUPS.get(2);
        };
    }

    /** This metadata with another severity, as a scan sees a rule whose severity the project overrides. */
    public RuleMeta withSeverity(Severity newSeverity) {
        Objects.requireNonNull(newSeverity, "severity");
        return newSeverity == severity ? this : new RuleMeta(builder, newSeverity);
    }

    /** Whether this rule mirrors an AWS Security Hub control. */
    public boolean isSecurityHubControl() {
        return id.startsWith("SageMaker.");
    }

    /** The documentation page of this rule. */
    public String helpUri() {
        return customHelpUri != null ? customHelpUri : DOCS_BASE + id + ".md";
    }

    /** The prose of a rule defined outside the catalog (a custom policy), or {@code null} for a built-in rule. */
    public String customProse() {
        return customProse;
    }

    /** The classpath resource that holds the prose of the documentation page. */
    public String docResource() {
        return "/dev/sagelint/docs/rules/" + id + ".md";
    }

    /** The documentation page in Markdown: the header generated from this metadata, then the prose. */
    public String helpMarkdown() {
        return RuleDoc.page(this);
    }

    private List<Object> components() {
        return Arrays.asList(
                id,
                title,
                severity,
                severityNote,
                standards,
                awsConfigRule,
                noAwsConfigRuleReason,
                subject,
                cloudFormationTypes,
                terraformTypes,
                awsccTypes,
                resourceNote,
                properties,
                terraformProperties,
                propertyNote,
                risk,
                fix,
                fixNote,
                literalFix,
                valueNeeded,
                placeholder,
                remediation,
                awsDocUrl,
                customHelpUri,
                customProse,
                params,
                peerIds);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleMeta other && components().equals(other.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "RuleMeta[" + id + ", " + severity.label() + "]";
    }

    /** Declares a rule's metadata by name; {@link #build()} checks it. Each setter may be called once. */
    public static final class Builder {
        private final String id;
        private final Set<String> set = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private String title;
        private Severity severity;
        private String severityNote;
        private List<String> standards = List.of();
        private String awsConfigRule;
        private String noAwsConfigRuleReason;
        private String subject;
        private List<String> resourceTypes = List.of();
        private String resourceNote;
        private List<String> properties = List.of();
        private List<String> terraformProperties = List.of();
        private String propertyNote;
        private String risk;
        private Fix fix;
        private String fixNote;
        private Object literalFix;
        private String valueNeeded;
        private String placeholder;
        private String cloudFormationRemediation;
        private String terraformRemediation;
        private String cdkRemediation;
        private String awsDocUrl;
        private String customHelpUri;
        private String customProse;
        private List<Param<?>> params = List.of();
        private List<String> peerIds = List.of();
        private boolean built;

        private Builder(String id) {
            this.id = id;
        }

        private void once(String setter) {
            if (built) throw new IllegalStateException("RuleMeta " + id + ": the builder was already built");
            if (!set.add(setter)) problems.add(setter + "(...) is called twice");
        }

        /** One line saying what should hold ("Models should have network isolation enabled"). */
        public Builder title(String title) {
            once("title");
            this.title = title;
            return this;
        }

        /** The default severity: Security Hub's, for its controls. */
        public Builder severity(Severity severity) {
            once("severity");
            this.severity = severity;
            return this;
        }

        /** What else decides a finding's severity, when not every finding takes the rule's own. */
        public Builder severityNote(String note) {
            once("severityNote");
            this.severityNote = note;
            return this;
        }

        /** The Security Hub standards that contain the control (see {@link Standards}). */
        public Builder standards(String... standards) {
            once("standards");
            this.standards = List.of(standards);
            return this;
        }

        /** The AWS Config managed rule the check mirrors. */
        public Builder awsConfigRule(String name) {
            once("awsConfigRule");
            this.awsConfigRule = name;
            return this;
        }

        /** Says that no AWS Config managed rule mirrors the check, and why ("a plan check"). */
        public Builder noAwsConfigRule(String reason) {
            once("noAwsConfigRule");
            this.noAwsConfigRuleReason = reason;
            return this;
        }

        /** The resource in words, for messages ("notebook instance"). */
        public Builder subject(String subject) {
            once("subject");
            this.subject = subject;
            return this;
        }

        /**
         * The resource types the rule reads, in any format: CloudFormation ({@code AWS::SageMaker::Model}), Terraform
         * {@code aws} ({@code aws_sagemaker_model}) and {@code awscc} ({@code awscc_sagemaker_model}). Each is sorted
         * into its format by its spelling.
         */
        public Builder resourceTypes(String... types) {
            once("resourceTypes");
            this.resourceTypes = List.of(types);
            return this;
        }

        /** A qualification of the resource types, shown after them (Markdown). */
        public Builder resourceNote(String note) {
            once("resourceNote");
            this.resourceNote = note;
            return this;
        }

        /** The CloudFormation property paths the rule reads ({@code NetworkConfig.EnableNetworkIsolation}). */
        public Builder properties(String... paths) {
            once("properties");
            this.properties = List.of(paths);
            return this;
        }

        /** The Terraform attribute paths the rule reads ({@code network_config.enable_network_isolation}). */
        public Builder terraformProperties(String... paths) {
            once("terraformProperties");
            this.terraformProperties = List.of(paths);
            return this;
        }

        /** A qualification of the properties, shown after them (Markdown). */
        public Builder propertyNote(String note) {
            once("propertyNote");
            this.propertyNote = note;
            return this;
        }

        /** What the insecure setting lets happen, completing a finding's message. */
        public Builder risk(String risk) {
            once("risk");
            this.risk = risk;
            return this;
        }

        /** Whether the fix updates the resource in place or replaces it, and how it is applied in one sentence. */
        public Builder fix(Fix fix, String note) {
            once("fix");
            this.fix = fix;
            this.fixNote = note;
            return this;
        }

        /**
         * The secure value that {@code sagelint fix} writes into the property of every finding (the finding's
         * property path, in each format's own spelling): a {@link String}, {@link Boolean} or {@link Integer}, such
         * as {@code "Disabled"} or {@code true}.
         */
        public Builder literalFix(Object value) {
            once("literalFix");
            this.literalFix = value;
            return this;
        }

        /**
         * Says that the fix is a value only the user knows, and which ("a customer managed KMS key ARN");
         * {@code sagelint fix} reports such findings as needing the user's value.
         */
        public Builder valueNeeded(String what) {
            once("valueNeeded");
            this.valueNeeded = what;
            return this;
        }

        /**
         * With {@link #valueNeeded}: the string {@code sagelint fix --placeholders} writes in place of the user's
         * value. It must start with {@code REPLACE-ME}, so that nobody mistakes it for a real value.
         */
        public Builder placeholder(String text) {
            once("placeholder");
            this.placeholder = text;
            return this;
        }

        /** How to fix it in a CloudFormation template, with the secure form. */
        public Builder cloudFormationRemediation(String text) {
            once("cloudFormationRemediation");
            this.cloudFormationRemediation = text;
            return this;
        }

        /** How to fix it in Terraform source, with the secure form. */
        public Builder terraformRemediation(String text) {
            once("terraformRemediation");
            this.terraformRemediation = text;
            return this;
        }

        /** How to fix it in an AWS CDK app (the L1 {@code Cfn*} constructs), with the secure form. */
        public Builder cdkRemediation(String text) {
            once("cdkRemediation");
            this.cdkRemediation = text;
            return this;
        }

        /**
         * For a rule defined outside the catalog (a custom policy), which has no page in docs/rules/: the page its
         * findings link to and the prose {@code explain} and SARIF help show under the generated header.
         */
        public Builder customDocumentation(String helpUri, String prose) {
            once("customDocumentation");
            this.customHelpUri = helpUri;
            this.customProse = prose;
            return this;
        }

        /** The AWS page that defines the control. */
        public Builder awsDocUrl(String url) {
            once("awsDocUrl");
            this.awsDocUrl = url;
            return this;
        }

        /**
         * The parameters the rule reads with {@link RuleContext#get}. Declare the {@code Param} constants above the
         * {@code RuleMeta} constant, so that they are initialized first.
         */
        public Builder params(Param<?>... params) {
            once("params");
            this.params = Arrays.asList(params);
            return this;
        }

        /**
         * The ids of the same check in other tools and AWS services ({@code "CKV_AWS_187",
         * "sagemaker_domain_encrypted_with_cmk"}), including Control Tower's {@code CT.SAGEMAKER.PR.N}; not the AWS
         * Config rule, which {@link #awsConfigRule} names.
         */
        public Builder peerIds(String... ids) {
            once("peerIds");
            this.peerIds = Arrays.asList(ids);
            return this;
        }

        /**
         * The metadata.
         *
         * @throws IllegalStateException listing every missing or inconsistent field
         */
        public RuleMeta build() {
            List<String> all = new ArrayList<>(problems);
            if (id == null || !ID.matcher(id).matches()) {
                all.add("the id must be a word or a Security Hub control id such as SageMaker.3");
            }
            required(all, "title", title);
            required(all, "subject", subject);
            required(all, "risk", risk);
            required(all, "awsDocUrl", awsDocUrl);
            if (severity == null) all.add("severity(...) is missing");
            if (fix == null) all.add("fix(kind, note) is missing");
            if (fix != null) required(all, "the note of fix(kind, note)", fixNote);
            if (set.contains("literalFix")
                    && !(literalFix instanceof String
                            || literalFix instanceof Boolean
                            || literalFix instanceof Integer)) {
                all.add("literalFix(value) takes a String, Boolean or Integer");
            }
            if (set.contains("valueNeeded")) required(all, "valueNeeded", valueNeeded);
            if (set.contains("literalFix") && set.contains("valueNeeded")) {
                all.add("call at most one of literalFix(value) and valueNeeded(what)");
            }
            if (set.contains("placeholder")) {
                if (!set.contains("valueNeeded")) all.add("placeholder(text) needs valueNeeded(what)");
                if (placeholder == null || !placeholder.startsWith("REPLACE-ME")) {
                    all.add("placeholder(text) must start with REPLACE-ME");
                }
            }
            required(all, "cloudFormationRemediation", cloudFormationRemediation);
            required(all, "terraformRemediation", terraformRemediation);
            required(all, "cdkRemediation", cdkRemediation);
            if (awsDocUrl != null && !awsDocUrl.startsWith("https://")) all.add("awsDocUrl must be an https:// URL");
            if ((awsConfigRule == null) == (noAwsConfigRuleReason == null)) {
                all.add("call exactly one of awsConfigRule(name) and noAwsConfigRule(reason)");
            }
            if (id != null && id.startsWith("SageMaker.")) {
                if (standards.isEmpty()) all.add("a Security Hub control needs standards(...)");
                if (awsConfigRule == null) all.add("a Security Hub control needs awsConfigRule(...)");
            }
            standards.forEach(s -> required(all, "a standard", s));
            if (resourceTypes.isEmpty()) all.add("resourceTypes(...) is missing");
            for (String type : resourceTypes) {
                if (type == null
                        || !(CFN_TYPE.matcher(type).matches()
                                || TF_TYPE.matcher(type).matches()
                                || AWSCC_TYPE.matcher(type).matches())) {
                    all.add("resource type '" + type + "' is neither AWS::Service::Type, aws_... nor awscc_...");
                }
            }
            if (properties.isEmpty() && terraformProperties.isEmpty()) {
                all.add("properties(...) or terraformProperties(...) is missing");
            }
            for (String p : properties) {
                if (p == null || !CFN_PATH.matcher(p).matches()) {
                    all.add("'" + p + "' is not a CloudFormation property path (PascalCase.Segments)");
                }
            }
            for (String p : terraformProperties) {
                if (p == null || !TF_PATH.matcher(p).matches()) {
                    all.add("'" + p + "' is not a Terraform attribute path (snake_case.segments)");
                }
            }
            Set<String> peers = new HashSet<>();
            for (String p : peerIds) {
                if (p == null || !PEER_ID.matcher(p).matches()) {
                    all.add("peer id '" + p + "' is not an id (letters, digits, _ . : -)");
                } else if (!peers.add(p)) {
                    all.add("peer id " + p + " is declared twice");
                } else if (p.equals(awsConfigRule)) {
                    all.add("peer id " + p + " is the AWS Config rule: awsConfigRule(...) names it already");
                }
            }
            Set<String> names = new HashSet<>();
            for (Param<?> p : params) {
                if (p == null) {
                    all.add("a parameter is null: declare the Param constants above the RuleMeta constant");
                } else if (!names.add(p.name())) {
                    all.add("parameter " + p.name() + " is declared twice");
                }
            }
            if (!all.isEmpty()) {
                throw new IllegalStateException("RuleMeta " + id + ": " + String.join("; ", all));
            }
            built = true;
            return new RuleMeta(this, severity);
        }

        private static void required(List<String> problems, String what, String value) {
            if (value == null || value.isBlank()) problems.add(what + " is missing or blank");
        }
    }
}
