package io.duoctl.core.settings;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The configurations as last read, with their secrets decrypted, for the reads every request makes.
 * Every settings write raises {@code settings_version} in its transaction; this node's writes drop
 * the cache at once ({@link #invalidate()}), and a write on another node is noticed by the first
 * read once {@code recheck} has passed since the version was last read (one indexed read; {@link
 * #RECHECK} is zero: every read checks). Thread-safe: a read racing a write may return what was
 * stored just before it.
 */
final class ConfigurationCache {

  /** How long a node may serve what it read before it checks that no other node changed it. */
  static final Duration RECHECK = Duration.ZERO;

  /** A configuration as read, with the revision its Duo client is built for. */
  record Entry(Configuration configuration, long revision) {}

  /** Everything read at one version of the settings. */
  static final class Snapshot {
    private final long version;
    private volatile long checkedAt;
    private final Map<String, Entry> byName = new ConcurrentHashMap<>();
    private final AtomicReference<Optional<String>> defaultName = new AtomicReference<>();

    Snapshot(long version, long checkedAt) {
      this.version = version;
      this.checkedAt = checkedAt;
    }

    /** The cached entry of {@code name}, loading it with {@code load} (absent: not cached). */
    Optional<Entry> entry(Jdbi jdbi, String name, Loader<Optional<Entry>> load) {
      Entry cached = byName.get(name);
      if (cached != null) {
        return Optional.of(cached);
      }
      Optional<Entry> loaded = jdbi.withHandle(load::load);
      loaded.ifPresent(entry -> byName.put(name, entry));
      return loaded;
    }

    /** The default configuration's name, loading it with {@code load}. */
    Optional<String> defaultName(Jdbi jdbi, Loader<Optional<String>> load) {
      Optional<String> cached = defaultName.get();
      if (cached != null) {
        return cached;
      }
      Optional<String> loaded = jdbi.withHandle(load::load);
      defaultName.set(loaded);
      return loaded;
    }
  }

  private final Jdbi jdbi;
  private final LongSupplier nanoTime;
  private final long recheckNanos;
  private final Object installing = new Object();
  private long generation;
  private volatile Snapshot snapshot;

  ConfigurationCache(Jdbi jdbi, LongSupplier nanoTime, Duration recheck) {
    this.jdbi = jdbi;
    this.nanoTime = nanoTime;
    this.recheckNanos = recheck.toNanos();
  }

  /** What is stored now, as far as this node knows: a snapshot to read from, for one call. */
  Snapshot snapshot() {
    return current();
  }

  /** Forgets everything read; call after this node's settings write has committed. */
  void invalidate() {
    synchronized (installing) {
      generation++;
      snapshot = null;
    }
  }

  /** Raises the settings version within a write's transaction. */
  static void bump(Handle handle) {
    handle.createUpdate("UPDATE settings_version SET version = version + 1 WHERE id = 1").execute();
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    long now = nanoTime.getAsLong();
    if (current != null && now - current.checkedAt < recheckNanos) {
      return current;
    }
    long seenGeneration;
    synchronized (installing) {
      seenGeneration = generation;
    }
    long version =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT version FROM settings_version WHERE id = 1")
                    .mapTo(Long.class)
                    .one());
    if (current != null && current.version == version) {
      current.checkedAt = now;
      return current;
    }
    Snapshot fresh = new Snapshot(version, now);
    synchronized (installing) {
      // a write of this node committed meanwhile: the version read may predate it
      if (generation == seenGeneration) {
        snapshot = fresh;
      }
    }
    return fresh;
  }

  /** Reads from the database. */
  @FunctionalInterface
  interface Loader<T> {
    T load(Handle handle);
  }
}
