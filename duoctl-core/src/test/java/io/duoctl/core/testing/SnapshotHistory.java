package io.duoctl.core.testing;

import io.duoctl.core.reports.snapshots.AccountFigures;
import io.duoctl.core.reports.snapshots.CoverageFigures;
import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.reports.snapshots.SnapshotStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a history of daily snapshots for tests and the dashboard's browser tests: for each
 * organization, one snapshot a day for {@code days} days from {@code first}, with figures that
 * change from day to day (users grow and shrink, enrollment climbs, credits are spent), different
 * per organization. Returns what it wrote, so a test computes its expectations from that.
 */
public final class SnapshotHistory {

  /** An organization to write snapshots of: its id and name. */
  public record Organization(String id, String name) {}

  private SnapshotHistory() {}

  public static List<Snapshot> write(
      Jdbi jdbi, List<Organization> organizations, LocalDate first, int days) {
    SnapshotStore store = new SnapshotStore(jdbi);
    List<Snapshot> written = new ArrayList<>();
    for (int o = 0; o < organizations.size(); o++) {
      Organization organization = organizations.get(o);
      for (int d = 0; d < days; d++) {
        LocalDate day = first.plusDays(d);
        Snapshot snapshot =
            Snapshot.of(
                organization.id(),
                organization.name(),
                day,
                day.atTime(LocalTime.of(2, 0)).toInstant(ZoneOffset.UTC),
                coverage(o, d),
                new AccountFigures(
                    o % 2 == 0 ? "ENTERPRISE" : "PLATFORM",
                    1000L - 25L * d - 100L * o,
                    (long) users(o, d) - d % 3,
                    2L + o,
                    4L + o));
        store.save(snapshot);
        written.add(snapshot);
      }
    }
    return written;
  }

  private static int users(int organization, int day) {
    // a peak in the middle of the range, so the maximum is not the last day
    return 20 + 10 * organization + Math.min(day, 20) - Math.max(0, day - 20) / 2;
  }

  private static CoverageFigures coverage(int organization, int day) {
    long users = users(organization, day);
    long pending = day % 3L;
    long disabled = organization;
    long bypass = 1L + day % 2;
    long lockedOut = day % 5 == 0 ? 1 : 0;
    long active = users - pending - disabled - bypass - lockedOut;
    long enrolled = Math.min(users, users / 2 + day);
    return new CoverageFigures(users, active, bypass, disabled, lockedOut, pending, enrolled);
  }
}
