package io.github.realtimesessions.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every architecture rule over every production class; a violation fails {@code ./mvnw verify}. */
class ProductionArchitectureTest {

    static Stream<Arguments> rules() {
        return ArchitectureRules.forRoot(ArchitectureRules.PRODUCTION_ROOT).all().entrySet().stream()
                .map(rule -> Arguments.of(Named.of(rule.getKey(), rule.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionClassesFollowTheRule(ArchRule rule) {
        rule.check(ProductionClasses.get());
    }

    /** A module missing from the import would make every rule about it pass without looking. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"model", "model.beta", "model.internal", "port", "port.spi", "port.internal",
            "transport.core", "transport.core.internal", "transport.apache", "transport.apache.internal",
            "transport.feign", "transport.feign.internal", "testkit", "testkit.contract", "cli", "spring", "spring.internal",
            "azure"})
    void everyModulePackageIsImported(String modulePackage) {
        String packageName = ArchitectureRules.PRODUCTION_ROOT + "." + modulePackage;

        assertThat(ProductionClasses.get().stream().map(JavaClass::getPackageName).collect(Collectors.toSet()))
                .as("packages of the imported production classes")
                .contains(packageName);
    }

    @Test
    void importLeavesOutTestClassesAndThisModule() {
        assertThat(ProductionClasses.get())
                .isNotEmpty()
                .allSatisfy(javaClass -> {
                    assertThat(javaClass.getPackageName()).doesNotStartWith("io.github.realtimesessions.architecture");
                    assertThat(javaClass.getSource()).hasValueSatisfying(
                            source -> assertThat(source.getUri().toString()).doesNotContain("/test-classes/"));
                });
    }
}
