package io.duoctl.app.console;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Operators in memory, with a fixed setup token and a switch that throttles every sign-in. */
final class FakeOperators implements OperatorGate {
  static final String SETUP_TOKEN = "setup-token-for-tests";

  private final Map<String, char[]> passwords = new ConcurrentHashMap<>();
  volatile Duration throttled;

  @Override
  public String signIn(String username, char[] password, String clientAddress) {
    if (throttled != null) {
      throw new Refused("throttled", throttled);
    }
    char[] stored = passwords.get(username);
    if (stored == null || !Arrays.equals(stored, password)) {
      throw new Refused("Wrong username or password.", null);
    }
    return username;
  }

  @Override
  public boolean setupPending() {
    return passwords.isEmpty();
  }

  @Override
  public String completeSetup(String token, String username, char[] password) {
    if (!setupPending() || !SETUP_TOKEN.equals(token)) {
      throw new Refused("That setup token is not valid.", null);
    }
    passwords.put(username, password.clone());
    return username;
  }
}
