package io.duoctl.app.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a serving command in the foreground until Ctrl-C (the JVM's shutdown) or interruption. */
final class Foreground {
  private Foreground() {}

  /**
   * Waits for the JVM's shutdown or this thread's interruption, and says whether it was
   * interrupted; the flag is cleared meanwhile so that the caller can stop its servers cleanly and
   * then restore it.
   */
  static boolean awaitShutdown(String hookName) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(stopped::countDown, hookName);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
      return false;
    } catch (InterruptedException interrupted) {
      return true;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM is exiting; the caller closes what it started.
      }
    }
  }
}
