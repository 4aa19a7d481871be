package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies the user fields of a create or modify request to a builder (admin-api.md §5.1, §3):
 * {@code aliases} in its URL-encoded form (up to eight, blank removes) or the legacy {@code
 * alias1..alias4}, never both; {@code status} only {@code active/bypass/disabled}; {@code
 * custom_attributes.<name>}.
 */
final class UserParams {

  private static final String CUSTOM = "custom_attributes.";

  private UserParams() {}

  /** The changed fields, for the administrator log. */
  static Map<String, Object> apply(ApiCall call, User.Builder user) {
    Map<String, Object> changed = new LinkedHashMap<>();
    for (String field :
        List.of("username", "realname", "email", "notes", "firstname", "lastname")) {
      call.param(field)
          .ifPresent(
              value -> {
                changed.put(field, value);
                switch (field) {
                  case "username" -> user.username(value);
                  case "realname" -> user.realname(value);
                  case "email" -> user.email(value);
                  case "notes" -> user.notes(value);
                  case "firstname" -> user.firstname(value);
                  default -> user.lastname(value);
                }
              });
    }
    call.param("status")
        .ifPresent(
            s -> {
              user.status(UserStatus.settable(s));
              changed.put("status", s);
            });
    ParamValues.bool(call, "enable_auto_prompt")
        .ifPresent(
            v -> {
              user.enableAutoPrompt(v);
              changed.put("enable_auto_prompt", v);
            });
    applyAliases(call, user, changed);
    Map<String, String> custom = new LinkedHashMap<>(user.customAttributes);
    call.params()
        .asMap()
        .forEach(
            (key, values) -> {
              if (key.startsWith(CUSTOM) && key.length() > CUSTOM.length()) {
                custom.put(key.substring(CUSTOM.length()), values.get(0));
              }
            });
    if (!custom.equals(user.customAttributes)) {
      user.customAttributes(custom);
      changed.put("custom_attributes", custom);
    }
    return changed;
  }

  private static void applyAliases(ApiCall call, User.Builder user, Map<String, Object> changed) {
    boolean legacy = false;
    for (int n = 1; n <= 4; n++) {
      if (call.params().has("alias" + n)) {
        legacy = true;
      }
    }
    if (call.params().has("aliases")) {
      if (legacy) {
        throw DuoError.invalidParameter("aliases");
      }
      Params aliases;
      try {
        aliases = Params.parseUrlEncoded(call.param("aliases").orElse(""));
      } catch (IllegalArgumentException malformed) {
        throw DuoError.invalidParameter("aliases");
      }
      aliases
          .asMap()
          .forEach(
              (key, values) -> {
                int n = aliasNumber(key, User.MAX_ALIASES);
                if (n < 0 || values.size() != 1) {
                  throw DuoError.invalidParameter("aliases");
                }
                user.alias(n, values.get(0));
              });
      changed.put("aliases", call.param("aliases").get());
      return;
    }
    for (int n = 1; n <= 4; n++) {
      int number = n;
      call.param("alias" + n)
          .ifPresent(
              v -> {
                user.alias(number, v);
                changed.put("alias" + number, v);
              });
    }
  }

  private static int aliasNumber(String key, int max) {
    if (!key.startsWith("alias") || key.length() != 6) {
      return -1;
    }
    int n = key.charAt(5) - '0';
    return n >= 1 && n <= max ? n : -1;
  }

  /**
   * Runs a directory change, reporting a colliding alias as {@code aliases} when the request used
   * that form (§7.3).
   */
  static <T> T naming(ApiCall call, Supplier<T> change) {
    try {
      return change.get();
    } catch (DuoError error) {
      if (call.params().has("aliases")
          && error.detail() != null
          && error.detail().startsWith("alias")) {
        throw DuoError.invalidParameter("aliases");
      }
      throw error;
    }
  }
}
