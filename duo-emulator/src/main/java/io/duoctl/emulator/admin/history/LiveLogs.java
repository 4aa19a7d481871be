package io.duoctl.emulator.admin.history;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends new events to every account's logs at steady rates ({@link LiveRates}, per account and
 * minute), stamped with the emulator's current time ({@link AccountLogs} explains the millisecond
 * rule), from one background thread. Only accounts with an active or bypass user get events; an
 * account's users, administrators and phones are read the first time it gets one. Thread-safe;
 * {@link #close()} stops the thread.
 */
public final class LiveLogs implements AutoCloseable {

  /** How often the thread wakes to append what is due. */
  static final Duration TICK = Duration.ofMillis(100);

  private static final long NANOS_PER_MINUTE = TimeUnit.MINUTES.toNanos(1);

  private final World world;
  private final LiveRates rates;
  private final Random random;
  private final Map<Account, Optional<AccountEvents>> sources = new HashMap<>();
  private final Map<LogKind, Long> emitted = new EnumMap<>(LogKind.class);
  private final AtomicLong appended = new AtomicLong();
  private final ScheduledExecutorService thread;
  private final long started = System.nanoTime();

  private LiveLogs(World world, LiveRates rates, long seed) {
    this.world = world;
    this.rates = rates;
    this.random = new Random(seed);
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "duo-emulator-live-logs");
              t.setDaemon(true);
              return t;
            });
    for (LogKind kind : LogKind.values()) {
      emitted.put(kind, 0L);
    }
  }

  /** Starts appending at {@code rates}; the same seed draws the same events. */
  public static LiveLogs start(World world, LiveRates rates, long seed) {
    LiveLogs live =
        new LiveLogs(
            Objects.requireNonNull(world, "world"), Objects.requireNonNull(rates, "rates"), seed);
    var unused =
        live.thread.scheduleAtFixedRate(
            live::tickSafely, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    return live;
  }

  /** The rates this appends at. */
  public LiveRates rates() {
    return rates;
  }

  /** How many events were appended so far, over all accounts and logs. */
  public long appended() {
    return appended.get();
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException skipped) {
      // an account deleted or reset while being written to: the next tick starts afresh;
      // an escaping exception would cancel the schedule for good
      sources.clear();
    }
  }

  private void tick() {
    long elapsed = System.nanoTime() - started;
    sources.keySet().retainAll(new HashSet<>(world.accounts()));
    for (LogKind kind : LogKind.values()) {
      long due = (long) ((double) rates.perMinute(kind) * elapsed / NANOS_PER_MINUTE);
      long count = due - emitted.get(kind);
      if (count <= 0) {
        continue;
      }
      emitted.put(kind, due);
      for (Account account : world.accounts()) {
        Optional<AccountEvents> events =
            sources.computeIfAbsent(account, a -> AccountEvents.of(world, a, random.nextLong()));
        if (events.isEmpty()) {
          continue;
        }
        for (long i = 0; i < count; i++) {
          events.get().add(kind, random, AccountLogs.nextTime(world, account, kind));
          appended.incrementAndGet();
        }
      }
    }
  }

  /** Stops appending; waits for an append under way. Idempotent. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
