package io.duoctl.core.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Creates the first console operator through the web console, guarded by a one-time setup token.
 * While no operator exists, the server calls {@link #issueIfNeeded()} at start and prints the
 * token; whoever presents it to {@link #complete} creates an admin operator, and the token is
 * spent. The token lives only in this object's memory (one per server process). Wrong tokens are
 * throttled like wrong passwords, through the same database counts: after 5 within 15 minutes (20
 * from one client address, counting its failed sign-ins) the token is not checked until the window
 * lets one go. Thread-safe.
 */
public final class FirstOperatorSetup {
  /** The actor recorded in the audit log for the operator created here. */
  public static final String ACTOR = "first-operator-setup";

  private static final int TOKEN_BYTES = 24;

  /** The setup token's failures are counted under this key, which no username can take. */
  static final String THROTTLE_KEY = "#setup-token";

  private final OperatorService operators;
  private final SecureRandom random;
  private String token;

  public FirstOperatorSetup(OperatorService operators, SecureRandom random) {
    this.operators = operators;
    this.random = random;
  }

  /**
   * The setup token while no operator exists (the same one on every call until it is spent), or
   * empty when the console already has operators.
   */
  public synchronized Optional<String> issueIfNeeded() {
    if (!operators.none()) {
      token = null;
      return Optional.empty();
    }
    if (token == null) {
      byte[] bytes = new byte[TOKEN_BYTES];
      random.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    return Optional.of(token);
  }

  /** Whether a setup token is waiting to be used (so the console should offer the setup page). */
  public synchronized boolean pending() {
    return token != null && operators.none();
  }

  /**
   * Creates the first operator, with the admin role, and spends the token. If the username or
   * password is rejected, the token stays valid for another try.
   *
   * @param password wiped on return
   * @param clientAddress the address the attempt came from, for throttling (null or blank count as
   *     one shared "unknown" address)
   * @throws InvalidSetupTokenException if the token is wrong, none was issued, or an operator
   *     already exists
   * @throws SignInThrottledException after too many recent wrong tokens, or failures from the
   *     address; the token is not checked then
   * @throws InvalidOperatorException if the username or password is rejected
   */
  public synchronized Operator complete(
      String presentedToken, String username, char[] password, String clientAddress) {
    try {
      if (token == null || !operators.none()) {
        token = null;
        throw new InvalidSetupTokenException(
            "first-operator setup is already done; sign in, or ask an admin for an account");
      }
      operators.checkThrottle(THROTTLE_KEY, clientAddress);
      if (presentedToken == null
          || !MessageDigest.isEqual(
              token.getBytes(StandardCharsets.US_ASCII),
              presentedToken.strip().getBytes(StandardCharsets.UTF_8))) {
        operators.recordFailure(THROTTLE_KEY, clientAddress);
        throw new InvalidSetupTokenException(
            "wrong setup token; use the one the server printed when it started");
      }
      Operator created = operators.create(username, password, ApiScope.ADMIN, ACTOR);
      operators.clearFailures(THROTTLE_KEY);
      token = null;
      return created;
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }
}
