package io.duoctl.emulator.admin.history;

import io.duoctl.emulator.admin.activity.ActivityEntry;
import io.duoctl.emulator.admin.activity.ActivityLog;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.admins.Administrator;
import io.duoctl.emulator.admin.authlog.AuthEvents;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.logs.AdminLogEntry;
import io.duoctl.emulator.admin.logs.TelephonyEntry;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes realistic entries of an account's four logs from its own active users, applications,
 * administrators and phone numbers, and records them: the source of seeded history and of live
 * traffic. The account's state is read once, at creation. Not thread-safe: one per thread.
 */
final class AccountEvents {

  private final World world;
  private final Account account;
  private final List<AuthLogEntry.Subject> users;
  private final List<AuthLogEntry.Party> applications;
  private final AuthEvents auth;
  private final List<Administrator> admins;
  private final List<String> numbers;
  private final String apiActor;

  private AccountEvents(World world, Account account, List<AuthLogEntry.Subject> users, long seed) {
    this.world = world;
    this.account = account;
    this.users = users;
    this.applications = AccountHistory.applications(world, account, seed);
    this.auth = new AuthEvents(users, applications);
    this.admins = AdminDirectory.of(account).list();
    this.numbers =
        PhoneBook.of(world, account).all().stream()
            .map(Phone::number)
            .filter(n -> !n.isEmpty())
            .toList();
    this.apiActor =
        world.integrationsOf(account.id()).stream()
            .filter(i -> i.type() == IntegrationType.ADMIN_API)
            .map(Integration::name)
            .findFirst()
            .map(name -> "API (" + name + ")")
            .orElse("API (Admin API)");
  }

  /** The events of {@code account}, or empty when it has no active or bypass user. */
  static Optional<AccountEvents> of(World world, Account account, long seed) {
    List<AuthLogEntry.Subject> users = AccountHistory.subjects(world, account);
    return users.isEmpty()
        ? Optional.empty()
        : Optional.of(new AccountEvents(world, account, users, seed));
  }

  /** Makes and records one entry of {@code kind} at {@code time}. */
  LoggedEvent add(LogKind kind, Random random, Instant time) {
    return switch (kind) {
      case AUTHENTICATION -> AccountLogs.event(record(auth.next(random, time)));
      case ADMINISTRATOR -> AccountLogs.event(admin(random, time));
      case TELEPHONY -> AccountLogs.event(telephony(random, time));
      case ACTIVITY -> AccountLogs.event(activity(random, time));
    };
  }

  /** Makes and records an authentication of the user named {@code username}. */
  AuthLogEntry authentication(
      Random random, Instant time, String username, String factor, String result, String reason) {
    AuthLogEntry.Subject user =
        users.stream()
            .filter(u -> u.name().equals(username))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no active or bypass user '" + username + "' in " + account.id()));
    return record(auth.of(random, time, user, factor, result, reason));
  }

  private AuthLogEntry record(AuthLogEntry entry) {
    AuthLog.of(account).record(entry);
    if (entry.result().equals("fraud")) {
      TrustMonitor.of(account).surfaceAuth(world, entry, AccountHistory.FRAUD_EXPLANATION);
    }
    return entry;
  }

  private AdminLogEntry admin(Random random, Instant time) {
    int roll = random.nextInt(100);
    String console = admins.isEmpty() ? "System" : pick(random, admins).name();
    String who = random.nextBoolean() ? console : apiActor;
    String user = pick(random, users).name();
    Map<String, Object> description = new LinkedHashMap<>();
    String action;
    String object;
    if (roll < 40) {
      action = roll < 36 ? "admin_login" : "admin_login_error";
      who = console;
      object = null;
      description.put("ip_address", ip(random));
      if (roll >= 36) {
        description.put("error", "Invalid password");
      }
    } else if (roll < 65) {
      action = "user_update";
      object = user;
      description.put("status", random.nextInt(4) == 0 ? "bypass" : "active");
    } else if (roll < 75) {
      action = "user_create";
      object = user;
      description.put("username", user);
    } else if (roll < 85) {
      action = "phone_update";
      object = numbers.isEmpty() ? number(random) : pick(random, numbers);
      description.put("name", user + "'s phone");
    } else if (roll < 93) {
      action = "integration_update";
      object = pick(random, applications).name();
      description.put("name", object);
    } else {
      action = "customer_update";
      object = null;
      description.put("lockout_threshold", Integer.toString(5 + random.nextInt(10)));
    }
    return AdminLog.of(account).record(time, who, action, object, description);
  }

  private TelephonyEntry telephony(Random random, Instant time) {
    int roll = random.nextInt(100);
    String context =
        roll < 85
            ? "authentication"
            : roll < 93 ? "enrollment" : roll < 98 ? "administrator login" : "verify";
    boolean sms = context.equals("verify") || random.nextInt(10) < 7;
    TelephonyEntry entry =
        new TelephonyEntry(
            AdminIds.uuid(random),
            AdminIds.uuid(random),
            time,
            context,
            sms ? "sms" : "phone",
            numbers.isEmpty() ? number(random) : pick(random, numbers),
            sms ? TelephonyLog.SMS_CREDITS : TelephonyLog.CALL_CREDITS);
    TelephonyLog.of(world, account).add(entry);
    return entry;
  }

  private ActivityEntry activity(Random random, Instant time) {
    AuthLogEntry.Subject user = pick(random, users);
    ActivityEntry.Party userParty = new ActivityEntry.Party(user.key(), user.name(), "user");
    ActivityEntry.Party actor = admins.isEmpty() ? userParty : adminParty(pick(random, admins));
    int roll = random.nextInt(100);
    String action;
    ActivityEntry.Party target = null;
    String details = "";
    String result = "SUCCESS";
    if (roll < 35 && !admins.isEmpty()) {
      action = roll < 25 ? "user_update" : "user_create";
      target = userParty;
      details = roll < 25 ? "{\"status\": \"active\"}" : "{\"username\": \"" + user.name() + "\"}";
    } else if (roll < 60) {
      action = "login_attempt";
      result = random.nextInt(10) == 0 ? "FAILURE" : "SUCCESS";
    } else if (roll < 85) {
      action = "mfa_challenge";
      result = random.nextInt(20) == 0 ? "FAILURE" : "SUCCESS";
    } else if (roll < 95) {
      action = "password_change";
    } else {
      action = "webauthncredential_create";
      actor = userParty;
      target = userParty;
    }
    ActivityEntry entry =
        new ActivityEntry(
            AdminIds.uuid(random), time, account.id(), action, result, actor, target, details);
    ActivityLog.of(account).record(entry);
    return entry;
  }

  private static ActivityEntry.Party adminParty(Administrator admin) {
    return new ActivityEntry.Party(admin.adminId(), admin.name(), "admin");
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A private address with enough spread that two logins in one second rarely share it. */
  private static String ip(Random random) {
    return "10."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }

  private static String number(Random random) {
    return "+1555010" + (1000 + random.nextInt(9000));
  }
}
