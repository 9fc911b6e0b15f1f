package app.debrief;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain knows nothing of JavaFX, the views or the command line; no package cycles. */
class ArchitectureTest {

    static final String[] DOMAIN = {"app.debrief.bank..", "app.debrief.content..", "app.debrief.rubric..",
            "app.debrief.practice..", "app.debrief.store..", "app.debrief.review..", "app.debrief.env..", "app.debrief.settings..",
            "app.debrief.text..", "app.debrief.loop.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.debrief");
    }

    @Test
    void domainPackagesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..", "org.fxmisc..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void domainPackagesDoNotUseTheUiOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("app.debrief.ui..", "app.debrief.cli..", "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theUiAndTheCommandLineDoNotUseEachOther() {
        noClasses().that().resideInAPackage("app.debrief.ui..").should().dependOnClassesThat().resideInAPackage("app.debrief.cli..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("app.debrief.cli..").should().dependOnClassesThat().resideInAnyPackage("app.debrief.ui..", "javafx..")
                .allowEmptyShould(true).check(classes);
    }

    /**
     * The checker is a pipeline whose passes point one way: text to claims ({@code analysis}) knows
     * nothing else of the app; the rules and the talking-point pass read claims and never each
     * other; only the checker itself ({@code rubric}) sees them all.
     */
    @Test
    void theCheckersPassesDependOnlyOnTheOnesBeforeThem() {
        noClasses().that().resideInAPackage("app.debrief.rubric.analysis..").should().dependOnClassesThat()
                .resideInAnyPackage("app.debrief.rubric", "app.debrief.rubric.rules..", "app.debrief.rubric.points..", "app.debrief.bank..",
                        "app.debrief.store..", "app.debrief.review..")
                .check(classes);
        noClasses().that().resideInAPackage("app.debrief.rubric.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("app.debrief.rubric", "app.debrief.rubric.points..", "app.debrief.bank..")
                .check(classes);
        noClasses().that().resideInAPackage("app.debrief.rubric.points..").should().dependOnClassesThat()
                .resideInAnyPackage("app.debrief.rubric", "app.debrief.rubric.rules..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.debrief.(*)..").should().beFreeOfCycles().check(classes);
    }
}
