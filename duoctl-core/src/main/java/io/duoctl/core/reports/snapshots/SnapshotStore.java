package io.duoctl.core.reports.snapshots;

import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The stored snapshots: one row per organization, day and figure set. Saving a day again replaces
 * that day's rows of the figure sets given (the latest read of a day wins) and leaves the others.
 * Thread-safe.
 */
public final class SnapshotStore {

  private static final String COLUMNS =
      "organization_id, snapshot_day, figure_set, organization_name, taken_at, figures_json";

  private final Jdbi jdbi;

  public SnapshotStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Stores {@code snapshot}'s figure sets in one transaction, replacing those of the same
   * organization and day; a concurrent save of the same day is retried, so the later one wins.
   */
  public void save(Snapshot snapshot) {
    try {
      jdbi.useTransaction(handle -> replace(handle, snapshot));
    } catch (RuntimeException e) {
      if (!UniqueViolation.causedBy(e)) {
        throw e;
      }
      jdbi.useTransaction(handle -> replace(handle, snapshot));
    }
  }

  private static void replace(Handle handle, Snapshot snapshot) {
    for (FigureSet set : FigureSet.values()) {
      String json = set.json(snapshot);
      if (json == null) {
        continue;
      }
      handle
          .createUpdate(
              """
              DELETE FROM report_snapshot
              WHERE organization_id = :organization AND snapshot_day = :day AND figure_set = :set
              """)
          .bind("organization", snapshot.organizationId())
          .bind("day", snapshot.day())
          .bind("set", set.stored())
          .execute();
      handle
          .createUpdate(
              "INSERT INTO report_snapshot ("
                  + COLUMNS
                  + ") VALUES (:organization, :day, :set, :name, :takenAt, :figures)")
          .bind("organization", snapshot.organizationId())
          .bind("day", snapshot.day())
          .bind("set", set.stored())
          .bind("name", snapshot.organization())
          .bind("takenAt", SqlTimes.toDb(snapshot.takenAt()))
          .bind("figures", json)
          .execute();
    }
  }

  /**
   * Every organization's snapshots from {@code from} to {@code to} (both included), by organization
   * id, then day.
   */
  public List<Snapshot> between(LocalDate from, LocalDate to) {
    return read(from, to, Optional.empty());
  }

  /**
   * The snapshots from {@code from} to {@code to} (both included) of the organization with this id,
   * or of those that had this name when their snapshots were taken, by organization id, then day.
   */
  public List<Snapshot> between(LocalDate from, LocalDate to, String organization) {
    return read(from, to, Optional.of(organization));
  }

  private List<Snapshot> read(LocalDate from, LocalDate to, Optional<String> organization) {
    return jdbi.withHandle(
        handle -> {
          Query query =
              handle
                  .createQuery(
                      "SELECT "
                          + COLUMNS
                          + " FROM report_snapshot WHERE snapshot_day BETWEEN :from AND :to"
                          + (organization.isPresent()
                              ? " AND (organization_id = :organization"
                                  + " OR organization_name = :organization)"
                              : "")
                          + " ORDER BY organization_id, snapshot_day, figure_set")
                  .bind("from", from)
                  .bind("to", to);
          organization.ifPresent(o -> query.bind("organization", o));
          return query.scanResultSet((rows, context) -> snapshots(rows.get()));
        });
  }

  /** Folds the rows of one organization and day (adjacent, by the order) into one snapshot. */
  private static List<Snapshot> snapshots(ResultSet rows) throws SQLException {
    List<Snapshot> snapshots = new ArrayList<>();
    SnapshotParts parts = null;
    while (rows.next()) {
      String organizationId = rows.getString("organization_id");
      LocalDate day = rows.getObject("snapshot_day", LocalDate.class);
      if (parts == null || !parts.isOf(organizationId, day)) {
        if (parts != null) {
          snapshots.add(parts.snapshot());
        }
        parts = new SnapshotParts(organizationId, day);
      }
      Instant takenAt = SqlTimes.instant(rows, "taken_at");
      parts.add(
          rows.getString("organization_name"),
          takenAt,
          FigureSet.parse(rows.getString("figure_set")),
          rows.getString("figures_json"));
    }
    if (parts != null) {
      snapshots.add(parts.snapshot());
    }
    return snapshots;
  }

  /**
   * Deletes every snapshot of a day before {@code day}.
   *
   * @return how many rows went
   */
  public int deleteBefore(LocalDate day) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM report_snapshot WHERE snapshot_day < :day")
                .bind("day", day)
                .execute());
  }
}
