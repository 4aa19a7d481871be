package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.logs.AuthLogEntry;
import io.duoctl.client.admin.logs.AuthLogQuery;
import io.duoctl.client.admin.logs.LogSort;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.core.actions.Field;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Authentication outcomes: per organization, from the authentication log (v2, admin-api §5.14,
 * §6.15) over the last N days, the successes, denials by reason, fraud reports and users with push
 * fatigue.
 */
final class AuthOutcomesReport {

  private static final Set<String> PUSH = Set.of("duo_push", "verified_duo_push");

  record Row(
      long authentications,
      long successes,
      long denials,
      String denialsByReason,
      long fraudReports,
      long refusedPushes,
      long pushFatigueUsers,
      String pushFatigue) {}

  private AuthOutcomesReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "auth_outcomes",
        "Authentication outcomes",
        "Per organization, from the authentication log over the last days: successes, denials by"
            + " reason, fraud reports, and push fatigue (a user refusing many Duo Pushes within a"
            + " few minutes).",
        List.of(
            Field.integer("days", "Days of authentication log to read, up to now")
                .min(1)
                .max(180)
                .defaultsTo(7),
            Field.integer(
                    "fatigue_pushes",
                    "Refused pushes to one user within fatigue_minutes that count as push fatigue")
                .min(2)
                .max(1000)
                .defaultsTo(5),
            Field.integer("fatigue_minutes", "The span, in minutes, push fatigue is looked for in")
                .min(1)
                .max(1440)
                .defaultsTo(10)),
        List.of(
            Column.integer(
                "authentications", "Authentications (enrollments excluded)", Row::authentications),
            Column.integer("successes", "Authentications with result success", Row::successes),
            Column.integer("denials", "Authentications with result denied", Row::denials),
            Column.text(
                "denials_by_reason",
                "Denials per reason, most frequent first, e.g. no_response=3;locked_out=1",
                Row::denialsByReason),
            Column.integer(
                "fraud_reports", "Authentications the user reported as fraud", Row::fraudReports),
            Column.integer(
                "refused_pushes", "Duo Pushes denied or reported as fraud", Row::refusedPushes),
            Column.integer("push_fatigue_users", "Users with push fatigue", Row::pushFatigueUsers),
            Column.text(
                "push_fatigue",
                "Each user with push fatigue and the most refused pushes within the span, e.g."
                    + " jdoe=7",
                Row::pushFatigue)),
        (context, input, rows) -> {
          Instant from = context.now().minus(Duration.ofDays(input.number("days").orElseThrow()));
          PushFatigue fatigue =
              new PushFatigue(
                  input.integer("fatigue_pushes").orElseThrow(),
                  Duration.ofMinutes(input.number("fatigue_minutes").orElseThrow()));
          AuthLogQuery query =
              AuthLogQuery.builder(
                      LogWindow.between(from, context.now()).sorted(LogSort.OLDEST_FIRST))
                  .eventTypes(List.of("authentication"))
                  .build();
          Tally tally = new Tally();
          for (AuthLogEntry entry : context.admin().logs().authentication(query)) {
            tally.add(entry);
            if (refusedPush(entry) && entry.timestamp() != null) {
              fatigue.refused(username(entry), Instant.ofEpochSecond(entry.timestamp()));
            }
          }
          rows.accept(tally.row(fatigue.users()));
        });
  }

  /** A Duo Push the user denied or reported as fraud. */
  private static boolean refusedPush(AuthLogEntry entry) {
    return PUSH.contains(entry.factor()) && !"success".equals(entry.result());
  }

  private static String username(AuthLogEntry entry) {
    return entry.user() == null || entry.user().name() == null ? "" : entry.user().name();
  }

  /** The outcome counts of one organization's log, added up as entries are read. */
  private static final class Tally {
    private long authentications;
    private long successes;
    private long denials;
    private long fraud;
    private long refusedPushes;
    private final Map<String, Long> reasons = new TreeMap<>();

    void add(AuthLogEntry entry) {
      authentications++;
      String result = entry.result() == null ? "" : entry.result();
      switch (result) {
        case "success" -> successes++;
        case "denied" -> {
          denials++;
          reasons.merge(entry.reason() == null ? "" : entry.reason(), 1L, Long::sum);
        }
        case "fraud" -> fraud++;
        default -> {
          // a result Duo may add counts among authentications only
        }
      }
      if (refusedPush(entry)) {
        refusedPushes++;
      }
    }

    Row row(Map<String, Integer> fatigued) {
      return new Row(
          authentications,
          successes,
          denials,
          joined(reasons.entrySet().stream().sorted(MOST_FIRST).toList()),
          fraud,
          refusedPushes,
          fatigued.size(),
          joined(List.copyOf(fatigued.entrySet())));
    }

    private static final Comparator<Map.Entry<String, Long>> MOST_FIRST =
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey());

    private static String joined(List<? extends Map.Entry<String, ?>> entries) {
      return entries.stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(";"));
    }
  }
}
