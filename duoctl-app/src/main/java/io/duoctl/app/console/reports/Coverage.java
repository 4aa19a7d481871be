package io.duoctl.app.console.reports;

import java.util.Comparator;
import java.util.List;

/**
 * One customer's MFA coverage on the dashboard, from the {@code mfa_coverage} report.
 *
 * @param percentEnrolled enrolled of users in percent; null without users
 */
public record Coverage(
    String organization, Double percentEnrolled, long users, long bypass, long lockedOut) {

  /** Worst first: least enrolled, then most in bypass, then most locked out; no users last. */
  static final Comparator<Coverage> WORST_FIRST =
      Comparator.comparing(
              Coverage::percentEnrolled, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
          .thenComparing(Coverage::bypass, Comparator.reverseOrder())
          .thenComparing(Coverage::lockedOut, Comparator.reverseOrder())
          .thenComparing(Coverage::organization);

  static List<Coverage> of(ReportRun<?> run) {
    return run.namedRows().stream()
        .map(
            row ->
                new Coverage(
                    row.organization(),
                    (Double) row.values().get("percent_enrolled"),
                    row.integer("users"),
                    row.integer("bypass"),
                    row.integer("locked_out")))
        .sorted(WORST_FIRST)
        .toList();
  }

  /** The percent as shown, e.g. {@code 83.3 %}; "no users" without users. */
  public String percent() {
    return percentEnrolled == null ? "no users" : ReportCell.percent(percentEnrolled);
  }

  /** The bar's width class, in steps of ten ({@code w0} … {@code w10}). */
  public String bar() {
    return "w" + (percentEnrolled == null ? 10 : (int) Math.round(percentEnrolled / 10));
  }

  /** How the row is marked: {@code bad} under 80 %, {@code warn} under 95 %, else {@code ok}. */
  public String level() {
    if (percentEnrolled == null || percentEnrolled >= 95) {
      return "ok";
    }
    return percentEnrolled < 80 ? "bad" : "warn";
  }
}
