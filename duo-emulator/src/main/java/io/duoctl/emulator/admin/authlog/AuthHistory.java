package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.admin.internal.HistoryTimes;
import io.duoctl.emulator.model.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills an account's {@link AuthLog} with realistic history for fixtures and the demo ({@link
 * AuthEvents} at the times of {@link HistoryTimes}). The same seed, users, applications and end
 * time give the same entries.
 */
public final class AuthHistory {

  private AuthHistory() {}

  /**
   * Adds about {@code perDay} entries for each of the {@code days} days before {@code end} (times
   * between 07:00 and 19:00 UTC, weekdays busier than weekends, some sharing a millisecond) to the
   * account's log.
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
    AuthEvents events = new AuthEvents(users, applications);
    Random random = new Random(seed);
    List<Instant> times = HistoryTimes.spread(random, end, days, perDay);
    List<AuthLogEntry> added = new ArrayList<>(times.size());
    for (Instant time : times) {
      added.add(events.next(random, time));
    }
    AuthLog log = AuthLog.of(account);
    added.forEach(log::record);
    added.sort(AuthLog.ORDER);
    return added;
  }
}
