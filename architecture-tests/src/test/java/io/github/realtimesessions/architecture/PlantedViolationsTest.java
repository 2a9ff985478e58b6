package io.github.realtimesessions.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule fails on the violation it is there for, and only there: the same rules that guard the
 * production classes run over the miniature library in {@code fixtures}, first clean (every rule passes), then with
 * one planted violation at a time (exactly the expected rules fail, naming the planted class).
 *
 * <p>The miniature has the library's module packages below {@value #FIXTURES}. Classes whose name starts with
 * {@code Planted} each break a rule on purpose; all other classes follow every rule, including the allowed edge
 * cases (the port finding its SPI, IOException at transport-core's stream boundary, a public method with a checked
 * exception in a non-public type, the CLI wiring every adapter and printing). The production import never sees the
 * miniature.
 */
class PlantedViolationsTest {

    private static final String FIXTURES = "io.github.realtimesessions.architecture.fixtures";
    private static final String PLANTED = "Planted";

    private static final String ONION = "onion architecture";
    private static final String ARROWS = "module arrows of DESIGN.md";
    private static final String MODEL_JDK_ONLY = "model depends only on the JDK";
    private static final String PORT_JDK_AND_MODEL_ONLY = "port depends only on the JDK and the model";
    private static final String JACKSON_IN_CORE = "Jackson only in transport-core";
    private static final String JACKSON_OUT_OF_CORE_API = "Jackson stays out of transport-core's API";
    private static final String TRANSPORTS_APART = "transports never see each other";
    private static final String HTTP_STACKS = "HTTP stacks stay in their transport";
    private static final String NO_CYCLES = "no package cycles";
    private static final String NO_CHECKED = "no checked exceptions in the API";
    private static final String NO_JUL = "no java.util.logging";
    private static final String NO_STREAMS = "no standard streams outside the CLI";
    private static final String MODEL_FINAL = "model classes are final";
    private static final String NO_OPTIONAL_FIELDS = "no Optional fields";
    private static final String NO_OPTIONAL_PARAMETERS = "no Optional parameters";
    private static final String SEAM_ONLY = "transports use only the seam";
    private static final String NO_INTERNAL_IN_API = "no API exposes an internal type";
    private static final String SPRING_IN_STARTER = "Spring and Micrometer only in the starter";

    private static final Map<String, ArchRule> RULES = ArchitectureRules.forRoot(FIXTURES).all();

    /** Planted scenario (the start of the planted classes' names) to the rules it must break, and no others. */
    private static final Map<String, Set<String>> SCENARIOS = scenarios();

    private static Map<String, Set<String>> scenarios() {
        Map<String, Set<String>> scenarios = new LinkedHashMap<>();
        scenarios.put("PlantedModelUsesSlf4j", Set.of(MODEL_JDK_ONLY));
        scenarios.put("PlantedModelUsesPort", Set.of(ONION, ARROWS, MODEL_JDK_ONLY, NO_CYCLES));
        scenarios.put("PlantedMutableModel", Set.of(MODEL_FINAL));
        scenarios.put("PlantedJacksonInPort", Set.of(PORT_JDK_AND_MODEL_ONLY, JACKSON_IN_CORE));
        scenarios.put("PlantedPortUsesCore", Set.of(ONION, ARROWS, PORT_JDK_AND_MODEL_ONLY, NO_CYCLES));
        scenarios.put("PlantedInternalCycle", Set.of(NO_CYCLES));
        scenarios.put("PlantedCheckedInPort", Set.of(NO_CHECKED));
        scenarios.put("PlantedInterruptibleHook", Set.of(NO_CHECKED));
        scenarios.put("PlantedOptionalField", Set.of(NO_OPTIONAL_FIELDS));
        scenarios.put("PlantedOptionalParameter", Set.of(NO_OPTIONAL_PARAMETERS));
        scenarios.put("PlantedPrintStackTrace", Set.of(NO_STREAMS));
        scenarios.put("PlantedIoWithoutStream", Set.of(NO_CHECKED));
        scenarios.put("PlantedJacksonInCoreApi", Set.of(JACKSON_OUT_OF_CORE_API));
        scenarios.put("PlantedSystemOut", Set.of(NO_STREAMS));
        scenarios.put("PlantedCycle", Set.of(NO_CYCLES));
        scenarios.put("PlantedApacheUsesFeign", Set.of(ONION, ARROWS, TRANSPORTS_APART));
        scenarios.put("PlantedJacksonInApache", Set.of(JACKSON_IN_CORE));
        scenarios.put("PlantedIoWithStreamOutsideCore", Set.of(NO_CHECKED));
        scenarios.put("PlantedFeignUsesTestkit", Set.of(ONION, ARROWS, TRANSPORTS_APART));
        scenarios.put("PlantedApacheHttpInCore", Set.of(HTTP_STACKS));
        scenarios.put("PlantedFeignInApache", Set.of(HTTP_STACKS));
        scenarios.put("PlantedFeignInTestkit", Set.of(HTTP_STACKS));
        scenarios.put("PlantedJulInTestkit", Set.of(NO_JUL));
        scenarios.put("PlantedProtectedChecked", Set.of(NO_CHECKED));
        scenarios.put("PlantedClassOutsideModules", Set.of(ONION, ARROWS));
        scenarios.put("PlantedApacheUsesModel", Set.of(SEAM_ONLY));
        scenarios.put("PlantedFeignUsesCoreInternal", Set.of(SEAM_ONLY));
        scenarios.put("PlantedInternalInCoreApi", Set.of(NO_INTERNAL_IN_API));
        scenarios.put("PlantedSpringUsesApache", Set.of(ONION, ARROWS));
        scenarios.put("PlantedMicrometerInTestkit", Set.of(SPRING_IN_STARTER));
        return scenarios;
    }

    static Stream<Arguments> rules() {
        return RULES.entrySet().stream().map(rule -> Arguments.of(Named.of(rule.getKey(), rule.getValue())));
    }

    static Stream<Arguments> scenarioNames() {
        return SCENARIOS.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void cleanMiniatureFollowsTheRule(ArchRule rule) {
        rule.check(fixturesPlus(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioNames")
    void plantedViolationBreaksExactlyItsRules(String scenario) {
        JavaClasses classes = fixturesPlus(scenario);
        assertThat(classes.stream().map(JavaClass::getSimpleName)).anyMatch(name -> name.startsWith(scenario));

        Map<String, EvaluationResult> failures = new LinkedHashMap<>();
        RULES.forEach((name, rule) -> {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.put(name, result);
            }
        });

        assertThat(failures.keySet()).as("rules broken by %s", scenario)
                .containsExactlyInAnyOrderElementsOf(SCENARIOS.get(scenario));
        failures.forEach((name, result) -> assertThat(result.getFailureReport().getDetails())
                .as("violations of '%s'", name)
                .anyMatch(line -> line.contains(scenario)));
    }

    /** The example: a class in a port package that uses Jackson fails the build with an AssertionError. */
    @Test
    void jacksonInAPortPackageFailsTheCheck() {
        JavaClasses classes = fixturesPlus("PlantedJacksonInPort");

        assertThatThrownBy(() -> RULES.get(PORT_JDK_AND_MODEL_ONLY).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedJacksonInPort")
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
        assertThatThrownBy(() -> RULES.get(JACKSON_IN_CORE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlantedJacksonInPort");
    }

    @Test
    void everyRuleIsBrokenByAtLeastOnePlantedScenario() {
        Set<String> proven = SCENARIOS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());

        assertThat(proven).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void everyPlantedClassBelongsToAScenario() {
        Set<String> planted = new ClassFileImporter().importPackages(FIXTURES).stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getSimpleName)
                .filter(name -> name.startsWith(PLANTED))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(planted).isNotEmpty().allSatisfy(name -> assertThat(SCENARIOS.keySet())
                .as("scenarios covering %s", name)
                .anyMatch(name::startsWith));
        List<String> unmatched = SCENARIOS.keySet().stream()
                .filter(scenario -> planted.stream().noneMatch(name -> name.startsWith(scenario)))
                .collect(Collectors.toList());
        assertThat(unmatched).as("scenarios without a planted class").isEmpty();
    }

    /** The clean miniature plus the planted classes whose names start with {@code scenario} (none if null). */
    private static JavaClasses fixturesPlus(String scenario) {
        return new ClassFileImporter()
                .withImportOption((Location location) -> {
                    String name = topLevelClassName(location);
                    return !name.startsWith(PLANTED) || (scenario != null && name.startsWith(scenario));
                })
                .importPackages(FIXTURES);
    }

    private static String topLevelClassName(Location location) {
        String uri = location.asURI().toString();
        String file = uri.substring(uri.lastIndexOf('/') + 1);
        int end = file.indexOf('$');
        return end < 0 ? file.substring(0, Math.max(file.indexOf('.'), 0)) : file.substring(0, end);
    }
}
