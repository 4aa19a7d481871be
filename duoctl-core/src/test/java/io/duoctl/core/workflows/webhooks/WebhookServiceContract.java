package io.duoctl.core.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering webhooks, run against every backend. */
abstract class WebhookServiceContract {
  static final String MAPPING = "{'user': payload.user}";

  @TempDir Path dir;
  CoreFixture fixture;
  WebhookService webhooks;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(ConfigurationUpdate.named("eu"), "alice");
    webhooks =
        new WebhookService(
            fixture.jdbi(),
            fixture.vault,
            fixture.audit,
            settings,
            WorkflowLookup.of(new Workflows(StandardActions.catalog(), fixture.clock)::builtIns),
            fixture.clock,
            CoreFixture.RANDOM);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  static NewWebhook offboard(String name) {
    return new NewWebhook(name, "offboard-everywhere", MAPPING, Optional.empty(), true);
  }

  private List<Map<String, Object>> rows(String sql) {
    return fixture.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  @Test
  void create_showsTheSecretOnce_andStoresItOnlyEncrypted() {
    WebhookWithSecret created = webhooks.create(offboard("psa-offboard"), "alice");

    String secret = created.secret().reveal();
    assertThat(secret).matches("duoctl_whsec_[A-Za-z0-9_-]{43}");
    assertThat(created.toString()).doesNotContain(secret);
    assertThat(created.webhook().enabled()).isTrue();
    assertThat(created.webhook().createdBy()).isEqualTo("alice");
    assertThat(rows("SELECT * FROM webhook").toString()).doesNotContain(secret);
    List<Map<String, Object>> stored =
        rows("SELECT * FROM secret_value WHERE owner_kind = 'webhook'");
    assertThat(stored).hasSize(1);
    assertThat(stored.toString())
        .doesNotContain(secret)
        .doesNotContain(secret.substring(WebhookService.SECRET_PREFIX.length()));
    assertThat(storedSecret(created.webhook())).contains(created.secret());
  }

  @Test
  void create_keepsWhatItWasGiven_andListAndFindShowIt() {
    NewWebhook request =
        new NewWebhook("halo", "offboard-everywhere", MAPPING, Optional.of("eu"), false);

    Webhook created = webhooks.create(request, "alice").webhook();

    Webhook found = webhooks.get("halo");
    assertThat(found).isEqualTo(created);
    assertThat(found.workflow()).isEqualTo("offboard-everywhere");
    assertThat(found.mapping()).isEqualTo(MAPPING);
    assertThat(found.configuration()).contains("eu");
    assertThat(found.confirmed()).isFalse();
    assertThat(found.secretCreatedAt()).isEqualTo(found.createdAt());
    webhooks.create(offboard("autotask"), "alice");
    assertThat(webhooks.list()).extracting(Webhook::name).containsExactly("autotask", "halo");
    assertThat(webhooks.find("nope")).isEmpty();
  }

  @Test
  void create_namesEveryBadField_andStoresNothing() {
    NewWebhook bad =
        new NewWebhook("PSA Offboard", "offboard-everywher", "{'user': ", Optional.of("us"), false);

    assertThatThrownBy(() -> webhooks.create(bad, "alice"))
        .isInstanceOfSatisfying(
            InvalidWebhookException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("name", "workflow", "mapping", "configuration");
              assertThat(e.getMessage())
                  .contains("offboard-everywhere")
                  .contains("the configurations are: eu");
            });
    assertThat(webhooks.list()).isEmpty();
    assertThat(rows("SELECT * FROM secret_value WHERE owner_kind = 'webhook'")).isEmpty();
  }

  @Test
  void create_refusesANameInUse() {
    webhooks.create(offboard("psa"), "alice");

    assertThatThrownBy(() -> webhooks.create(offboard("psa"), "bob"))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("name: a webhook named \"psa\" already exists");
    assertThat(webhooks.list()).hasSize(1);
  }

  @Test
  void rotateSecret_replacesTheSecret_andShowsTheNewOneOnce() {
    WebhookWithSecret created = webhooks.create(offboard("psa"), "alice");
    fixture.clock.advance(java.time.Duration.ofHours(1));

    WebhookWithSecret rotated = webhooks.rotateSecret("psa", "bob");

    assertThat(rotated.secret()).isNotEqualTo(created.secret());
    assertThat(rotated.webhook().secretCreatedAt()).isAfter(created.webhook().secretCreatedAt());
    assertThat(storedSecret(created.webhook())).contains(rotated.secret());
    assertThatThrownBy(() -> webhooks.rotateSecret("nope", "bob"))
        .isInstanceOf(WebhookNotFoundException.class)
        .hasMessageContaining("duoctl webhooks list");
  }

  @Test
  void setEnabled_switchesIt_andAuditsOnlyAChange() {
    webhooks.create(offboard("psa"), "alice");

    assertThat(webhooks.setEnabled("psa", false, "bob").enabled()).isFalse();
    assertThat(webhooks.setEnabled("psa", false, "bob").enabled()).isFalse();
    assertThat(webhooks.get("psa").enabled()).isFalse();
    assertThat(webhooks.setEnabled("psa", true, "bob").enabled()).isTrue();

    assertThat(audit())
        .extracting(AuditEntry::action)
        .containsExactly("enabled", "disabled", "created");
  }

  @Test
  void delete_removesTheWebhookAndItsSecret() {
    Webhook created = webhooks.create(offboard("psa"), "alice").webhook();

    assertThat(webhooks.delete("psa", "bob")).isEqualTo(created);

    assertThat(webhooks.find("psa")).isEmpty();
    assertThat(rows("SELECT * FROM secret_value WHERE owner_kind = 'webhook'")).isEmpty();
    assertThatThrownBy(() -> webhooks.delete("psa", "bob"))
        .isInstanceOf(WebhookNotFoundException.class);
  }

  @Test
  void everyChange_isAudited_neverWithTheSecret() {
    WebhookWithSecret created = webhooks.create(offboard("psa"), "alice");
    WebhookWithSecret rotated = webhooks.rotateSecret("psa", "bob");
    webhooks.delete("psa", "carol");

    List<AuditEntry> entries = audit();
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("deleted", "secret.rotated", "created");
    assertThat(entries).extracting(AuditEntry::actor).containsExactly("carol", "bob", "alice");
    assertThat(entries)
        .allSatisfy(e -> assertThat(e.subjectId()).isEqualTo(created.webhook().id()));
    assertThat(entries.toString())
        .contains("offboard-everywhere", "[redacted]")
        .doesNotContain(created.secret().reveal())
        .doesNotContain(rotated.secret().reveal());
  }

  private Optional<Secret> storedSecret(Webhook webhook) {
    SecretRef ref = WebhookService.secretRef(webhook.id());
    return fixture
        .jdbi()
        .<Optional<Secret>, RuntimeException>withHandle(h -> fixture.vault.find(h, ref));
  }

  private List<AuditEntry> audit() {
    return fixture.audit.find(AuditQuery.all().withSubject(AuditSubject.WEBHOOK, null)).entries();
  }
}
