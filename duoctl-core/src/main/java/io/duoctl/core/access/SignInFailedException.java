package io.duoctl.core.access;

/**
 * The username or password was wrong. The message is the same for an unknown user and a wrong
 * password, so it tells an attacker nothing.
 */
public final class SignInFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SignInFailedException() {
    super("wrong username or password");
  }
}
