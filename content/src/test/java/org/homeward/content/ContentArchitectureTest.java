package org.homeward.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = {"org.homeward.content", "org.homeward.moderation"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ContentArchitectureTest {

    @ArchTest
    static final ArchRule moderationNeverDependsOnContent = noClasses()
            .that().resideInAPackage("org.homeward.moderation..")
            .should().dependOnClassesThat().resideInAPackage("org.homeward.content..");

    @ArchTest
    static final ArchRule domainAndUseCasesArePlainJava = noClasses()
            .that().resideInAnyPackage("org.homeward.content..", "org.homeward.moderation..")
            .and().resideOutsideOfPackages("..infrastructure..", "..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "com.google.firebase..", "com.twilio..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.homeward.(**)").should().beFreeOfCycles();
}
