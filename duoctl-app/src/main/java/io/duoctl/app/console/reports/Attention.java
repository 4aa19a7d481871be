package io.duoctl.app.console.reports;

import io.duoctl.app.console.UtcTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One account needing attention on the dashboard: the organization, what is wrong, the figures, and
 * the report page that shows it.
 *
 * @param report the report whose row says so (its page is the place to look)
 */
public record Attention(String organization, String reason, String detail, String report) {

  /** Telephony credits below which an account is low: the {@code accounts} report's default. */
  public static final long LOW_CREDITS = 500;

  /** The share of a customer's users in bypass, in percent, from which it needs attention. */
  public static final double BYPASS_SHARE = 10;

  /** Days without a login after which an active administrator counts as inactive. */
  public static final long INACTIVE_ADMIN_DAYS = 90;

  /**
   * Every account needing attention in the kept runs of {@code mfa_coverage}, {@code accounts} and
   * {@code administrators} (each may be absent), by organization.
   */
  static List<Attention> of(
      Optional<ReportRun<?>> coverage,
      Optional<ReportRun<?>> accounts,
      Optional<ReportRun<?>> administrators,
      Instant now) {
    List<Attention> all = new ArrayList<>();
    coverage.ifPresent(run -> bypass(run, all));
    accounts.ifPresent(run -> credits(run, all));
    administrators.ifPresent(run -> inactiveAdmins(run, now, all));
    for (Optional<ReportRun<?>> run : List.of(coverage, accounts, administrators)) {
      run.ifPresent(r -> notRead(r, all));
    }
    all.sort(Comparator.comparing(Attention::organization).thenComparing(Attention::reason));
    return all;
  }

  private static void bypass(ReportRun<?> run, List<Attention> all) {
    for (ReportRun.NamedRow row : run.namedRows()) {
      long users = row.integer("users");
      long bypass = row.integer("bypass");
      if (bypass > 0 && bypass * 100.0 / users >= BYPASS_SHARE) {
        all.add(
            new Attention(
                row.organization(),
                "Many users in bypass",
                bypass + " of " + users + " users",
                "users_in_bypass"));
      }
    }
  }

  private static void credits(ReportRun<?> run, List<Attention> all) {
    for (ReportRun.NamedRow row : run.namedRows()) {
      if (Boolean.TRUE.equals(row.values().get("low_credits"))) {
        all.add(
            new Attention(
                row.organization(),
                "Low telephony credits",
                row.integer("telephony_credits") + " credits left",
                "accounts"));
      }
    }
  }

  private static void inactiveAdmins(ReportRun<?> run, Instant now, List<Attention> all) {
    Instant cutoff = now.minus(Duration.ofDays(INACTIVE_ADMIN_DAYS));
    for (ReportRun.NamedRow row : run.namedRows()) {
      Object lastLogin = row.values().get("last_login");
      boolean active = "Active".equalsIgnoreCase(String.valueOf(row.values().get("status")));
      if (active && (lastLogin == null || ((Instant) lastLogin).isBefore(cutoff))) {
        all.add(
            new Attention(
                row.organization(),
                "Inactive administrator",
                row.values().get("name")
                    + (lastLogin == null
                        ? ", never logged in"
                        : ", last login " + UtcTimes.of((Instant) lastLogin)),
                "administrators"));
      }
    }
  }

  private static void notRead(ReportRun<?> run, List<Attention> all) {
    run.failed()
        .forEach(
            org ->
                all.add(
                    new Attention(
                        org.organization(),
                        "Not read",
                        run.report().title() + ": " + org.error().message(),
                        run.report().name())));
  }
}
