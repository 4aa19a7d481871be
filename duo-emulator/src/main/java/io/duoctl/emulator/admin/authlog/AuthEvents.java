package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.authlog.AuthLogEntry.AccessDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.AuthDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Location;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.admin.internal.AdminIds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes realistic authentication log entries of given users through given applications: pushes
 * (mostly approved), passcodes, SMS and calls, some denials and timeouts and the odd fraud report,
 * from a handful of cities. Each user keeps two access devices (office and away) and one phone, so
 * a large history shares them instead of holding one copy per entry. Not thread-safe.
 */
public final class AuthEvents {

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

  private final List<Subject> users;
  private final List<Party> applications;
  private final Map<String, Devices> devices = new HashMap<>();

  /**
   * @param users who authenticates; at least one
   * @param applications through which integrations; at least one
   * @throws IllegalArgumentException if either is empty
   */
  public AuthEvents(List<Subject> users, List<Party> applications) {
    if (users.isEmpty() || applications.isEmpty()) {
      throw new IllegalArgumentException("seeding needs at least one user and one application");
    }
    this.users = List.copyOf(users);
    this.applications = List.copyOf(applications);
  }

  /** One authentication at {@code time} of a random user through a random application. */
  public AuthLogEntry next(Random random, Instant time) {
    Subject user = users.get(random.nextInt(users.size()));
    Party app = applications.get(random.nextInt(applications.size()));
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
    return entry(random, time, user, app, factor, result, reason);
  }

  /**
   * An authentication of {@code user} with the given outcome, e.g. {@code duo_push}, {@code fraud},
   * {@code user_marked_fraud} for a push the user reported as fraud.
   */
  public AuthLogEntry of(
      Random random, Instant time, Subject user, String factor, String result, String reason) {
    Party app = applications.get(random.nextInt(applications.size()));
    return entry(random, time, user, app, factor, result, reason);
  }

  private AuthLogEntry entry(
      Random random,
      Instant time,
      Subject user,
      Party app,
      String factor,
      String result,
      String reason) {
    Devices own = devices.computeIfAbsent(user.key(), key -> devices(random, user));
    AccessDevice access = random.nextInt(5) == 0 ? own.away() : own.office();
    AuthDevice device =
        factor.equals("not_available") || factor.equals("bypass_code") ? null : own.phone();
    return new AuthLogEntry(
        AdminIds.uuid(random),
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

  private static Devices devices(Random random, Subject user) {
    String hostname = "ws-" + user.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    Location home = PLACES[random.nextInt(PLACES.length)];
    Location away = PLACES[random.nextInt(PLACES.length)];
    String browser = BROWSERS[random.nextInt(BROWSERS.length)];
    String os = SYSTEMS[random.nextInt(SYSTEMS.length)];
    AccessDevice office = new AccessDevice(ip(random), hostname, home, browser, os);
    AccessDevice travelling =
        new AccessDevice(ip(random), hostname, away, browser, SYSTEMS[random.nextInt(2) + 2]);
    AuthDevice phone =
        new AuthDevice(null, "+1 555-01" + (10 + random.nextInt(89)), office.ip(), home);
    return new Devices(office, travelling, phone);
  }

  private static String ip(Random random) {
    return "203.0." + random.nextInt(114) + "." + (1 + random.nextInt(254));
  }

  private record Devices(AccessDevice office, AccessDevice away, AuthDevice phone) {}
}
