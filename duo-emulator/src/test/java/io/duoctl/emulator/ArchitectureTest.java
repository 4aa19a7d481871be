package io.duoctl.emulator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The emulator shares the client's signing and nothing else, so a wire-model mistake in the client
 * fails a test instead of being mirrored by the fake.
 */
@Tag("slow")
class ArchitectureTest {
  private static final JavaClasses EMULATOR =
      new ClassFileImporter()
          .withImportOption(DO_NOT_INCLUDE_TESTS)
          .importPackages("io.duoctl.emulator");

  @Test
  void emulator_usesOnlyTheClientsSigningPackage() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.duoctl.client..")
                .and(not(resideInAPackage("io.duoctl.client.signing.."))))
        .check(EMULATOR);
  }

  @Test
  void emulator_knowsNothingOfDuoctl() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.duoctl.core..", "io.duoctl.app..")
        .check(EMULATOR);
  }
}
