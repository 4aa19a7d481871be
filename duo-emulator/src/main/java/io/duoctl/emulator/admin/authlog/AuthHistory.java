package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.authlog.AuthLogEntry.AccessDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.AuthDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Location;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Fills an account's {@link AuthLog} with realistic history for fixtures and the demo: a working
 * day's rhythm of pushes (mostly approved), passcodes, SMS and calls, some denials, timeouts and
 * the odd fraud report, from a handful of cities. The same seed, users, applications and end time
 * give the same entries.
 */
public final class AuthHistory {

  private static final Location[] PLACES = {
    new Location("Austin", "Texas", "United States"),
    new Location("Chicago", "Illinois", "United States"),
    new Location("Toronto", "Ontario", "Canada"),
    new Location("London", "England", "United Kingdom"),
    new Location("Berlin", "Berlin", "Germany"),
    new Location("Sydney", "New South Wales", "Australia"),
  };
  private static final String[] BROWSERS = {"Chrome", "Edge", "Firefox", "Safari"};
  private static final String[] SYSTEMS = {"Windows", "Mac OS X", "iOS", "Android"};

  private AuthHistory() {}

  /**
   * Adds {@code perDay} entries for each of the {@code days} days before {@code end} (times between
   * 07:00 and 19:00 UTC, weekdays busier than weekends) to the account's log.
   *
   * @param users who authenticates; at least one
   * @param applications through which integrations; at least one
   * @return the entries added, oldest first
   * @throws IllegalArgumentException if {@code users} or {@code applications} is empty, or a count
   *     is negative
   */
  public static List<AuthLogEntry> seed(
      Account account,
      Instant end,
      int days,
      int perDay,
      long seed,
      List<Subject> users,
      List<Party> applications) {
    if (users.isEmpty() || applications.isEmpty()) {
      throw new IllegalArgumentException("seeding needs at least one user and one application");
    }
    if (days < 0 || perDay < 0) {
      throw new IllegalArgumentException("days and perDay must not be negative");
    }
    Random random = new Random(seed);
    List<AuthLogEntry> added = new ArrayList<>();
    Instant firstDay = end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days));
    for (int day = 0; day <= days; day++) {
      Instant midnight = firstDay.plus(Duration.ofDays(day));
      int weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek().getValue();
      int count = weekday >= 6 ? Math.max(1, perDay / 5) : perDay;
      for (int i = 0; i < count; i++) {
        long offsetMs =
            Duration.ofHours(7).toMillis() + (long) (random.nextDouble() * 12 * 3600_000);
        Instant time = midnight.plusMillis(offsetMs);
        if (!time.isBefore(end) || time.isBefore(end.minus(Duration.ofDays(days)))) {
          continue;
        }
        Subject user = users.get(random.nextInt(users.size()));
        Party app = applications.get(random.nextInt(applications.size()));
        added.add(entry(random, time, user, app));
      }
    }
    AuthLog log = AuthLog.of(account);
    added.forEach(log::record);
    added.sort(AuthLog.ORDER);
    return added;
  }

  private static AuthLogEntry entry(Random random, Instant time, Subject user, Party app) {
    int roll = random.nextInt(1000);
    String factor;
    String result = "success";
    String reason;
    if (roll < 700) {
      factor = "duo_push";
      reason = "user_approved";
      if (roll < 30) {
        result = "denied";
        reason = "no_response";
      } else if (roll < 45) {
        result = "denied";
        reason = "user_cancelled";
      } else if (roll < 48) {
        result = "fraud";
        reason = "user_marked_fraud";
      }
    } else if (roll < 830) {
      factor = "duo_mobile_passcode";
      reason = roll < 810 ? "valid_passcode" : "invalid_passcode";
      result = roll < 810 ? "success" : "denied";
    } else if (roll < 900) {
      factor = "sms_passcode";
      reason = "valid_passcode";
    } else if (roll < 950) {
      factor = "phone_call";
      reason = "user_approved";
    } else if (roll < 975) {
      factor = "bypass_code";
      reason = "valid_passcode";
    } else {
      factor = "not_available";
      result = "denied";
      reason = roll < 990 ? "locked_out" : "deny_unenrolled_user";
    }
    Location place = PLACES[random.nextInt(PLACES.length)];
    String ip = "203.0." + random.nextInt(114) + "." + (1 + random.nextInt(254));
    AccessDevice access =
        new AccessDevice(
            ip,
            "ws-" + user.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT),
            place,
            BROWSERS[random.nextInt(BROWSERS.length)],
            SYSTEMS[random.nextInt(SYSTEMS.length)]);
    AuthDevice device =
        factor.equals("not_available") || factor.equals("bypass_code")
            ? null
            : new AuthDevice(null, "+1 555-01" + (10 + random.nextInt(89)), ip, place);
    String txid = uuid(random);
    return new AuthLogEntry(
        txid,
        time,
        "authentication",
        factor,
        result,
        reason,
        user,
        app,
        access,
        device,
        "",
        user.name());
  }

  /** A version-4 UUID drawn from {@code random}. */
  static String uuid(Random random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
