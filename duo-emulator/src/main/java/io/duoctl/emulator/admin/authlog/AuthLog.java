package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.model.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * One account's authentication log: every Auth API authentication and enrollment, and seeded
 * history. Entries are kept in (time, txid) order, the order the v2 cursor walks. Reach it with
 * {@link #of(Account)}. Thread-safe.
 */
public final class AuthLog {

  /** (millisecond time, txid): the order of Duo's v2 cursor. */
  static final Comparator<AuthLogEntry> ORDER = Comparator.comparing(AuthLogEntry::position);

  private final NavigableSet<AuthLogEntry> entries = new ConcurrentSkipListSet<>(ORDER);
  private final List<Pending> pending = new ArrayList<>();

  /**
   * An authentication whose outcome is not known yet (an asynchronous push): asked at each {@link
   * #settle} for its entry, which it gives once.
   */
  @FunctionalInterface
  public interface Pending {
    /** The entry if the outcome is known at {@code now}, else empty. */
    Optional<AuthLogEntry> settle(Instant now);
  }

  /** The log of {@code account}. */
  public static AuthLog of(Account account) {
    return account.state(AuthLog.class, AuthLog::new);
  }

  /** Appends an entry. */
  public void record(AuthLogEntry entry) {
    entries.add(entry);
  }

  /** Registers an authentication whose entry is written once its outcome is known. */
  public void defer(Pending authentication) {
    synchronized (pending) {
      pending.add(authentication);
    }
  }

  /** Writes the entries of deferred authentications whose outcome is known at {@code now}. */
  public void settle(Instant now) {
    synchronized (pending) {
      pending.removeIf(
          p -> {
            Optional<AuthLogEntry> entry = p.settle(now);
            entry.ifPresent(entries::add);
            return entry.isPresent();
          });
    }
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

  /** The time of the latest entry, if any. */
  public Optional<Instant> latest() {
    try {
      return Optional.of(entries.last().time());
    } catch (NoSuchElementException empty) {
      return Optional.empty();
    }
  }

  /** How many entries there are. */
  public int size() {
    return entries.size();
  }
}
