package io.duoctl.emulator.admin.history;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.internal.HistoryTimes;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Seeds all four logs of an account from a {@link HistoryPlan}: authentications (with a Trust
 * Monitor event for each fraud report, as {@link AccountHistory}), administrator actions, SMS and
 * calls, and activity, made from the account's own users, administrators, applications and phones.
 * Every entry lies inside Duo's 180-day window and is older than its two-minute delay.
 */
public final class LogHistory {

  private LogHistory() {}

  /**
   * Seeds the account's logs; the same state, plan and time give the same history.
   *
   * @return how many entries each log received; all zero when the account has no active or bypass
   *     user
   */
  public static Map<LogKind, Integer> seed(World world, Account account, HistoryPlan plan) {
    Map<LogKind, Integer> added = new EnumMap<>(LogKind.class);
    for (LogKind kind : LogKind.values()) {
      added.put(kind, 0);
    }
    Instant end = world.now().minus(LogWindow.DELAY);
    added.put(
        LogKind.AUTHENTICATION,
        AccountHistory.seed(world, account, end, plan.days(), plan.authPerDay(), plan.seed())
            .size());
    Optional<AccountEvents> events = AccountEvents.of(world, account, plan.seed());
    if (events.isEmpty()) {
      return added;
    }
    seed(events.get(), LogKind.ADMINISTRATOR, end, plan.days(), plan.adminPerDay(), plan, added);
    seed(events.get(), LogKind.TELEPHONY, end, plan.days(), plan.telephonyPerDay(), plan, added);
    seed(events.get(), LogKind.ACTIVITY, end, plan.days(), plan.activityPerDay(), plan, added);
    return added;
  }

  private static void seed(
      AccountEvents events,
      LogKind kind,
      Instant end,
      int days,
      int perDay,
      HistoryPlan plan,
      Map<LogKind, Integer> added) {
    Random random = new Random(plan.seed() * 31 + kind.name().hashCode());
    int count = 0;
    for (Instant time : HistoryTimes.spread(random, end, days, perDay)) {
      events.add(kind, random, time);
      count++;
    }
    added.put(kind, count);
  }
}
