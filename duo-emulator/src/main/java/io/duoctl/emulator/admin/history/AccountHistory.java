package io.duoctl.emulator.admin.history;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.authlog.AuthHistory;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds an account's history from its own state, for fixtures and the demo: authentications of its
 * active and bypass users through its Auth API integrations (or, without any, through a few typical
 * applications), and a Trust Monitor event for each fraud report.
 */
public final class AccountHistory {

  private static final List<String> TYPICAL_APPLICATIONS =
      List.of("Microsoft 365", "Cisco AnyConnect VPN", "RD Gateway", "Okta SSO");

  /** The Trust Monitor explanation of a seeded or generated fraud report. */
  static final String FRAUD_EXPLANATION = "User reported the push as fraudulent";

  private AccountHistory() {}

  /**
   * Adds about {@code perDay} authentications a day for the {@code days} days before the world's
   * now less Duo's two-minute log delay (so all of it is visible at once); the same state, seed and
   * time give the same history.
   *
   * @return the entries added, oldest first; empty when the account has no active or bypass users
   * @throws IllegalArgumentException if a count is negative
   */
  public static List<AuthLogEntry> seed(
      World world, Account account, int days, int perDay, long seed) {
    return seed(world, account, world.now().minus(LogWindow.DELAY), days, perDay, seed);
  }

  /** As {@link #seed(World, Account, int, int, long)}, the days before {@code end}. */
  static List<AuthLogEntry> seed(
      World world, Account account, Instant end, int days, int perDay, long seed) {
    List<AuthLogEntry.Subject> users = subjects(world, account);
    if (users.isEmpty()) {
      return List.of();
    }
    List<AuthLogEntry> entries =
        AuthHistory.seed(
            account, end, days, perDay, seed, users, applications(world, account, seed));
    TrustMonitor monitor = TrustMonitor.of(account);
    for (AuthLogEntry entry : entries) {
      if (entry.result().equals("fraud")) {
        monitor.surfaceAuth(world, entry, FRAUD_EXPLANATION);
      }
    }
    return entries;
  }

  /** The account's active and bypass users, as the authentication log shows them. */
  static List<AuthLogEntry.Subject> subjects(World world, Account account) {
    Groups groups = Groups.of(world, account);
    List<AuthLogEntry.Subject> users = new ArrayList<>();
    for (User user : UserDirectory.of(world, account).all()) {
      if (user.status() == UserStatus.ACTIVE || user.status() == UserStatus.BYPASS) {
        List<Group> memberOf = groups.groupsOf(user.userId());
        users.add(
            new AuthLogEntry.Subject(
                user.userId(),
                user.username(),
                memberOf.stream().map(Group::name).toList(),
                memberOf.stream().map(Group::groupId).toList()));
      }
    }
    return users;
  }

  static List<AuthLogEntry.Party> applications(World world, Account account, long seed) {
    List<AuthLogEntry.Party> apps =
        world.integrationsOf(account.id()).stream()
            .filter(i -> i.type() == IntegrationType.AUTH_API)
            .map(i -> new AuthLogEntry.Party(i.integrationKey(), i.name()))
            .toList();
    if (!apps.isEmpty()) {
      return apps;
    }
    Random random = new Random(seed);
    List<AuthLogEntry.Party> typical = new ArrayList<>();
    for (String name : TYPICAL_APPLICATIONS) {
      StringBuilder key = new StringBuilder("DI");
      for (int i = 0; i < 18; i++) {
        key.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(random.nextInt(36)));
      }
      typical.add(new AuthLogEntry.Party(key.toString(), name));
    }
    return typical;
  }
}
