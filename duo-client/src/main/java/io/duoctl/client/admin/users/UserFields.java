package io.duoctl.client.admin.users;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The optional user attributes shared by {@link NewUser} and {@link UserUpdate}, and how Duo spells
 * them. The public records check them first.
 */
record UserFields(
    String realname,
    String firstname,
    String lastname,
    String email,
    UserStatus status,
    String notes,
    List<String> aliases,
    Boolean enableAutoPrompt) {

  static final int MAX_ALIASES = 8;

  /** An immutable copy of {@code aliases} after checking Duo's limits; null stays null. */
  static List<String> checkedAliases(List<String> aliases) {
    if (aliases == null) {
      return null;
    }
    Require.noBlankElements(aliases, "aliases");
    if (aliases.size() > MAX_ALIASES) {
      throw new IllegalArgumentException(
          "aliases holds " + aliases.size() + " entries; Duo allows at most " + MAX_ALIASES);
    }
    return List.copyOf(aliases);
  }

  boolean isEmpty() {
    return realname == null
        && firstname == null
        && lastname == null
        && email == null
        && status == null
        && notes == null
        && aliases == null
        && enableAutoPrompt == null;
  }

  Params encode(Params params) {
    Params out =
        params
            .withIfPresent("realname", realname)
            .withIfPresent("firstname", firstname)
            .withIfPresent("lastname", lastname)
            .withIfPresent("email", email)
            .withIfPresent("notes", notes);
    if (status != null) {
      out = out.with("status", status.wireValue());
    }
    if (aliases != null) {
      out = out.with("aliases", encodeAliases(aliases));
    }
    if (enableAutoPrompt != null) {
      out = out.with("enable_auto_prompt", Wire.bool(enableAutoPrompt));
    }
    return out;
  }

  /** Duo's {@code aliases} value: {@code alias1=joe&alias2=j%40x.com}. */
  private static String encodeAliases(List<String> aliases) {
    StringJoiner joined = new StringJoiner("&");
    for (int i = 0; i < aliases.size(); i++) {
      joined.add(
          "alias" + (i + 1) + "=" + URLEncoder.encode(aliases.get(i), StandardCharsets.UTF_8));
    }
    return joined.toString();
  }

  static Params encodeCustomAttributes(Params params, Map<String, String> attributes) {
    Params out = params;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      out = out.with("custom_attributes." + e.getKey(), e.getValue());
    }
    return out;
  }
}
