package io.duoctl.emulator.admin.activity;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.activity.ActivityEntry.Party;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One account's activity log ({@code /admin/v2/logs/activity}), kept in (time, activity_id) order.
 * Reach it with {@link #of(Account)}; record an Admin API write with {@link #recordApiAction}.
 * Thread-safe.
 */
public final class ActivityLog {

  static final Comparator<ActivityEntry> ORDER = Comparator.comparing(ActivityEntry::position);

  private final NavigableSet<ActivityEntry> entries = new ConcurrentSkipListSet<>(ORDER);

  /** The activity log of {@code account}. */
  public static ActivityLog of(Account account) {
    return account.state(ActivityLog.class, ActivityLog::new);
  }

  /** Appends an entry. */
  public void record(ActivityEntry entry) {
    entries.add(entry);
  }

  /**
   * Records a successful write made with an integration's keys, as Duo shows API changes: the actor
   * is the integration ({@code API (<name>)}).
   *
   * @param action e.g. {@code admin_create}
   * @param target what changed, or null
   */
  public ActivityEntry recordApiAction(
      World world, Account account, Integration by, String action, Party target, String details) {
    ActivityEntry entry =
        new ActivityEntry(
            uuid(world),
            world.now(),
            account.id(),
            action,
            "SUCCESS",
            new Party(by.integrationKey(), "API (" + by.name() + ")", "integration"),
            target,
            details);
    record(entry);
    return entry;
  }

  /** The time of the latest entry, if any. */
  public Optional<Instant> latest() {
    try {
      return Optional.of(entries.last().time());
    } catch (NoSuchElementException empty) {
      return Optional.empty();
    }
  }

  /** Every entry, oldest first. */
  public List<ActivityEntry> entries() {
    return new ArrayList<>(entries);
  }

  private static String uuid(World world) {
    String hex = world.ids().draw("0123456789abcdef", 32);
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-4"
        + hex.substring(13, 16)
        + "-a"
        + hex.substring(17, 20)
        + "-"
        + hex.substring(20);
  }

  List<ActivityEntry> between(LogWindow window) {
    return entries.stream().filter(e -> window.shows(e.time())).toList();
  }
}
