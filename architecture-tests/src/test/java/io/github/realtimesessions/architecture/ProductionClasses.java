package io.github.realtimesessions.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Every production class of the library, imported once per test run.
 *
 * <p>Our own modules reach this module as jars (from the local repository or the reactor's {@code target}), so jars
 * are imported; what is left out is test code ({@code target/test-classes}) and this module itself, whose planted
 * fixtures break every rule on purpose.
 */
final class ProductionClasses {

    /** Leaves out this module: its rules and its planted fixtures. */
    static final ImportOption NOT_THIS_MODULE = (Location location) ->
            !location.contains("/io/github/realtimesessions/architecture/");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NOT_THIS_MODULE)
            .importPackages(ArchitectureRules.PRODUCTION_ROOT);

    private ProductionClasses() {
    }

    /**
     * The production classes.
     *
     * @return every class below {@value ArchitectureRules#PRODUCTION_ROOT} outside tests and this module
     */
    static JavaClasses get() {
        return CLASSES;
    }
}
