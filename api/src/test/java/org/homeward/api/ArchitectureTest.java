package org.homeward.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shape of the code, checked at build time: domain and use cases are plain Java; modules
 * depend one way (api -> content -> moderation -> infra); no package cycles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.homeward");
    }

    @Test
    void domainCodeUsesNoFrameworkDatabaseOrVendorSdk() {
        noClasses().that().resideInAnyPackage("org.homeward.api..", "org.homeward.content..", "org.homeward.moderation..")
                .and().resideOutsideOfPackages("..infrastructure..", "..web..", "org.homeward.api",
                        "org.homeward.api.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "com.google.firebase..", "com.twilio..", "de.bwaldvogel..")
                .because("domain objects and use cases are plain Java; adapters sit beside them")
                .check(classes);
    }

    @Test
    void modulesDependOneWay() {
        noClasses().that().resideInAPackage("org.homeward.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homeward.api..", "org.homeward.content..",
                        "org.homeward.moderation..")
                .because("infra knows no feature").check(classes);
        noClasses().that().resideInAPackage("org.homeward.moderation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homeward.api..", "org.homeward.content..")
                .because("moderation knows nothing of content's model").allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.homeward.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homeward.api..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.homeward.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersAndAdaptersStayPackagePrivate() {
        noClasses().that().haveSimpleNameEndingWith("Controller").should().bePublic().check(classes);
        noClasses().that().resideInAPackage("..infrastructure..").and().haveSimpleNameStartingWith("Mongo")
                .should().bePublic().check(classes);
    }
}
