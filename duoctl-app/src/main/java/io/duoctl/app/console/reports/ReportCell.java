package io.duoctl.app.console.reports;

import io.duoctl.app.console.UtcTimes;
import io.duoctl.core.reports.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of a report as the console shows it: numbers and percents right-aligned, instants in
 * UTC like the rest of the console, booleans as yes or no, nothing as empty.
 *
 * @param text what the cell shows
 * @param numeric whether it is a number (right-aligned)
 */
public record ReportCell(String text, boolean numeric) {

  static ReportCell of(ColumnType type, Object value) {
    boolean numeric = type == ColumnType.INTEGER || type == ColumnType.PERCENT;
    if (value == null) {
      return new ReportCell("", numeric);
    }
    String text =
        switch (type) {
          case PERCENT -> percent((Double) value);
          case INSTANT -> UtcTimes.of((Instant) value);
          case BOOLEAN -> ((Boolean) value) ? "yes" : "no";
          default -> value.toString();
        };
    return new ReportCell(text, numeric);
  }

  /** {@code 83.3 %}, {@code 100 %}. */
  static String percent(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " %";
  }

  /** The cell's CSS class. */
  public String cssClass() {
    return numeric ? "num" : "";
  }
}
