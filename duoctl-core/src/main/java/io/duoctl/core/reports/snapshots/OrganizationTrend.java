package io.duoctl.core.reports.snapshots;

import java.util.List;
import java.util.Objects;

/**
 * One organization's series: a point per day it has a snapshot, oldest first (a day without one is
 * missing, never zero).
 *
 * @param organization its name in its latest snapshot of the range
 */
public record OrganizationTrend(
    String organizationId, String organization, List<TrendPoint> points) {

  public OrganizationTrend {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    points = List.copyOf(points);
  }
}
