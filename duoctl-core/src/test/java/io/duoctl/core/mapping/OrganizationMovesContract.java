package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.orgs.DuplicateOrganizationException;
import io.duoctl.core.orgs.InvalidOrganizationException;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an organization to another configuration, and what becomes of its mapping. */
abstract class OrganizationMovesContract {
  static final String ACME = "DA000000000000000001";
  static final String GLOBEX = "DA000000000000000002";

  @TempDir Path dir;
  CoreFixture fixture;
  OrganizationService orgs;
  MappingService mapping;
  OrganizationMoves moves;
  Organization acme;

  abstract Backend backend();

  @BeforeEach
  void twoConfigurationsWithAMappedOrganization() {
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    for (String name : new String[] {"production", "staging"}) {
      settings.save(
          ConfigurationUpdate.named(name)
              .withApi(
                  DuoApi.ACCOUNTS,
                  "api-" + name + ".duosecurity.com",
                  "DIACCOUNTS0000000001",
                  Secret.of("A".repeat(40))),
          "alice");
    }
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    mapping = new MappingService(fixture.jdbi(), settings, orgs, fixture.audit, fixture.clock);
    moves = new OrganizationMoves(fixture.jdbi(), orgs, fixture.audit);
    mapping.refreshAccounts(
        "production",
        new InMemoryDuoAccountDirectory().add(ACME, "Acme").add(GLOBEX, "Globex"),
        "alice");
    acme =
        orgs.create(
            NewOrganization.named("Acme").inConfiguration("production").withTags(Set.of("dental")),
            "alice");
    mapping.map(acme.id(), ACME, "alice");
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  @Test
  void move_toAConfigurationWhoseParentLacksTheAccount_clearsTheMapping_andSaysSo() {
    mapping.refreshAccounts("staging", new InMemoryDuoAccountDirectory(), "alice");

    MovedOrganization moved = moves.move(acme.id(), "staging", "bob");

    assertThat(moved.mapping()).isEqualTo(MovedOrganization.Mapping.CLEARED);
    assertThat(moved.organization().configurationName()).isEqualTo("staging");
    assertThat(moved.organization().isMapped()).isFalse();
    assertThat(moved.organization().tags()).containsExactly("dental");
    assertThat(moved.summary()).contains("staging", "cleared", ACME, "map it again");
    assertThat(orgs.listAll("production")).isEmpty();
    assertThat(orgs.listAll("staging")).extracting(Organization::name).containsExactly("Acme");
    assertThat(
            fixture
                .audit
                .find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, acme.id()))
                .entries()
                .get(0))
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("moved");
              assertThat(e.actor()).isEqualTo("bob");
              assertThat(e.changes())
                  .extracting(c -> c.field(), c -> c.before(), c -> c.after())
                  .containsExactly(tuple("configuration", "production", "staging"));
            });
    assertThat(
            fixture
                .audit
                .find(AuditQuery.all().withSubject(AuditSubject.MAPPING, acme.id()))
                .entries()
                .get(0)
                .action())
        .isEqualTo("mapping.cleared");
  }

  @Test
  void move_toAConfigurationListingTheSameAccount_keepsTheMapping() {
    mapping.refreshAccounts(
        "staging", new InMemoryDuoAccountDirectory().add(ACME, "Acme"), "alice");

    MovedOrganization moved = moves.move(acme.id(), "staging", "bob");

    assertThat(moved.mapping()).isEqualTo(MovedOrganization.Mapping.KEPT);
    assertThat(moved.organization().duoAccountId()).isEqualTo(ACME);
    assertThat(moved.summary()).contains("stays");
    Organization other =
        orgs.create(NewOrganization.named("Other").inConfiguration("production"), "a");
    mapping.map(other.id(), ACME, "alice");
  }

  @Test
  void move_whenTheAccountIsTakenThere_clearsTheMapping() {
    mapping.refreshAccounts(
        "staging", new InMemoryDuoAccountDirectory().add(ACME, "Acme"), "alice");
    Organization twin =
        orgs.create(NewOrganization.named("Acme twin").inConfiguration("staging"), "a");
    mapping.map(twin.id(), ACME, "alice");

    assertThat(moves.move(acme.id(), "staging", "bob").mapping())
        .isEqualTo(MovedOrganization.Mapping.CLEARED);
  }

  @Test
  void move_refusesAnUnknownOrTheSameConfiguration_namingTheField() {
    assertThatThrownBy(() -> moves.move(acme.id(), "nowhere", "bob"))
        .isInstanceOfSatisfying(
            InvalidOrganizationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::message)
                    .containsExactly(
                        tuple(
                            "configuration",
                            "no configuration named \"nowhere\"; list them with duoctl config"
                                + " list")));
    assertThatThrownBy(() -> moves.move(acme.id(), "production", "bob"))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining("organization not saved");
    assertThat(orgs.get(acme.id()).duoAccountId()).isEqualTo(ACME);
  }

  @Test
  void move_whenTheNameIsTakenThere_changesNothing() {
    mapping.refreshAccounts("staging", new InMemoryDuoAccountDirectory(), "alice");
    orgs.create(NewOrganization.named("ACME").inConfiguration("staging"), "alice");

    assertThatThrownBy(() -> moves.move(acme.id(), "staging", "bob"))
        .isInstanceOf(DuplicateOrganizationException.class)
        .hasMessageContaining("staging");
    assertThat(orgs.get(acme.id()))
        .satisfies(
            o -> {
              assertThat(o.configurationName()).isEqualTo("production");
              assertThat(o.duoAccountId()).isEqualTo(ACME);
            });
  }
}
