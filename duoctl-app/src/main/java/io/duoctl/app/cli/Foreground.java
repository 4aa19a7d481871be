package io.duoctl.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a serving command in the foreground until Ctrl-C (the JVM's shutdown) or interruption. On
 * Ctrl-C the JVM waits, up to half a minute, for the command to close what it started (declare the
 * foreground first in try-with-resources, so that it is closed last).
 */
final class Foreground implements AutoCloseable {
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;

  private Foreground(String name) {
    hook = new Thread(this::stopAndWaitForClose, name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Enters the foreground; the shutdown hook is named {@code name}. */
  static Foreground enter(String name) {
    return new Foreground(name);
  }

  /**
   * Waits for Ctrl-C or this thread's interruption, and says whether it was interrupted (the flag
   * is cleared so that the caller can close cleanly, then restore it).
   */
  boolean awaitStop() {
    try {
      stopRequested.await();
      return false;
    } catch (InterruptedException interrupted) {
      return true;
    }
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is exiting; its hook returns now that everything is closed.
    }
  }

  private void stopAndWaitForClose() {
    stopRequested.countDown();
    try {
      closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
