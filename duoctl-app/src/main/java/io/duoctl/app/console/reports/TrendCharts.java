package io.duoctl.app.console.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.reports.snapshots.CoverageFigures;
import io.duoctl.core.reports.snapshots.OrganizationTrend;
import io.duoctl.core.reports.snapshots.SnapshotTrends;
import io.duoctl.core.reports.snapshots.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's trend charts, drawn from the daily snapshots of the last {@code days} days:
 * percent of users enrolled (all customers together and the {@value #WORST} worst customers), users
 * in bypass, billable users and, when the accounts were read, telephony credits left. No chart when
 * there is no snapshot in the range.
 *
 * @param days the range shown, one of {@link #RANGES}
 * @param dailyAt when the daily snapshot is taken, e.g. {@code 02:00 UTC}
 */
public record TrendCharts(int days, String dailyAt, List<TrendChart> charts) {

  /** The ranges the dashboard offers, in days; the first of them ending today. */
  public static final List<Integer> RANGES = List.of(7, 30, 90);

  static final int DEFAULT_DAYS = 30;

  /** How many customers with the lowest share enrolled get their own line. */
  static final int WORST = 3;

  static final String ALL = "All customers";

  private static final ObjectMapper JSON = new ObjectMapper();

  public TrendCharts {
    Objects.requireNonNull(dailyAt, "dailyAt");
    charts = List.copyOf(charts);
  }

  static TrendCharts of(SnapshotTrends trends, int days, String dailyAt) {
    List<TrendPoint> overall = trends.overall();
    if (overall.isEmpty()) {
      return new TrendCharts(days, dailyAt, List.of());
    }
    List<LocalDate> x = overall.stream().map(TrendPoint::day).toList();
    List<TrendChart.Series> enrolled = new ArrayList<>();
    enrolled.add(series(ALL, overall, x, TrendCharts::percentEnrolled));
    if (trends.organizations().size() > 1) {
      worst(trends.organizations()).stream()
          .map(o -> series(o.organization(), o.points(), x, TrendCharts::percentEnrolled))
          .forEach(enrolled::add);
    }
    List<TrendChart> charts = new ArrayList<>();
    charts.add(
        new TrendChart(
            "chart-enrolled", "Users enrolled", "% of users enrolled", true, x, enrolled));
    charts.add(chart("chart-bypass", "Users in bypass", "users", x, overall, TrendCharts::bypass));
    charts.add(
        chart("chart-billable", "Billable users", "users", x, overall, TrendCharts::billable));
    if (overall.stream().anyMatch(p -> credits(p) != null)) {
      charts.add(
          chart(
              "chart-credits",
              "Telephony credits left",
              "credits",
              x,
              overall,
              TrendCharts::credits));
    }
    return new TrendCharts(days, dailyAt, charts);
  }

  /** Whether there is no snapshot in the range, so no chart. */
  public boolean empty() {
    return charts.isEmpty();
  }

  /**
   * The charts as JSON for the page's {@code <script type="application/json">}: {@code <}, {@code
   * >}, {@code &} and the line separators escaped as {@code \\uXXXX}, so no name closes the script
   * element (they only occur inside JSON strings, where the escape means the same).
   */
  public String json() {
    ObjectNode json = JSON.createObjectNode();
    ArrayNode list = json.putArray("charts");
    for (TrendChart chart : charts) {
      ObjectNode item =
          list.addObject()
              .put("id", chart.id())
              .put("title", chart.title())
              .put("y", chart.yLabel())
              .put("percent", chart.percent());
      chart.days().forEach(day -> item.withArray("days").add(day.toString()));
      ArrayNode series = item.putArray("series");
      for (TrendChart.Series line : chart.series()) {
        ArrayNode values = series.addObject().put("label", line.label()).putArray("values");
        for (Number value : line.values()) {
          switch (value) {
            case null -> values.addNull();
            case Double d -> values.add(d);
            default -> values.add(value.longValue());
          }
        }
      }
    }
    try {
      return JSON.writeValueAsString(json)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the trend charts as JSON", e);
    }
  }

  /** The customers with the lowest share enrolled on their last day with coverage, worst first. */
  private static List<OrganizationTrend> worst(List<OrganizationTrend> organizations) {
    record Last(OrganizationTrend trend, double percent) {}
    List<Last> ranked = new ArrayList<>();
    for (OrganizationTrend trend : organizations) {
      trend.points().stream()
          .map(TrendCharts::percentEnrolled)
          .filter(Objects::nonNull)
          .reduce((a, b) -> b)
          .ifPresent(p -> ranked.add(new Last(trend, p.doubleValue())));
    }
    return ranked.stream()
        .sorted(
            Comparator.comparingDouble(Last::percent)
                .thenComparing(l -> l.trend().organization(), String.CASE_INSENSITIVE_ORDER))
        .limit(WORST)
        .map(Last::trend)
        .toList();
  }

  private static TrendChart chart(
      String id,
      String title,
      String yLabel,
      List<LocalDate> x,
      List<TrendPoint> overall,
      Function<TrendPoint, Number> figure) {
    return new TrendChart(id, title, yLabel, false, x, List.of(series(ALL, overall, x, figure)));
  }

  /** A value per day of {@code x}: the figure of that day's point, null without one. */
  private static TrendChart.Series series(
      String label, List<TrendPoint> points, List<LocalDate> x, Function<TrendPoint, Number> f) {
    Map<LocalDate, TrendPoint> byDay =
        points.stream().collect(Collectors.toMap(TrendPoint::day, p -> p));
    List<Number> values = new ArrayList<>();
    for (LocalDate day : x) {
      TrendPoint point = byDay.get(day);
      values.add(point == null ? null : f.apply(point));
    }
    return new TrendChart.Series(label, values);
  }

  private static Number percentEnrolled(TrendPoint point) {
    return point.coverage() == null ? null : point.coverage().percentEnrolled();
  }

  private static Number bypass(TrendPoint point) {
    CoverageFigures coverage = point.coverage();
    return coverage == null ? null : coverage.bypass();
  }

  private static Number billable(TrendPoint point) {
    return point.billing() == null ? null : point.billing().billableUsers();
  }

  private static Number credits(TrendPoint point) {
    return point.accounts() == null ? null : point.accounts().telephonyCredits();
  }
}
