package io.duoctl.core.reports.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.SnapshotHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing snapshots: one per organization and day, a second of the same day replacing the figure
 * sets it has, retention, and the trends read back; run against every backend.
 */
abstract class SnapshotStoreContract {
  static final LocalDate NOV_1 = LocalDate.parse("2026-11-01");
  static final List<SnapshotHistory.Organization> ORGS =
      List.of(
          new SnapshotHistory.Organization("org-b", "Bluebird Bakery"),
          new SnapshotHistory.Organization("org-a", "Harbor Dental"));

  @TempDir Path tempDir;
  CoreFixture fixture;
  SnapshotStore store;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    store = new SnapshotStore(fixture.jdbi());
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static Snapshot snapshot(String org, LocalDate day, long users, AccountFigures accounts) {
    return Snapshot.of(
        org,
        "Harbor Dental",
        day,
        Instant.parse(day + "T02:00:00.123Z"),
        new CoverageFigures(users, users - 2, 1, 1, 0, 0, users / 2),
        accounts);
  }

  @Test
  void save_thenRead_givesBackEveryFigureSet() {
    AccountFigures accounts = new AccountFigures("PLATFORM", 480L, 9L, 2L, 3L);
    Snapshot saved = snapshot("org-a", NOV_1, 10, accounts);

    store.save(saved);

    assertThat(store.between(NOV_1, NOV_1)).containsExactly(saved);
    assertThat(saved.billing()).isEqualTo(new BillingFigures(10));
  }

  @Test
  void aSecondSnapshotOfTheSameDay_replacesTheFirst_andKeepsSetsItDoesNotHave() {
    store.save(snapshot("org-a", NOV_1, 10, new AccountFigures(null, 500L, 10L, 1L, 1L)));
    Snapshot later =
        new Snapshot(
            "org-a",
            "Harbor Dental Group",
            NOV_1,
            Instant.parse("2026-11-01T09:00:00Z"),
            new CoverageFigures(12, 12, 0, 0, 0, 0, 6),
            null,
            new BillingFigures(12));

    store.save(later);
    store.save(later);

    List<Snapshot> read = store.between(NOV_1, NOV_1);
    assertThat(read).hasSize(1);
    assertThat(read.getFirst().coverage()).isEqualTo(later.coverage());
    assertThat(read.getFirst().billing()).isEqualTo(new BillingFigures(12));
    assertThat(read.getFirst().accounts().telephonyCredits()).isEqualTo(500L);
    assertThat(read.getFirst().organization()).isEqualTo("Harbor Dental Group");
    assertThat(read.getFirst().takenAt()).isEqualTo(later.takenAt());
  }

  @Test
  void between_readsTheRangeOfOneOrganization_byIdOrName() {
    SnapshotHistory.write(fixture.jdbi(), ORGS, NOV_1, 30);

    assertThat(store.between(NOV_1.plusDays(5), NOV_1.plusDays(9))).hasSize(10);
    assertThat(store.between(NOV_1, NOV_1.plusDays(29), "org-a"))
        .hasSize(30)
        .extracting(Snapshot::day)
        .isSorted();
    assertThat(store.between(NOV_1, NOV_1.plusDays(29), "Bluebird Bakery"))
        .hasSize(30)
        .allSatisfy(s -> assertThat(s.organizationId()).isEqualTo("org-b"));
  }

  @Test
  void deleteBefore_removesOnlyOlderDays() {
    SnapshotHistory.write(fixture.jdbi(), ORGS, NOV_1, 30);

    int deleted = store.deleteBefore(NOV_1.plusDays(10));

    assertThat(deleted).isEqualTo(2 * 10 * 3);
    assertThat(store.between(NOV_1.minusYears(1), NOV_1.plusYears(1)))
        .hasSize(2 * 20)
        .allSatisfy(s -> assertThat(s.day()).isAfterOrEqualTo(NOV_1.plusDays(10)));
  }

  @Test
  void trends_sumEveryOrganizationPerDay_andListEachSeries() {
    List<Snapshot> written = SnapshotHistory.write(fixture.jdbi(), ORGS, NOV_1, 30);
    Snapshots snapshots = snapshots(40);

    SnapshotTrends trends = snapshots.trends("2026-11-01", "2026-11-30", null);

    assertThat(trends.overall()).hasSize(30);
    TrendPoint third = trends.overall().get(2);
    long users =
        written.stream()
            .filter(s -> s.day().equals(NOV_1.plusDays(2)))
            .mapToLong(s -> s.coverage().users())
            .sum();
    assertThat(third.organizations()).isEqualTo(2);
    assertThat(third.coverage().users()).isEqualTo(users);
    assertThat(third.accounts().edition()).isNull();
    assertThat(trends.organizations())
        .extracting(OrganizationTrend::organization)
        .containsExactly("Bluebird Bakery", "Harbor Dental");
    assertThat(snapshots.trends(null, "2026-11-30", "org-a").organizations())
        .singleElement()
        .satisfies(t -> assertThat(t.points()).hasSize(30));
  }

  @Test
  void trends_refuseABadRange_namingTheField() {
    Snapshots snapshots = snapshots(40);

    assertThatThrownBy(() -> snapshots.trends("2026-12-01", "2026-11-01", null))
        .isInstanceOfSatisfying(
            InvalidSnapshotQueryException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("from"));
    assertThatThrownBy(() -> snapshots.trends("yesterday", "2026-13-01", null))
        .isInstanceOfSatisfying(
            InvalidSnapshotQueryException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("to", "from"));
  }

  @Test
  void theDailySnapshot_deletesWhatIsOlderThanTheRetention() {
    SnapshotHistory.write(fixture.jdbi(), ORGS, NOV_1, 30);
    Snapshots snapshots = snapshots(7);

    SnapshotRun run = snapshots.takeDaily(Instant.parse("2026-11-30T02:00:00Z"));

    assertThat(run.ok()).isTrue();
    assertThat(store.between(NOV_1.minusYears(1), NOV_1.plusYears(1)))
        .extracting(Snapshot::day)
        .allSatisfy(day -> assertThat(day).isAfterOrEqualTo(LocalDate.parse("2026-11-24")))
        .hasSize(2 * 7);
  }

  private Snapshots snapshots(int retentionDays) {
    return new Snapshots(
        store,
        configuration -> {
          throw new AssertionError("no configuration to read");
        },
        List::of,
        new SnapshotSettings(LocalTime.of(2, 0), ZoneOffset.UTC, retentionDays),
        fixture.clock);
  }
}
