package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.model.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * One account's authentication log: every Auth API authentication and enrollment, and seeded
 * history. Entries are kept in (time, txid) order, the order the v2 cursor walks. Reach it with
 * {@link #of(Account)}. Thread-safe.
 */
public final class AuthLog {

  /** (millisecond time, txid): the order of Duo's v2 cursor. */
  static final Comparator<AuthLogEntry> ORDER =
      Comparator.comparingLong(AuthLogEntry::epochMilli).thenComparing(AuthLogEntry::txid);

  private final NavigableSet<AuthLogEntry> entries = new ConcurrentSkipListSet<>(ORDER);

  /** The log of {@code account}. */
  public static AuthLog of(Account account) {
    return account.state(AuthLog.class, AuthLog::new);
  }

  /** Appends an entry. */
  public void record(AuthLogEntry entry) {
    entries.add(entry);
  }

  /** Every entry, oldest first. */
  public List<AuthLogEntry> entries() {
    return new ArrayList<>(entries);
  }

  /** The entries from {@code from} to {@code to} (both inclusive) that {@code filter} accepts. */
  public List<AuthLogEntry> between(Instant from, Instant to, Predicate<AuthLogEntry> filter) {
    List<AuthLogEntry> out = new ArrayList<>();
    for (AuthLogEntry entry : entries) {
      if (entry.time().isAfter(to)) {
        break;
      }
      if (!entry.time().isBefore(from) && filter.test(entry)) {
        out.add(entry);
      }
    }
    return out;
  }

  /** How many entries there are. */
  public int size() {
    return entries.size();
  }
}
