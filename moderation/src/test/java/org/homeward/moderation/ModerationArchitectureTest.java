package org.homeward.moderation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.homeward.moderation", importOptions = ImportOption.DoNotIncludeTests.class)
class ModerationArchitectureTest {

    @ArchTest
    static final ArchRule moderationNeverDependsOnContent = noClasses()
            .that().resideInAPackage("org.homeward.moderation..")
            .should().dependOnClassesThat().resideInAPackage("org.homeward.content..")
            .because("moderation knows nothing of content's model; content reacts to moderation's events");

    @ArchTest
    static final ArchRule domainAndUseCasesArePlainJava = noClasses()
            .that().resideInAPackage("org.homeward.moderation..")
            .and().resideOutsideOfPackages("..infrastructure..", "..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "com.google.firebase..", "com.twilio..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.homeward.moderation.(**)").should().beFreeOfCycles();
}
