package io.duoctl.app.console;

import java.time.Duration;

/**
 * What the console needs from operator accounts: signing in and the one-time creation of the first
 * operator. Implemented over the core's operator service; tests may use a small fake.
 */
interface OperatorGate {
  /**
   * Checks a username and password; returns the operator's username as stored.
   *
   * @throws Refused when the pair is wrong or sign-in is throttled
   */
  String signIn(String username, char[] password, String clientAddress);

  /** Whether no operator exists yet, so the setup page may create the first one. */
  boolean setupPending();

  /**
   * Creates the first operator with the setup token printed at server start; returns its username.
   *
   * @throws Refused when the token is wrong or an operator already exists, or the input is invalid
   */
  String completeSetup(String token, String username, char[] password);

  /** Sign-in or setup was refused; {@code retryAfter} is set when attempts are throttled. */
  final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    Refused(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, or null when not throttled. */
    Duration retryAfter() {
      return retryAfter;
    }
  }
}
