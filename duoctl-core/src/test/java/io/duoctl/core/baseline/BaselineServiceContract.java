package io.duoctl.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline on every backend: stored per configuration, checked whole, every change audited. */
abstract class BaselineServiceContract {

  @TempDir Path dir;
  CoreFixture fixture;
  SettingsService configurations;
  BaselineService baselines;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    configurations =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    configurations.save(ConfigurationUpdate.named("production"), "alice");
    configurations.save(ConfigurationUpdate.named("test"), "alice");
    baselines = new BaselineService(fixture.jdbi(), configurations, fixture.audit);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  static Map<String, JsonNode> values(Object... namesAndValues) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(
          (String) namesAndValues[i], ActionJson.mapper().valueToTree(namesAndValues[i + 1]));
    }
    return values;
  }

  @Test
  void set_storesTypedValues_andReadsThemBackInDuosOrder() {
    baselines.set(
        "production",
        values(
            "lockout_threshold", "5",
            "helpdesk_bypass", "DENY",
            "fraud_email_enabled", true,
            "sms_refresh", "true",
            "user_telephony_cost_max", 7.50),
        "alice");

    Baseline read = new BaselineService(fixture.jdbi(), configurations, fixture.audit).get(null);

    assertThat(read.configuration()).isEqualTo("production");
    assertThat(read.json().toString())
        .isEqualTo(
            "{\"fraud_email_enabled\":true,\"helpdesk_bypass\":\"deny\",\"lockout_threshold\":5,"
                + "\"sms_refresh\":1,\"user_telephony_cost_max\":7.5}");
    assertThat(baselines.get("test").isEmpty()).isTrue();
  }

  @Test
  void set_again_replacesOnlyTheNamedSettings_andAuditsOnlyWhatChanged() {
    baselines.set("production", values("lockout_threshold", 5, "sms_batch", 2), "alice");
    baselines.set("production", values("lockout_threshold", 3, "sms_batch", 2), "bob");

    assertThat(baselines.get("production").json().toString())
        .isEqualTo("{\"lockout_threshold\":3,\"sms_batch\":2}");
    List<AuditEntry> audit = audit();
    assertThat(audit).extracting(AuditEntry::actor).containsExactly("bob", "alice");
    assertThat(audit.get(0).subjectId()).isEqualTo("production");
    assertThat(audit.get(0).action()).isEqualTo("baseline.set");
    assertThat(audit.get(0).changes())
        .containsExactly(new AuditChange("lockout_threshold", "5", "3"));
  }

  @Test
  void unset_removesSettings_auditsThem_andANameNotHeldIsAlreadyRemoved() {
    baselines.set(
        "production", values("lockout_threshold", 5, "language", "de", "timezone", "UTC"), "al");

    Baseline after = baselines.unset("production", List.of("language", "sms_batch"), "bob");

    assertThat(after.values().keySet())
        .containsExactly(DuoSetting.LOCKOUT_THRESHOLD, DuoSetting.TIMEZONE);
    assertThat(audit().get(0).changes())
        .containsExactly(new AuditChange("language", "\"DE\"", null));
    baselines.unset("production", List.of("language"), "bob");
    assertThat(audit()).hasSize(2);
  }

  @Test
  void set_rejectsUnknownSettingsAndWrongTypes_namingEachField_andStoresNothing() {
    assertThatThrownBy(
            () ->
                baselines.set(
                    "production",
                    values(
                        "lockout_treshold", 5,
                        "lockout_threshold", "five",
                        "fraud_email_enabled", "maybe",
                        "helpdesk_bypass", "sometimes",
                        "name", "Acme",
                        "sms_batch", 3),
                    "alice"))
        .isInstanceOfSatisfying(
            InvalidBaselineException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly(
                      "lockout_treshold",
                      "lockout_threshold",
                      "fraud_email_enabled",
                      "helpdesk_bypass",
                      "name");
              assertThat(e.errors().get(0).message()).contains("did you mean lockout_threshold?");
              assertThat(e.errors().get(1).message())
                  .contains("a whole number from 1 to 9999", "\"five\"", "lockout_threshold=1");
              assertThat(e.errors().get(2).message()).contains("true or false");
              assertThat(e.errors().get(3).message()).contains("one of allow, limit, deny");
              assertThat(e.errors().get(4).message()).contains("each account's own");
            });
    assertThat(baselines.get("production").isEmpty()).isTrue();
    assertThat(audit()).isEmpty();
  }

  @Test
  void set_rejectsValuesOutOfDuosRange_andNumbersForText() {
    assertThatThrownBy(
            () ->
                baselines.set(
                    "production",
                    values(
                        "lockout_threshold", 0,
                        "inactive_user_expiration", 10,
                        "sms_message", 42,
                        "timezone", "Mars/Olympus"),
                    "alice"))
        .isInstanceOfSatisfying(
            InvalidBaselineException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "lockout_threshold",
                        "inactive_user_expiration",
                        "sms_message",
                        "timezone"));
  }

  @Test
  void anUnknownConfiguration_isNamed() {
    assertThatThrownBy(() -> baselines.set("staging", values("sms_batch", 2), "alice"))
        .isInstanceOf(ConfigurationNotFoundException.class)
        .hasMessageContaining("staging");
  }

  @Test
  void deletingTheConfiguration_deletesItsBaseline() {
    baselines.set("test", values("sms_batch", 2), "alice");

    configurations.delete("test", "alice");
    configurations.save(ConfigurationUpdate.named("test"), "alice");

    assertThat(baselines.get("test").isEmpty()).isTrue();
  }

  @Test
  void fixInput_holdsEveryValueAsDuoTakesIt_andAnEmptyBaselineHasNone() {
    baselines.set(
        "production",
        values("fraud_email_enabled", false, "lockout_expire_duration", 0, "caller_id", ""),
        "alice");

    assertThat(baselines.get("production").fixInput().toString())
        .isEqualTo(
            "{\"settings\":{\"caller_id\":\"\",\"fraud_email_enabled\":\"0\","
                + "\"lockout_expire_duration\":\"0\"}}");
    assertThatThrownBy(() -> baselines.get("test").fixInput())
        .isInstanceOf(EmptyBaselineException.class)
        .hasMessageContaining("duoctl baseline set");
    assertThat(BooleanNode.FALSE)
        .isEqualTo(baselines.get("production").json().get("fraud_email_enabled"));
    assertThat(TextNode.valueOf("")).isEqualTo(baselines.get("production").json().get("caller_id"));
  }

  private List<AuditEntry> audit() {
    return fixture.audit.find(AuditQuery.all().withSubject(AuditSubject.BASELINE, null)).entries();
  }
}
