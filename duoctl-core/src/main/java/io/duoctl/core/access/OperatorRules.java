package io.duoctl.core.access;

import io.duoctl.core.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Input rules for operators; each check names the field and the fix. */
final class OperatorRules {
  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 1024;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private OperatorRules() {}

  static void checkUsername(String username, List<FieldError> errors) {
    if (username == null || username.isBlank()) {
      errors.add(new FieldError("username", "is required; enter the name to sign in with"));
    } else if (!USERNAME.matcher(username).matches()) {
      errors.add(
          new FieldError(
              "username",
              "must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit"
                  + " (e.g. jane.doe)"));
    }
  }

  static void checkPassword(char[] password, String username, List<FieldError> errors) {
    if (password == null || password.length == 0) {
      errors.add(
          new FieldError("password", "is required; choose a passphrase of 12 or more characters"));
    } else if (password.length < MIN_PASSWORD) {
      errors.add(
          new FieldError(
              "password",
              "must be at least "
                  + MIN_PASSWORD
                  + " characters; a few unrelated words make a strong, memorable passphrase"));
    } else if (password.length > MAX_PASSWORD) {
      errors.add(
          new FieldError(
              "password", "must be at most " + MAX_PASSWORD + " characters; shorten it"));
    } else if (isBlank(password)) {
      errors.add(new FieldError("password", "must not be only spaces; choose a real passphrase"));
    } else if (username != null && sameIgnoringCase(username, password)) {
      errors.add(new FieldError("password", "must not be the username; choose another passphrase"));
    }
  }

  static void checkRole(ApiScope role, List<FieldError> errors) {
    if (role == null) {
      errors.add(new FieldError("role", "is required; use admin, run or read"));
    }
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidOperatorException(new ArrayList<>(errors));
    }
  }

  /** The case-insensitive key of a username. */
  static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean sameIgnoringCase(String username, char[] password) {
    if (username.length() != password.length) {
      return false;
    }
    for (int i = 0; i < password.length; i++) {
      if (Character.toLowerCase(username.charAt(i)) != Character.toLowerCase(password[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char[] password) {
    for (char c : password) {
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
