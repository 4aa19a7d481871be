package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs recorded in the shared audit log: who, where, what (redacted), outcome, Duo code, time. */
class AuditLogActionTrailTest {

  @TempDir Path tempDir;
  private final EmulatedMsp msp = new EmulatedMsp();
  private CoreFixture db;

  @AfterEach
  void close() {
    msp.close();
    if (db != null) {
      db.close();
    }
  }

  private ActionRunner runner() {
    db = new CoreFixture(Backend.H2, tempDir);
    return new ActionRunner(
        io.duoctl.core.actions.handlers.StandardActions.catalog(),
        msp.resolver(),
        msp.client.transport(),
        new AuditLogActionTrail(db.jdbi(), db.audit),
        Clock.systemUTC());
  }

  private List<AuditEntry> entries() {
    return db.audit.find(AuditQuery.all().withSubject(AuditSubject.ACTION, null)).entries();
  }

  @Test
  void run_isAuditedWithInputsOutcomeAndDuration() {
    Account acme = msp.childOrganization("Acme Dental");
    ActionRunner runner = runner();

    runner.run(
        "Acme Dental",
        "users.create",
        Json.of("{'username': 'jdoe'}"),
        RunOptions.as("cli:alice", ApiScope.RUN));

    AuditEntry entry = entries().get(0);
    assertThat(entry.actor()).isEqualTo("cli:alice");
    assertThat(entry.subjectId()).isEqualTo("org-" + acme.id());
    assertThat(entry.action()).isEqualTo("run:users.create");
    assertThat(entry.changes())
        .extracting(AuditChange::field, AuditChange::after)
        .contains(
            org.assertj.core.groups.Tuple.tuple("input.username", "jdoe"),
            org.assertj.core.groups.Tuple.tuple("organization", "Acme Dental"),
            org.assertj.core.groups.Tuple.tuple("outcome", "ok"));
    assertThat(entry.changes()).extracting(AuditChange::field).contains("duration_ms");
  }

  @Test
  void runForAnOverlongOrganizationReference_isAuditedShortened() {
    ActionRunner runner = runner();
    String reference = "x".repeat(10_000);

    ActionResult result =
        runner.run(reference, "info.summary", null, RunOptions.as("api:fuzz", ApiScope.RUN));

    assertThat(result.ok()).isFalse();
    AuditEntry entry = entries().get(0);
    assertThat(entry.subjectId()).hasSizeLessThanOrEqualTo(200).startsWith("xxx");
    assertThat(entry.changes())
        .filteredOn(c -> c.field().equals("organization"))
        .singleElement()
        .satisfies(c -> assertThat(c.after()).hasSizeLessThanOrEqualTo(501));
  }

  @Test
  void failedRun_recordsOurCodeAndDuosCode() {
    msp.ownKeysOrganization("Globex");
    ActionRunner runner = runner();

    ActionResult result =
        runner.run(
            "Globex",
            "raw.admin",
            Json.of("{'path': '/admin/v1/billing/edition'}"),
            RunOptions.as("api:zapier", ApiScope.RUN));

    AuditEntry entry = entries().get(0);
    assertThat(entry.changes())
        .extracting(AuditChange::field, AuditChange::after)
        .contains(
            org.assertj.core.groups.Tuple.tuple("outcome", "failed"),
            org.assertj.core.groups.Tuple.tuple("error_code", WireNames.of(result.error().code())));
    if (result.error().duoCode() != null) {
      assertThat(entry.changes())
          .extracting(AuditChange::field, AuditChange::after)
          .contains(
              org.assertj.core.groups.Tuple.tuple("duo_code", result.error().duoCode().toString()));
    }
  }

  @Test
  void secretInputs_areNeverStored_evenWhenTheInputIsInvalid() {
    msp.childOrganization("Acme Dental");
    ActionRunner runner = runner();

    runner.run(
        "Acme Dental",
        "bypass_codes.create",
        Json.of("{'user': 'jdoe', 'codes': ['55511122'], 'count': 'lots', 'password': 'hunter2'}"),
        RunOptions.as("cli:alice", ApiScope.RUN));

    String stored = entries().toString();
    assertThat(stored).doesNotContain("55511122").doesNotContain("hunter2");
    assertThat(stored).contains("input.user", "jdoe", "invalid_input", "input.password");
  }
}
