package io.lakefront.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: it may use {@code java.*} and itself, nothing else — no JavaFX, JDBC,
 * Jdbi, H2, LangChain4j, SnakeYAML or UI kits. This test fails the build the moment it does.
 */
class DomainPurityTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lakefront.domain");

    @Test
    void domainUsesOnlyTheJavaPlatformAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.lakefront.domain..", "java..")
                .because("the domain must stay free of frameworks (STYLE.md)")
                .check(DOMAIN);
    }

    @Test
    void domainDoesNotUseJdbc() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.awt..", "javax.swing..")
                .because("storage and screens are adapters, outside the domain")
                .check(DOMAIN);
    }
}
