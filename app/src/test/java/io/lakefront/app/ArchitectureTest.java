package io.lakefront.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's arrows point inward: {@code app → ui-fxml, persistence, connectors → domain}. The
 * adapters never reach sideways or outward. (The domain's own rule — java.* only — is tested in
 * the domain module, so it fails that module's build first.)
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.lakefront");
    }

    @Test
    void allModulesAreImported() {
        for (String pkg : new String[] {"io.lakefront.domain", "io.lakefront.persistence", "io.lakefront.connectors",
                "io.lakefront.ui", "io.lakefront.app"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s on the class path", pkg).isTrue();
        }
    }

    @Test
    void domainDependsOnNoOtherModule() {
        rule("io.lakefront.domain..", "io.lakefront.persistence..", "io.lakefront.connectors..", "io.lakefront.ui..",
                "io.lakefront.app..").check(classes);
    }

    @Test
    void persistenceDependsOnlyOnTheDomain() {
        rule("io.lakefront.persistence..", "io.lakefront.connectors..", "io.lakefront.ui..", "io.lakefront.app..",
                "javafx..").check(classes);
    }

    @Test
    void connectorsDependOnlyOnTheDomain() {
        rule("io.lakefront.connectors..", "io.lakefront.persistence..", "io.lakefront.ui..", "io.lakefront.app..",
                "javafx..").check(classes);
    }

    @Test
    void screensDependOnlyOnTheDomain() {
        rule("io.lakefront.ui..", "io.lakefront.persistence..", "io.lakefront.connectors..", "io.lakefront.app..",
                "org.jdbi..", "org.h2..", "java.sql..", "dev.langchain4j..", "org.yaml..").check(classes);
    }

    @Test
    void onlyTheScreensUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.lakefront.ui..", "io.lakefront.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    private static ArchRule rule(String module, String... forbidden) {
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("dependencies point inward: app → ui-fxml, persistence, connectors → domain");
    }
}
