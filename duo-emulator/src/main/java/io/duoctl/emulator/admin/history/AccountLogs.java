package io.duoctl.emulator.admin.history;

import io.duoctl.emulator.admin.activity.ActivityEntry;
import io.duoctl.emulator.admin.activity.ActivityLog;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.logs.AdminLogEntry;
import io.duoctl.emulator.admin.logs.TelephonyEntry;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * One account's four logs for tests: every event each holds, with its id and time (to check that an
 * export received each exactly once), and appending an event now. An appended event's time is now,
 * or one millisecond after the log's latest entry when that is not earlier, so a client that
 * already read to the end finds it after its saved (time, id) cursor. Thread-safe.
 *
 * <pre>{@code
 * AccountLogs logs = AccountLogs.of(duo.world(), account);
 * AuthLogEntry fraud = logs.appendFraudReport("ana");
 * List<LoggedEvent> all = logs.events(LogKind.AUTHENTICATION);
 * }</pre>
 */
public final class AccountLogs {

  private final World world;
  private final Account account;

  private AccountLogs(World world, Account account) {
    this.world = world;
    this.account = account;
  }

  /** The logs of {@code account}. */
  public static AccountLogs of(World world, Account account) {
    return new AccountLogs(world, account);
  }

  /**
   * Every event the log holds, whether or not a query would show it yet (the two-minute delay), in
   * (time, id) order. Authentications whose outcome became known by now are included.
   */
  public List<LoggedEvent> events(LogKind kind) {
    Stream<LoggedEvent> events =
        switch (kind) {
          case AUTHENTICATION -> {
            AuthLog log = AuthLog.of(account);
            log.settle(world.now());
            yield log.entries().stream().map(AccountLogs::event);
          }
          case ADMINISTRATOR -> AdminLog.of(account).entries().stream().map(AccountLogs::event);
          case TELEPHONY ->
              TelephonyLog.of(world, account).entries().stream().map(AccountLogs::event);
          case ACTIVITY -> ActivityLog.of(account).entries().stream().map(AccountLogs::event);
        };
    return events.sorted(LoggedEvent.ORDER).toList();
  }

  /**
   * Appends one realistic event of {@code kind} made from the account's users, administrators,
   * applications and phones.
   *
   * @throws IllegalStateException if the account has no active or bypass user
   */
  public LoggedEvent append(LogKind kind) {
    return events().add(kind, random(), nextTime(world, account, kind));
  }

  /**
   * Appends an authentication of the active or bypass user {@code username} with the given v2
   * {@code factor}, {@code result} and {@code reason}; a {@code fraud} result also surfaces a Trust
   * Monitor event, as seeded history does.
   *
   * @throws IllegalArgumentException if there is no such user
   * @throws IllegalStateException if the account has no active or bypass user
   */
  public AuthLogEntry appendAuthentication(
      String username, String factor, String result, String reason) {
    return events()
        .authentication(
            random(),
            nextTime(world, account, LogKind.AUTHENTICATION),
            username,
            factor,
            result,
            reason);
  }

  /**
   * Appends the entry of a Duo Push the user reported as fraud: factor {@code duo_push}, result
   * {@code fraud}, reason {@code user_marked_fraud} (admin-api.md §6.15), as the Auth API logs a
   * push answered "fraud".
   */
  public AuthLogEntry appendFraudReport(String username) {
    return appendAuthentication(username, "duo_push", "fraud", "user_marked_fraud");
  }

  private AccountEvents events() {
    return AccountEvents.of(world, account, account.id().hashCode())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "account " + account.id() + " has no active or bypass user to log for"));
  }

  private Random random() {
    return new Random(Long.parseLong(world.ids().draw("0123456789", 18)));
  }

  /** Now, or the millisecond after the log's latest entry when that is not an earlier one. */
  static Instant nextTime(World world, Account account, LogKind kind) {
    Instant now = world.now();
    Optional<Instant> latest =
        switch (kind) {
          case AUTHENTICATION -> AuthLog.of(account).latest();
          case ADMINISTRATOR ->
              AdminLog.of(account).entries().stream()
                  .map(AdminLogEntry::timestamp)
                  .max(Comparator.naturalOrder());
          case TELEPHONY ->
              TelephonyLog.of(world, account).entries().stream()
                  .map(TelephonyEntry::ts)
                  .max(Comparator.naturalOrder());
          case ACTIVITY -> ActivityLog.of(account).latest();
        };
    long nowMilli = now.toEpochMilli();
    return latest
        .filter(l -> l.toEpochMilli() >= nowMilli)
        .map(l -> Instant.ofEpochMilli(l.toEpochMilli() + 1))
        .orElse(now);
  }

  static LoggedEvent event(AuthLogEntry entry) {
    return new LoggedEvent(LogKind.AUTHENTICATION, entry.txid(), entry.time());
  }

  static LoggedEvent event(AdminLogEntry entry) {
    return new LoggedEvent(
        LogKind.ADMINISTRATOR,
        entry.timestamp().getEpochSecond()
            + "|"
            + entry.username()
            + "|"
            + entry.action()
            + "|"
            + (entry.object() == null ? "" : entry.object())
            + "|"
            + entry.description(),
        entry.timestamp());
  }

  static LoggedEvent event(TelephonyEntry entry) {
    return new LoggedEvent(LogKind.TELEPHONY, entry.telephonyId(), entry.ts());
  }

  static LoggedEvent event(ActivityEntry entry) {
    return new LoggedEvent(LogKind.ACTIVITY, entry.activityId(), entry.time());
  }
}
