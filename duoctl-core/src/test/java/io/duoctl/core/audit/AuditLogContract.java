package io.duoctl.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.db.Database;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class AuditLogContract {
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;
  Database database;
  MutableClock clock = new MutableClock(START);
  AuditLog audit;

  abstract Backend backend();

  @BeforeEach
  void open() {
    database = backend().open(dir);
    audit = new AuditLog(database.jdbi(), clock);
  }

  @AfterEach
  void close() {
    if (database != null) { // null when PostgreSQL could not start and the test was skipped
      database.close();
    }
  }

  private void record(String actor, AuditSubject subject, String id, String action) {
    database
        .jdbi()
        .useTransaction(
            h ->
                audit.append(
                    h,
                    new AuditEvent(
                        actor, subject, id, action, List.of(AuditChange.of("name", "a", "b")))));
    clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void find_returnsNewestFirst_withWhenWhoAndWhat() {
    record("alice", AuditSubject.ORGANIZATION, "org-1", "created");
    record("bob", AuditSubject.ORGANIZATION, "org-1", "renamed");

    AuditPage page = audit.find(AuditQuery.all());

    assertThat(page.total()).isEqualTo(2);
    AuditEntry newest = page.entries().get(0);
    assertThat(newest.actor()).isEqualTo("bob");
    assertThat(newest.action()).isEqualTo("renamed");
    assertThat(newest.at()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(newest.changes()).containsExactly(new AuditChange("name", "a", "b"));
  }

  @Test
  void find_filtersByActorSubjectActionAndTime() {
    record("alice", AuditSubject.ORGANIZATION, "org-1", "created");
    record("bob", AuditSubject.ORGANIZATION, "org-2", "created");
    record("alice", AuditSubject.CONFIGURATION, "production", "updated");
    record("alice", AuditSubject.ORGANIZATION, "org-1", "renamed");

    assertThat(audit.find(AuditQuery.all().withActor("alice")).total()).isEqualTo(3);
    assertThat(audit.find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, "org-1")).total())
        .isEqualTo(2);
    assertThat(audit.find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, null)).total())
        .isEqualTo(3);
    assertThat(audit.find(AuditQuery.all().withAction("created")).total()).isEqualTo(2);
    AuditPage window =
        audit.find(
            AuditQuery.all()
                .between(START.plus(Duration.ofMinutes(1)), START.plus(Duration.ofMinutes(3))));
    assertThat(window.entries())
        .extracting(AuditEntry::subjectId)
        .containsExactly("production", "org-2");
  }

  @Test
  void find_byAnActionId_matchesTheRunsOfThatAction_andTheRecordedFormStillWorks() {
    record("alice", AuditSubject.ACTION, "org-1", "run:users.update");
    record("alice", AuditSubject.ACTION, "org-2", "run:users.update");
    record("alice", AuditSubject.ACTION, "org-1", "run:users.create");
    record("alice", AuditSubject.ORGANIZATION, "org-1", "created");

    assertThat(audit.find(AuditQuery.all().withAction("users.update")).total()).isEqualTo(2);
    assertThat(audit.find(AuditQuery.all().withAction("run:users.update")).total()).isEqualTo(2);
    assertThat(
            audit
                .find(AuditQuery.all().withAction("users.update").withSubject(null, "org-1"))
                .entries())
        .extracting(AuditEntry::action)
        .containsExactly("run:users.update");
    assertThat(audit.find(AuditQuery.all().withAction("created")).total()).isEqualTo(1);
  }

  @Test
  void find_byWorkflowRun_matchesTheEntriesWhoseNoteNamesThatRun() {
    String run = "0b9c5f7e-6f2a-4d7e-9a51-3c1e2d4f5a6b";
    noted("org-1", AuditLog.workflowRunNote(run, "offboard[0]/user"));
    noted("org-2", AuditLog.workflowRunNote(run, "offboard[1]/disable") + "; reconciled");
    noted("org-1", AuditLog.workflowRunNote("1" + run.substring(1), "offboard[0]/user"));
    noted("org-3", "workflow run " + run + " mentioned in passing");
    record("alice", AuditSubject.ACTION, "org-1", "run:users.get");

    assertThat(audit.find(AuditQuery.all().withWorkflowRun(run)).entries())
        .extracting(AuditEntry::subjectId)
        .containsExactly("org-2", "org-1");
    assertThat(audit.find(AuditQuery.all().withWorkflowRun("%")).total()).isZero();
    assertThat(audit.find(AuditQuery.all().withWorkflowRun("_b9c5f7e%")).total()).isZero();
  }

  private void noted(String organizationId, String note) {
    database
        .jdbi()
        .useTransaction(
            h ->
                audit.append(
                    h,
                    new AuditEvent(
                        "console:alice",
                        AuditSubject.ACTION,
                        organizationId,
                        "run:users.update",
                        List.of(
                            AuditChange.of("input.user", null, "jdoe"),
                            AuditChange.of("note", null, note)))));
    clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void find_pagesThroughEverything() {
    for (int i = 0; i < 7; i++) {
      record("alice", AuditSubject.ORGANIZATION, "org-" + i, "created");
    }

    AuditPage first = audit.find(AuditQuery.all().page(0, 3));
    AuditPage last = audit.find(AuditQuery.all().page(6, 3));

    assertThat(first.entries())
        .extracting(AuditEntry::subjectId)
        .containsExactly("org-6", "org-5", "org-4");
    assertThat(first.hasMore()).isTrue();
    assertThat(last.entries()).extracting(AuditEntry::subjectId).containsExactly("org-0");
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void query_rejectsBadPaging_andEventsRequireAnActor() {
    assertThatThrownBy(() -> AuditQuery.all().page(-1, 10)).hasMessageContaining("offset");
    assertThatThrownBy(() -> AuditQuery.all().page(0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> new AuditEvent(" ", AuditSubject.MAPPING, "x", "set", List.of()))
        .hasMessageContaining("actor");
  }

  @Test
  void anEntryWrittenInARolledBackTransaction_doesNotExist() {
    assertThatThrownBy(
            () ->
                database
                    .jdbi()
                    .useTransaction(
                        h -> {
                          audit.append(
                              h,
                              new AuditEvent(
                                  "alice",
                                  AuditSubject.MAPPING,
                                  "org-1",
                                  "mapping.set",
                                  List.of()));
                          throw new IllegalStateException("the change failed");
                        }))
        .hasMessage("the change failed");

    assertThat(audit.find(AuditQuery.all()).total()).isZero();
  }

  private AuditEntry appendAndReadBack(AuditEvent event) {
    database.jdbi().useTransaction(h -> audit.append(h, event));
    return audit.find(AuditQuery.all()).entries().get(0);
  }

  @Test
  void append_ofThreeHundredLongChanges_storesTheFirstOnes_andSaysHowManyWereLeftOut() {
    List<AuditChange> changes =
        IntStream.range(0, 300)
            .mapToObj(i -> AuditChange.of("variables.v" + i, null, "x".repeat(1_000)))
            .toList();

    AuditEntry entry =
        appendAndReadBack(
            new AuditEvent("alice", AuditSubject.ORGANIZATION, "org-1", "created", changes));

    List<AuditChange> stored = entry.changes();
    assertThat(stored.size()).isBetween(2, 299);
    assertThat(stored.get(0)).isEqualTo(changes.get(0));
    AuditChange marker = stored.get(stored.size() - 1);
    assertThat(marker.field()).isEqualTo(AuditChange.TRUNCATED_FIELD);
    assertThat(marker.after())
        .isEqualTo((300 - (stored.size() - 1)) + " more changes not recorded (entry too long)");
  }

  @Test
  void append_ofOneHugeValue_storesItsStart_markedWithItsFullLength() {
    String huge = "\u0001é".repeat(35_000);

    AuditEntry entry =
        appendAndReadBack(
            new AuditEvent(
                "alice",
                AuditSubject.ORGANIZATION,
                "org-1",
                "renamed",
                List.of(AuditChange.of("name", huge, "Acme"))));

    AuditChange stored = entry.changes().get(0);
    assertThat(stored.after()).isEqualTo("Acme");
    assertThat(stored.before())
        .startsWith("\u0001é\u0001é")
        .endsWith("… [truncated, 70000 characters in all]")
        .hasSizeLessThan(2_000);
  }

  @Test
  void append_withOverlongActorSubjectIdAndAction_storesThemShortened() {
    String long70k = "n".repeat(70_000);

    AuditEntry entry =
        appendAndReadBack(
            new AuditEvent(long70k, AuditSubject.CONFIGURATION, long70k, long70k, List.of()));

    assertThat(entry.actor()).hasSizeLessThanOrEqualTo(200).endsWith("…");
    assertThat(entry.subjectId()).hasSizeLessThanOrEqualTo(200).endsWith("…");
    assertThat(entry.action()).hasSizeLessThanOrEqualTo(64).endsWith("…");
  }
}
