package io.duoctl.app.console.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One chart of the dashboard's trends: its title, the label of its y axis and its series, each a
 * value per day of the chart's days (null where there is no snapshot), with its first and last
 * value as the chart's text alternative.
 *
 * @param id the id of the element the chart is drawn in
 * @param percent whether the values are percents (shown as {@code 83.3 %})
 * @param days the days on the x axis, oldest first
 */
public record TrendChart(
    String id,
    String title,
    String yLabel,
    boolean percent,
    List<LocalDate> days,
    List<Series> series) {

  public TrendChart {
    Objects.requireNonNull(id, "id");
    days = List.copyOf(days);
    series = List.copyOf(series);
  }

  /**
   * A line of the chart.
   *
   * @param values a value per day of {@code days}, null on a day without one
   */
  public record Series(String label, List<Number> values) {
    public Series {
      Objects.requireNonNull(label, "label");
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The index of the first day with a value, or -1. */
    int firstIndex() {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the last day with a value, or -1. */
    int lastIndex() {
      for (int i = values.size() - 1; i >= 0; i--) {
        if (values.get(i) != null) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A series' first value as shown, e.g. {@code 52.5 % on 2026-11-01}; "none" without one. */
  public String first(Series line) {
    return shown(line, line.firstIndex());
  }

  /** A series' last value as shown, e.g. {@code 71.3 % on 2026-11-30}; "none" without one. */
  public String last(Series line) {
    return shown(line, line.lastIndex());
  }

  /** What a screen reader says of the chart: each series from its first to its last value. */
  public String summary() {
    StringBuilder text = new StringBuilder(title).append(": ");
    for (int i = 0; i < series.size(); i++) {
      Series line = series.get(i);
      text.append(i == 0 ? "" : "; ")
          .append(line.label())
          .append(" from ")
          .append(first(line))
          .append(" to ")
          .append(last(line));
    }
    return text.append('.').toString();
  }

  private String shown(Series line, int index) {
    if (index < 0) {
      return "none";
    }
    Number value = line.values().get(index);
    String number = percent ? ReportCell.percent(value.doubleValue()) : value.toString();
    return number + " on " + days.get(index);
  }
}
