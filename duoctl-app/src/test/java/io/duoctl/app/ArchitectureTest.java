package io.duoctl.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.duoctl.core.db.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The module rules of CONVENTIONS.md, checked on the main classes of every module: app → core →
 * client, nobody outside duo-client uses its {@code internal} package, and the REST API and the
 * console reach data only through core services. (The emulator's own rule lives in duo-emulator.)
 */
@Tag("slow")
class ArchitectureTest {
  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(DO_NOT_INCLUDE_TESTS)
          // duoctl-core's test helpers arrive as its tests jar, which DO_NOT_INCLUDE_TESTS misses
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.duoctl");

  @Test
  void client_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.duoctl.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.duoctl.core..", "io.duoctl.app..", "io.duoctl.emulator..")
        .check(MAIN_CLASSES);
  }

  @Test
  void core_dependsOnNeitherTheAppNorTheEmulator() {
    noClasses()
        .that()
        .resideInAPackage("io.duoctl.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.duoctl.app..", "io.duoctl.emulator..")
        .check(MAIN_CLASSES);
  }

  @Test
  void clientInternals_areUsedOnlyInsideTheClient() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.duoctl.client..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.duoctl.client.internal..")
        .check(MAIN_CLASSES);
  }

  /**
   * Stores, the {@link Database} and Jdbi stay behind core services; catching a database failure to
   * map it to a status is allowed. {@link JobStore} is the one known exception today: the jobs
   * pages and routes read job history straight from it.
   */
  @Test
  void apiAndConsole_reachDataOnlyThroughCoreServices() {
    noClasses()
        .that()
        .resideInAnyPackage("io.duoctl.app.api..", "io.duoctl.app.console..")
        .should()
        .dependOnClassesThat(
            simpleNameEndingWith("Store")
                .or(equivalentTo(Database.class))
                .or(resideInAPackage("org.jdbi.."))
                .and(not(assignableTo(Throwable.class))))
        .check(MAIN_CLASSES);
  }
}
