package io.duoctl.core.reports.snapshots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The series over a range of days: overall (a point per day any organization has a snapshot, its
 * figures summed) and per organization (sorted by name). What the dashboard's charts draw.
 *
 * @param from the first day, included
 * @param to the last day, included
 */
public record SnapshotTrends(
    LocalDate from, LocalDate to, List<TrendPoint> overall, List<OrganizationTrend> organizations) {

  public SnapshotTrends {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    overall = List.copyOf(overall);
    organizations = List.copyOf(organizations);
  }

  /** The trends of these snapshots, ordered by organization id, then day. */
  static SnapshotTrends of(LocalDate from, LocalDate to, List<Snapshot> snapshots) {
    Map<LocalDate, TrendPoint> byDay = new TreeMap<>();
    Map<String, List<Snapshot>> byOrganization = new LinkedHashMap<>();
    for (Snapshot snapshot : snapshots) {
      byDay.merge(snapshot.day(), TrendPoint.of(snapshot), TrendPoint::plus);
      byOrganization
          .computeIfAbsent(snapshot.organizationId(), id -> new ArrayList<>())
          .add(snapshot);
    }
    List<OrganizationTrend> series = new ArrayList<>();
    byOrganization.forEach(
        (id, days) ->
            series.add(
                new OrganizationTrend(
                    id,
                    days.getLast().organization(),
                    days.stream().map(TrendPoint::of).toList())));
    series.sort(
        Comparator.comparing(OrganizationTrend::organization, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(OrganizationTrend::organizationId));
    return new SnapshotTrends(from, to, List.copyOf(byDay.values()), series);
  }
}
