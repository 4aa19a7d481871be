package io.duoctl.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OrganizationService#update}: every change at once, or none. */
abstract class OrganizationUpdateContract {

  @TempDir Path dir;
  CoreFixture fixture;
  OrganizationService orgs;
  Organization acme;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(ConfigurationUpdate.named("production"), "alice");
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    acme =
        orgs.create(
            new NewOrganization(
                null, "Acme", null, Set.of("eu"), Map.of("psa_id", "17", "rmm", "a"), null),
            "alice");
    orgs.create(NewOrganization.named("Globex"), "alice");
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  List<String> auditActions() {
    return fixture
        .audit
        .find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, acme.id()))
        .entries()
        .stream()
        .map(AuditEntry::action)
        .toList();
  }

  @Test
  void update_appliesEveryChange_andAuditsEachKind() {
    Organization updated =
        orgs.update(
            acme.id(),
            OrganizationUpdate.none()
                .withName("Acme Corp")
                .withAccessMode(AccessMode.PARENT)
                .withAddedTags(List.of(" gold ", "dental"))
                .withRemovedTags(List.of("eu"))
                .withVariables(Map.of("psa_id", "42"))
                .withRemovedVariables(List.of("rmm")),
            "bob");

    assertThat(orgs.get(acme.id())).isEqualTo(updated);
    assertThat(updated.name()).isEqualTo("Acme Corp");
    assertThat(updated.accessMode()).isEqualTo(AccessMode.PARENT);
    assertThat(updated.tags()).containsExactly("dental", "gold");
    assertThat(updated.variables()).containsExactly(Map.entry("psa_id", "42"));
    assertThat(auditActions())
        .containsExactlyInAnyOrder(
            "created",
            "renamed",
            "access-mode-set",
            "tagged",
            "untagged",
            "variable-set",
            "variable-removed");
  }

  @Test
  void update_withAValidRenameAndAnInvalidTag_changesNothing_andNamesTheTag() {
    var update =
        OrganizationUpdate.none()
            .withName("Acme Corp")
            .withAddedTags(List.of("gold", "not valid!"))
            .withVariables(Map.of("psa_id", "42"));

    assertThatThrownBy(() -> orgs.update(acme.id(), update, "bob"))
        .isInstanceOfSatisfying(
            InvalidOrganizationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("add_tags"))
        .hasMessageContaining("not valid!");
    assertThat(orgs.get(acme.id())).isEqualTo(acme);
    assertThat(auditActions()).containsExactly("created");
  }

  @Test
  void update_withATakenName_rollsBackTheChangesBeforeIt() {
    var update =
        OrganizationUpdate.none()
            .withName("globex")
            .withAccessMode(AccessMode.PARENT)
            .withAddedTags(List.of("gold"))
            .withRemovedVariables(List.of("rmm"));

    assertThatThrownBy(() -> orgs.update(acme.id(), update, "bob"))
        .isInstanceOf(DuplicateOrganizationException.class)
        .hasMessageContaining("globex");
    assertThat(orgs.get(acme.id())).isEqualTo(acme);
    assertThat(auditActions()).containsExactly("created");
  }

  @Test
  void update_refusesATagOrVariableBothAddedAndRemoved_andEveryBadFieldAtOnce() {
    var update =
        OrganizationUpdate.none()
            .withName(" ")
            .withAddedTags(List.of("gold"))
            .withRemovedTags(List.of("gold"))
            .withVariables(Map.of("psa_id", "42"))
            .withRemovedVariables(List.of("psa_id"));

    assertThatThrownBy(() -> orgs.update(acme.id(), update, "bob"))
        .isInstanceOfSatisfying(
            InvalidOrganizationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "remove_tags", "remove_variables"));
    assertThat(orgs.get(acme.id())).isEqualTo(acme);
  }

  @Test
  void update_withNothing_changesNothing_andAnUnknownIdIsNotFound() {
    assertThat(orgs.update(acme.id(), OrganizationUpdate.none(), "bob")).isEqualTo(acme);
    assertThat(auditActions()).containsExactly("created");
    assertThatThrownBy(
            () -> orgs.update("no-such-id", OrganizationUpdate.none().withName("Initech"), "bob"))
        .isInstanceOf(OrganizationNotFoundException.class);
  }
}
