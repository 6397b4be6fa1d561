package frl.ienline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries declared in each package-info hold, and so does the wall around support. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(IenlineApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("frl.ienline");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void noModuleDependsOnSupport() {
        noClasses().that().resideOutsideOfPackage("frl.ienline.support..")
                .and().doNotHaveFullyQualifiedName(IenlineApplication.class.getName())
                .and().doNotHaveFullyQualifiedName(Commands.class.getName())
                .should().dependOnClassesThat().resideInAPackage("frl.ienline.support..")
                .because("the wall: nothing outside the support compartment may read it")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void supportReadsNothingFromEnforcementModules() {
        noClasses().that().resideInAPackage("frl.ienline.support..")
                .should().dependOnClassesThat().resideInAnyPackage("frl.ienline.register..", "frl.ienline.adintel..",
                        "frl.ienline.supervision..", "frl.ienline.signals..", "frl.ienline.reporting..",
                        "frl.ienline.audit..")
                .because("the wall: the care compartment takes nothing from enforcement")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
