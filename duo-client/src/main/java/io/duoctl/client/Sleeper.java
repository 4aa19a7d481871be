package io.duoctl.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject one that records the
 * waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps the calling thread with {@link Thread#sleep(Duration)}. */
  Sleeper SYSTEM = Thread::sleep;

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
