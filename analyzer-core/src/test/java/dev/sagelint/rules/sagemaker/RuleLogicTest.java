package dev.sagelint.rules.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.EndpointConfigs;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.Jobs;
import dev.sagelint.model.sagemaker.Monitoring;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.Networks;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.ProductionVariant;
import dev.sagelint.model.sagemaker.SmallResources;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.ParamValues;
import dev.sagelint.rules.RuleContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subtleties of the rules that the fixtures per input format cannot isolate: scoping by instance count,
 * serverless variants, rule parameters, and schedules that name a separate job definition.
 */
class RuleLogicTest {

    private static final Path FILE = Path.of("/t.yaml");
    private static final Span DECL = Span.at(FILE, 1, 3);
    private static final Span VALUE = Span.at(FILE, 5, 20);

    private static ResourceId id(String address) {
        return ResourceId.of(address, "Test", DECL);
    }

    private static MonitoringJobDefinition definition(
            MonitoringKind kind, Prop<Boolean> encryption, Prop<Integer> count) {
        return Monitoring.definition(id("Def"), kind)
                .withName(Prop.known("JobDefinitionName", "def", VALUE))
                .withNetwork(Networks.unset("", DECL)
                        .withInterContainerTrafficEncryption(encryption)
                        .build())
                .withInstanceCount(count)
                .build();
    }

    @Test
    void trafficEncryptionOfAJobDefinitionAppliesFromTwoInstances() {
        DataQualityJobTrafficEncryption rule = new DataQualityJobTrafficEncryption();
        Prop<Boolean> off = Prop.absent("NetworkConfig.EnableInterContainerTrafficEncryption", false, DECL);

        assertThat(rule.check(
                        definition(
                                MonitoringKind.DATA_QUALITY,
                                off,
                                Prop.absent("JobResources.ClusterConfig.InstanceCount", 1, DECL)),
                        RuleContext.defaults()))
                .isEmpty();
        assertThat(rule.check(
                        definition(
                                MonitoringKind.DATA_QUALITY,
                                off,
                                Prop.known("JobResources.ClusterConfig.InstanceCount", 1, VALUE)),
                        RuleContext.defaults()))
                .isEmpty();
        assertThat(rule.check(
                        definition(
                                MonitoringKind.DATA_QUALITY,
                                off,
                                Prop.known("JobResources.ClusterConfig.InstanceCount", 2, VALUE)),
                        RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.isConditional()).isFalse());
    }

    @Test
    void theInstanceCountThresholdIsAParameter() {
        MonitoringJobDefinition single = definition(
                MonitoringKind.DATA_QUALITY,
                Prop.absent("NetworkConfig.EnableInterContainerTrafficEncryption", false, DECL),
                Prop.absent("JobResources.ClusterConfig.InstanceCount", 1, DECL));
        RuleContext everyCount = new RuleContext(
                ParamValues.none().with("SageMaker.9", DataQualityJobTrafficEncryption.MINIMUM_INSTANCE_COUNT, 1));

        assertThat(new DataQualityJobTrafficEncryption().check(single, everyCount))
                .hasSize(1);
    }

    @Test
    void anUnresolvedInstanceCountMakesTheEncryptionFindingConditional() {
        List<Finding> findings = new ModelBiasJobTrafficEncryption()
                .check(
                        definition(
                                MonitoringKind.MODEL_BIAS,
                                Prop.known("NetworkConfig.EnableInterContainerTrafficEncryption", false, VALUE),
                                Prop.unknown(
                                        "JobResources.ClusterConfig.InstanceCount",
                                        "!Ref Count",
                                        "not evaluated",
                                        VALUE)),
                        RuleContext.defaults());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isConditional()).isTrue();
            assertThat(f.message()).contains("if `JobResources.ClusterConfig.InstanceCount` is 2 or more");
            assertThat(f.condition())
                    .isEqualTo(new Condition.PropertyIs("JobResources.ClusterConfig.InstanceCount", "2 or more"));
        });
    }

    @Test
    void aJobDefinitionRuleIgnoresOtherKinds() {
        MonitoringJobDefinition bias = definition(
                MonitoringKind.MODEL_BIAS,
                Prop.known("NetworkConfig.EnableInterContainerTrafficEncryption", false, VALUE),
                Prop.known("JobResources.ClusterConfig.InstanceCount", 4, VALUE));

        assertThat(new DataQualityJobTrafficEncryption().check(bias, RuleContext.defaults()))
                .isEmpty();
        assertThat(new ModelBiasJobNetworkIsolation().check(bias, RuleContext.defaults()))
                .hasSize(1);
        assertThat(new DataQualityJobNetworkIsolation().check(bias, RuleContext.defaults()))
                .isEmpty();
    }

    @Test
    void serverlessVariantsAreOutOfScopeAndEachInstanceVariantIsChecked() {
        ProductionVariant serverless = EndpointConfigs.variant(0, VALUE, DECL)
                .withServerless(Prop.known("ProductionVariants[0].ServerlessConfig", true, VALUE))
                .build();
        ProductionVariant single = EndpointConfigs.variant(1, VALUE, DECL)
                .withInitialInstanceCount(Prop.known("ProductionVariants[1].InitialInstanceCount", 1, VALUE))
                .build();
        ProductionVariant pair = EndpointConfigs.variant(2, VALUE, DECL)
                .withInitialInstanceCount(Prop.known("ProductionVariants[2].InitialInstanceCount", 2, VALUE))
                .build();
        EndpointConfig config = EndpointConfigs.unset(id("Config"))
                .withVariant(serverless)
                .withVariant(single)
                .withVariant(pair)
                .build();

        assertThat(new EndpointInstanceCount().check(config, RuleContext.defaults()))
                .extracting(Finding::propertyPath)
                .containsExactly("ProductionVariants[1].InitialInstanceCount");
        RuleContext three = new RuleContext(
                ParamValues.none().with("SageMaker.4", EndpointInstanceCount.MINIMUM_INSTANCE_COUNT, 3));
        assertThat(new EndpointInstanceCount().check(config, three)).hasSize(2);
    }

    @Test
    void tagsWithoutParameterNeedOneUserTagAndIgnoreSystemTags() {
        ImageTagged rule = new ImageTagged();
        Image systemOnly = SmallResources.image(
                id("Img"), Prop.known("Tags", Map.of("aws:cloudformation:stack-name", "s"), VALUE));
        Image tagged = SmallResources.image(id("Img"), Prop.known("Tags", Map.of("team", "ml"), VALUE));
        Image untagged = SmallResources.untaggedImage(id("Img"));

        assertThat(rule.check(systemOnly, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("`Tags` has no user tags"));
        assertThat(rule.check(tagged, RuleContext.defaults())).isEmpty();
        assertThat(rule.check(untagged, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("`Tags` is not set"));
    }

    @Test
    void requiredTagKeysAreEachChecked() {
        RuleContext required = new RuleContext(
                ParamValues.none().with("SageMaker.7", ImageTagged.REQUIRED_KEY_TAGS, List.of("team", "cost-center")));
        Image tagged = SmallResources.image(id("Img"), Prop.known("Tags", Map.of("team", "ml"), VALUE));

        assertThat(new ImageTagged().check(tagged, required))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("`Tags` lacks the required key `cost-center`"));
    }

    @Test
    void platformParameterDecidesWhatIsSupportedAndAbsentPasses() {
        NotebookInstance al2 = notebook(Prop.known("PlatformIdentifier", "notebook-al2-v3", VALUE));
        NotebookInstance absent = notebook(Prop.absent("PlatformIdentifier", null, DECL));
        NotebookPlatformSupported rule = new NotebookPlatformSupported();

        assertThat(rule.check(al2, RuleContext.defaults())).hasSize(1);
        assertThat(rule.check(absent, RuleContext.defaults())).isEmpty();
        RuleContext allowAl2 = new RuleContext(ParamValues.none()
                .with(
                        "SageMaker.8",
                        NotebookPlatformSupported.SUPPORTED_PLATFORMS,
                        List.of("notebook-al2023-v1", "notebook-al2-v3")));
        assertThat(rule.check(al2, allowAl2)).isEmpty();
    }

    @Test
    void scheduleReadsItsEmbeddedJobOrTheDefinitionItNames() {
        MonitoringSchedule embedded = Monitoring.schedule(id("Schedule"))
                .withEmbeddedJob(Monitoring.embeddedJob(VALUE, DECL)
                        .withNetwork(Networks.unset("", DECL)
                                .withNetworkIsolation(Prop.known("NetworkConfig.EnableNetworkIsolation", true, VALUE))
                                .build())
                        .withInstanceCount(Prop.absent("InstanceCount", 1, DECL))
                        .build())
                .build();
        assertThat(new MonitoringScheduleNetworkIsolation().check(embedded, RuleContext.defaults()))
                .isEmpty();
        assertThat(new MonitoringScheduleTrafficEncryption().check(embedded, RuleContext.defaults()))
                .hasSize(1);

        MonitoringJobDefinition def = definition(
                MonitoringKind.DATA_QUALITY,
                Prop.known("NetworkConfig.EnableInterContainerTrafficEncryption", true, VALUE),
                Prop.known("InstanceCount", 1, VALUE));
        MonitoringSchedule named = Monitoring.schedule(id("Schedule"))
                .withJobDefinitionName(Prop.known("MonitoringJobDefinitionName", "def", VALUE))
                .withMonitoringType(Prop.known("MonitoringType", "DataQuality", VALUE))
                .withNamedDefinition(def)
                .build();
        assertThat(new MonitoringScheduleNetworkIsolation().check(named, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("the job definition it runs, `Def`: "));
        assertThat(new MonitoringScheduleTrafficEncryption().check(named, RuleContext.defaults()))
                .isEmpty();

        MonitoringSchedule unresolved = Monitoring.schedule(id("Schedule"))
                .withJobDefinitionName(Prop.known("MonitoringJobDefinitionName", "elsewhere", VALUE))
                .withMonitoringType(Prop.known("MonitoringType", "DataQuality", VALUE))
                .build();
        assertThat(new MonitoringScheduleNetworkIsolation().check(unresolved, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isConditional()).isTrue();
                    assertThat(f.location()).isEqualTo(VALUE);
                    assertThat(f.message())
                            .startsWith("the job definition it runs, `elsewhere`, is not part of the scan");
                });
    }

    @Test
    void distributedTrainingWithoutEncryptionFailsAndSingleInstancePasses() {
        DistributedJobTrafficEncryption rule = new DistributedJobTrafficEncryption();
        TrainingJob two = training(Prop.known("ResourceConfig.InstanceCount", 2, VALUE));
        TrainingJob one = training(Prop.known("ResourceConfig.InstanceCount", 1, VALUE));

        assertThat(rule.check(two, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("`EnableInterContainerTrafficEncryption` is not set"));
        assertThat(rule.check(one, RuleContext.defaults())).isEmpty();
    }

    @Test
    void rebuildRulesSayTheFixReplacesTheResource() {
        NotebookInstance nb = notebook(Prop.absent("PlatformIdentifier", null, DECL));

        assertThat(new NotebookDirectInternetAccess().check(nb, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .endsWith("Fixing it replaces the notebook instance: "
                                + "`DirectInternetAccess` cannot be changed in place."));
        assertThat(new NotebookRootAccess().check(nb, RuleContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("replaces"));
    }

    private static TrainingJob training(Prop<Integer> count) {
        return Jobs.training(id("Train")).withInstanceCount(count).build();
    }

    private static NotebookInstance notebook(Prop<String> platform) {
        return Notebooks.unset(id("Nb")).withPlatformIdentifier(platform).build();
    }
}
