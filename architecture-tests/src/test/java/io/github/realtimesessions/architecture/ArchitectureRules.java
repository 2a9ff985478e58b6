package io.github.realtimesessions.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture of the library as ArchUnit rules, written against a root package so that the very same rules run
 * over the production classes ({@link #PRODUCTION_ROOT}) and over the planted fixtures that prove each rule fails on
 * the violation it is there for.
 *
 * <p>Module packages below the root: {@code model} (api-model), {@code port} with {@code port.spi} and
 * {@code port.internal} (api-port), {@code transport.core} with {@code transport.core.internal},
 * {@code transport.apache}, {@code transport.feign}, {@code testkit}, {@code cli}, {@code spring} (the Spring Boot
 * starter) and {@code azure} (the Azure Identity credential). The package documentation explains the shape of each
 * rule and every exception.
 */
final class ArchitectureRules {

    /** The root package of every production class. */
    static final String PRODUCTION_ROOT = "io.github.realtimesessions";

    private static final String[] JACKSON = {"com.fasterxml.jackson..", "tools.jackson.."};
    private static final String APACHE_HTTP = "org.apache.hc..";
    private static final String FEIGN = "feign..";
    private static final String[] SPRING_AND_MICROMETER = {"org.springframework..", "io.micrometer.."};

    /** Meta-annotation of every JUnit Jupiter test annotation ({@code @Test}, {@code @ParameterizedTest}, ...). */
    private static final String JUNIT_TESTABLE = "org.junit.platform.commons.annotation.Testable";
    private static final List<String> JUNIT_LIFECYCLE = List.of(
            "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.BeforeEach",
            "org.junit.jupiter.api.AfterEach", "org.junit.jupiter.api.AfterAll");

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    /**
     * Rules for the classes below {@code root}.
     *
     * @param root the package the module packages hang off, e.g. {@value #PRODUCTION_ROOT}
     * @return the rules
     */
    static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    /**
     * Every rule by a name fit for a test report, in a stable order.
     *
     * @return name to rule
     */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("onion architecture", onionArchitectureRule());
        rules.put("module arrows of DESIGN.md", moduleArrows());
        rules.put("model depends only on the JDK", modelDependsOnlyOnTheJdk());
        rules.put("port depends only on the JDK and the model", portDependsOnlyOnTheJdkAndTheModel());
        rules.put("Jackson only in transport-core", jacksonOnlyInTransportCore());
        rules.put("Jackson stays out of transport-core's API", jacksonStaysOutOfTransportCoreApi());
        rules.put("transports never see each other", transportsNeverSeeEachOther());
        rules.put("HTTP stacks stay in their transport", httpStacksStayInTheirTransport());
        rules.put("transports use only the seam", transportsUseOnlyTheSeam());
        rules.put("no API exposes an internal type", noApiExposesAnInternalType());
        rules.put("Spring and Micrometer only in the starter", springAndMicrometerOnlyInTheStarter());
        rules.put("no package cycles", noPackageCycles());
        rules.put("no checked exceptions in the API", noCheckedExceptionsInTheApi());
        rules.put("no java.util.logging", noJavaUtilLogging());
        rules.put("no standard streams outside the CLI", noStandardStreamsOutsideTheCli());
        rules.put("model classes are final", modelClassesAreFinal());
        rules.put("no Optional fields", noOptionalFields());
        rules.put("no Optional parameters", noOptionalParameters());
        return Collections.unmodifiableMap(rules);
    }

    private String everything() {
        return root + "..";
    }

    private String model() {
        return root + ".model..";
    }

    private String port() {
        return root + ".port..";
    }

    private String core() {
        return root + ".transport.core..";
    }

    private String apache() {
        return root + ".transport.apache..";
    }

    private String feign() {
        return root + ".transport.feign..";
    }

    private String testkit() {
        return root + ".testkit..";
    }

    private String cli() {
        return root + ".cli..";
    }

    private String spring() {
        return root + ".spring..";
    }

    private String azure() {
        return root + ".azure..";
    }

    /**
     * ArchUnit's built-in onion: the model in the centre, the port around it, transport-core as the application ring;
     * each transport, the testkit, the CLI, the Spring Boot starter and the Azure credential are adapters that never
     * see each other, except that the CLI, the composition root, wires the others together.
     */
    ArchRule onionArchitectureRule() {
        return onionArchitecture()
                .domainModels(model())
                .domainServices(port())
                .applicationServices(core())
                .adapter("apache", apache())
                .adapter("feign", feign())
                .adapter("testkit", testkit())
                .adapter("cli", cli())
                .adapter("spring", spring())
                .adapter("azure", azure())
                .ignoreDependency(
                        resideInAPackage(cli()).as("the CLI (the composition root)"),
                        resideInAnyPackage(apache(), feign(), testkit()).as("the adapters it wires together"))
                .ensureAllClassesAreContainedInArchitecture();
    }

    /**
     * Exactly the arrows of DESIGN.md, with one addition: the CLI, the composition root, also uses transport-core's
     * wire codec (to read {@code --request-file} strictly and print {@code --json}), which keeps Jackson out of the CLI.
     * The starter depends on the port and transport-core, never on a transport (it finds the one on the class path);
     * the Azure credential on the port only. A module may use the model because the port's API is made of it.
     */
    ArchRule moduleArrows() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy(model())
                .layer("Port").definedBy(port())
                .layer("Core").definedBy(core())
                .layer("Apache").definedBy(apache())
                .layer("Feign").definedBy(feign())
                .layer("Testkit").definedBy(testkit())
                .layer("Cli").definedBy(cli())
                .layer("Spring").definedBy(spring())
                .layer("Azure").definedBy(azure())
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Port").mayOnlyAccessLayers("Model")
                .whereLayer("Core").mayOnlyAccessLayers("Port", "Model")
                .whereLayer("Apache").mayOnlyAccessLayers("Core", "Port", "Model")
                .whereLayer("Feign").mayOnlyAccessLayers("Core", "Port", "Model")
                .whereLayer("Testkit").mayOnlyAccessLayers("Core", "Port", "Model")
                .whereLayer("Cli").mayOnlyAccessLayers("Apache", "Feign", "Testkit", "Core", "Port", "Model")
                .whereLayer("Spring").mayOnlyAccessLayers("Core", "Port", "Model")
                .whereLayer("Azure").mayOnlyAccessLayers("Port", "Model")
                .ensureAllClassesAreContainedInArchitecture()
                .as("modules follow the arrows of DESIGN.md: port -> model; transport.core -> port, model; "
                        + "transport.apache, transport.feign, testkit -> transport.core, port, model; "
                        + "cli -> transport.apache, transport.feign, testkit, transport.core (wire codec), port, model; "
                        + "spring -> transport.core, port, model; azure -> port, model");
    }

    ArchRule modelDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(model())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", model())
                .because("api-model is the vocabulary every module shares and must not drag a library along");
    }

    ArchRule portDependsOnlyOnTheJdkAndTheModel() {
        return classes().that().resideInAPackage(port())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", model(), port())
                .because("the port is what users code against and must not drag an HTTP or JSON library along");
    }

    ArchRule jacksonOnlyInTransportCore() {
        return noClasses().that().resideInAPackage(everything()).and().resideOutsideOfPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage(JACKSON)
                .because("JSON is the wire codec's business: everything built on transport-core goes through "
                        + "its WireCodec, so Jackson is one module's concern");
    }

    ArchRule jacksonStaysOutOfTransportCoreApi() {
        return members().that().areDeclaredInClassesThat().resideInAPackage(core())
                .and(isApi())
                .should(notMention(resideInAnyPackage(JACKSON).as("Jackson")))
                .because("modules built on transport-core must be able to use it without touching Jackson");
    }

    ArchRule transportsNeverSeeEachOther() {
        return CompositeArchRule
                .of(noClasses().that().resideInAPackage(apache())
                        .should().dependOnClassesThat().resideInAnyPackage(feign(), testkit(), cli()))
                .and(noClasses().that().resideInAPackage(feign())
                        .should().dependOnClassesThat().resideInAnyPackage(apache(), testkit(), cli()))
                .as("transports never see each other, the testkit or the CLI");
    }

    /**
     * Feign only in transport.feign; Apache HttpClient only in the transports that run on it: transport.apache, and
     * transport.feign, whose default {@code feign.Client} hands requests to an Apache client it configures. The
     * model, the port, transport-core, the testkit and the CLI stay neutral of every HTTP stack.
     */
    ArchRule httpStacksStayInTheirTransport() {
        return CompositeArchRule
                .of(noClasses().that().resideInAPackage(everything())
                        .and().resideOutsideOfPackages(apache(), feign())
                        .should().dependOnClassesThat().resideInAPackage(APACHE_HTTP))
                .and(noClasses().that().resideInAPackage(everything()).and().resideOutsideOfPackage(feign())
                        .should().dependOnClassesThat().resideInAPackage(FEIGN))
                .as("Feign is used only in transport.feign and Apache HttpClient only in transport.apache and "
                        + "transport.feign (its default client runs on Apache HttpClient)");
    }

    /**
     * The seam of DESIGN.md's round 2: a transport moves bytes. It extends transport-core's {@code HttpSessionCreator}
     * and implements its exchange, so it may use transport-core's public packages and the port (settings); it may not
     * know the model (endpoint logic belongs in transport-core) nor reach into transport-core's internals.
     */
    ArchRule transportsUseOnlyTheSeam() {
        return noClasses().that().resideInAnyPackage(apache(), feign())
                .should().dependOnClassesThat().resideInAnyPackage(model(), root + ".transport.core.internal..")
                .as("transports use only the seam: transport-core's public packages and the port, never the model or"
                        + " transport-core's internals")
                .because("adding an endpoint must touch no transport");
    }

    /**
     * What users see shows no internal type: no public or protected member of an API type (public all the way out,
     * outside {@code internal}) mentions a type of an {@code internal} package in its signature, so internals can
     * change in any release.
     */
    ArchRule noApiExposesAnInternalType() {
        return members().that().areDeclaredInClassesThat().resideInAPackage(everything())
                .and(isApi())
                .should(notMention(resideInAPackage("..internal..").as("an internal type")))
                .because("internal packages are not API; a signature showing one would make it API");
    }

    /** Spring and Micrometer only in the Spring Boot starter: every other module stays framework-free. */
    ArchRule springAndMicrometerOnlyInTheStarter() {
        return noClasses().that().resideInAPackage(everything()).and().resideOutsideOfPackage(spring())
                .should().dependOnClassesThat().resideInAnyPackage(SPRING_AND_MICROMETER)
                .because("the library is used without Spring; only the starter binds it to Spring and Micrometer");
    }

    /**
     * Package cycles, where a package, its {@code internal} and its {@code spi} sub-packages count as one. A public
     * type delegates to its implementation, which names the public type back; an API package and its SPI reference
     * each other ({@code port.SessionCreators} finds the providers of {@code port.spi} with {@code ServiceLoader},
     * {@code ClientSettings} takes a {@code spi.RequestListener}, while the SPI names the port's types, as the JDK's
     * {@code java.nio.charset} and {@code java.nio.charset.spi} do). Each is one unit, split only to say who it is
     * for; between units, no cycle.
     */
    ArchRule noPackageCycles() {
        return slices().assignedFrom(packagesWithTheirInternalsAndSpi()).should().beFreeOfCycles();
    }

    /** One slice per package below the root, its {@code internal} and {@code spi} sub-packages (and below) included. */
    private SliceAssignment packagesWithTheirInternalsAndSpi() {
        String prefix = root + ".";
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(prefix)) {
                    return SliceIdentifier.ignore();
                }
                String relative = name.substring(prefix.length()) + ".";
                int cut = relative.length() - 1;
                for (String part : List.of(".internal.", ".spi.")) {
                    int at = relative.indexOf(part);
                    if (at >= 0 && at < cut) {
                        cut = at;
                    }
                }
                return SliceIdentifier.of(relative.substring(0, cut));
            }

            @Override
            public String getDescription() {
                return "packages below " + root + ", each with its internal and spi sub-packages";
            }
        };
    }

    /**
     * No method or constructor a user can call or override (public or protected, in a type that is public all the
     * way out) declares a checked exception. The only exception is {@link IOException} at transport-core's
     * byte-stream boundary: a method of transport-core that takes an {@link InputStream} or {@link OutputStream},
     * or {@code HttpExchange#execute}, the hook a transport implements to move bytes. Those are the seams
     * where a transport's own I/O failures cross into the shared pipeline, which turns them into
     * {@code ApiConnectionException}; declaring them keeps the translation in one place. JUnit test and lifecycle
     * methods (the testkit's contract suite) are not called by users and may declare {@code throws Exception}.
     */
    ArchRule noCheckedExceptionsInTheApi() {
        return codeUnits().that().areDeclaredInClassesThat().resideInAPackage(everything())
                .and(isApi())
                .should(declareNoCheckedExceptionOutsideTheIoBoundary())
                .because("the library has one unchecked exception tree; callers never need try/catch for I/O");
    }

    ArchRule noJavaUtilLogging() {
        return noClasses().that().resideInAPackage(everything())
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("the library logs through SLF4J only");
    }

    ArchRule noStandardStreamsOutsideTheCli() {
        return noClasses().that().resideInAPackage(everything()).and().resideOutsideOfPackage(cli())
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("a library never writes to the console; only the CLI talks to a terminal");
    }

    /**
     * Model classes are final, records or enums. The one abstract class is {@code OpenEnum}, the shared base of every
     * open enumeration (a sealed class could not list subclasses in two packages of an unnamed module).
     */
    ArchRule modelClassesAreFinal() {
        return classes().that().resideInAPackage(model())
                .and().doNotHaveFullyQualifiedName(root + ".model.OpenEnum")
                .and().areNotInterfaces()
                .and().areNotEnums()
                .and().areNotAnonymousClasses()
                .and().areNotLocalClasses()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().haveModifier(JavaModifier.FINAL)
                .because("model values are records or final classes; sealed interfaces close the unions");
    }

    ArchRule noOptionalFields() {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(everything())
                .should().haveRawType(Optional.class)
                .because("absent is null, documented once per package");
    }

    ArchRule noOptionalParameters() {
        return codeUnits().that().areDeclaredInClassesThat().resideInAPackage(everything())
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(notTakeAnOptional())
                .because("absent is null, documented once per package");
    }

    /**
     * What a user can call or override: public or protected, declared in a type that is public all the way out, and
     * outside the {@code internal} packages, which DESIGN.md reserves for code that crosses packages but is not API
     * (their Javadoc is not published either).
     */
    private static DescribedPredicate<JavaMember> isApi() {
        return DescribedPredicate.describe("are part of the API (public or protected in a public type outside "
                        + "'..internal..')",
                (JavaMember member) -> {
                    if (resideInAPackage("..internal..").test(member.getOwner())) {
                        return false;
                    }
                    Set<JavaModifier> modifiers = member.getModifiers();
                    if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
                        return false;
                    }
                    if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
                        return false;
                    }
                    Optional<JavaClass> type = Optional.of(member.getOwner());
                    while (type.isPresent()) {
                        if (!type.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                            return false;
                        }
                        type = type.get().getEnclosingClass();
                    }
                    return true;
                });
    }

    private ArchCondition<JavaCodeUnit> declareNoCheckedExceptionOutsideTheIoBoundary() {
        return new ArchCondition<>("declare no checked exception (but IOException at transport-core's byte-stream "
                + "boundary, and anything on methods JUnit runs)") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (isRunByJUnit(unit)) {
                    return;
                }
                for (JavaClass thrown : unit.getExceptionTypes()) {
                    if (isChecked(thrown) && !isIoBoundary(unit, thrown)) {
                        events.add(SimpleConditionEvent.violated(unit, String.format(
                                "%s declares checked %s in %s",
                                unit.getFullName(), thrown.getName(), unit.getSourceCodeLocation())));
                    }
                }
            }
        };
    }

    /**
     * Test and lifecycle methods of the testkit's contract suite are called by the JUnit engine, never by a user, and
     * {@code throws Exception} is the idiom there.
     */
    private static boolean isRunByJUnit(JavaCodeUnit unit) {
        return unit.isMetaAnnotatedWith(JUNIT_TESTABLE)
                || JUNIT_LIFECYCLE.stream().anyMatch(unit::isAnnotatedWith);
    }

    /** Unresolved types count as checked: a rule that cannot see the hierarchy must not pass silently. */
    private static boolean isChecked(JavaClass thrown) {
        return !thrown.isAssignableTo(RuntimeException.class) && !thrown.isAssignableTo(Error.class);
    }

    private boolean isIoBoundary(JavaCodeUnit unit, JavaClass thrown) {
        if (!thrown.isAssignableTo(IOException.class) || !resideInAPackage(core()).test(unit.getOwner())) {
            return false;
        }
        boolean movesStreams = unit.getRawParameterTypes().stream().anyMatch(
                type -> type.isAssignableTo(InputStream.class) || type.isAssignableTo(OutputStream.class));
        boolean isExchange = unit.getOwner().getName().equals(root + ".transport.core.HttpExchange")
                && unit.getName().equals("execute");
        return movesStreams || isExchange;
    }

    private static ArchCondition<JavaMember> notMention(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not mention " + forbidden.getDescription() + " in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<JavaClass> mentioned = new LinkedHashSet<>();
                if (member instanceof JavaField) {
                    mentioned.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
                } else if (member instanceof JavaCodeUnit) {
                    JavaCodeUnit unit = (JavaCodeUnit) member;
                    mentioned.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getParameterTypes().forEach(type -> mentioned.addAll(type.getAllInvolvedRawTypes()));
                    mentioned.addAll(unit.getExceptionTypes());
                }
                mentioned.stream().filter(forbidden).forEach(type -> events.add(SimpleConditionEvent.violated(
                        member, String.format("%s mentions %s in %s",
                                member.getFullName(), type.getName(), member.getSourceCodeLocation()))));
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> notTakeAnOptional() {
        return new ArchCondition<>("not take an Optional parameter") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Optional.class))) {
                    events.add(SimpleConditionEvent.violated(unit, String.format(
                            "%s takes an Optional in %s", unit.getFullName(), unit.getSourceCodeLocation())));
                }
            }
        };
    }
}
