package io.duoctl.client.admin.settings;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the global settings, as Duo's parameter names and values; at least one is required.
 * Build it with {@link #builder()}, whose typed setters check Duo's documented ranges; {@link
 * Builder#set} reaches any other setting.
 *
 * @param values parameter name to value, in the order they were set
 */
public record SettingsUpdate(Map<String, String> values) {

  public SettingsUpdate {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("a settings update needs at least one setting");
    }
    values.forEach(
        (name, value) -> {
          Require.text(name, "setting name");
          if (value == null) {
            throw new IllegalArgumentException("value of setting " + name + " must not be null");
          }
        });
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Builder builder() {
    return new Builder();
  }

  Params toParams() {
    Params params = Params.of();
    for (Map.Entry<String, String> e : values.entrySet()) {
      params = params.with(e.getKey(), e.getValue());
    }
    return params;
  }

  /** Collects settings changes. Not thread-safe. */
  public static final class Builder {
    private static final Set<String> HELPDESK_BYPASS = Set.of("allow", "limit", "deny");
    private static final Set<String> LANGUAGES = Set.of("EN", "DE", "FR");

    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {}

    /** Failed attempts (1–9999) before a user is locked out. */
    public Builder lockoutThreshold(int attempts) {
      Require.range(attempts, 1, 9999, "lockoutThreshold");
      return set("lockout_threshold", Integer.toString(attempts));
    }

    /** Minutes (5–30000) until a lockout ends by itself, or 0 for manual unlock only. */
    public Builder lockoutExpireDuration(int minutes) {
      if (minutes != 0) {
        Require.range(minutes, 5, 30000, "lockoutExpireDuration");
      }
      return set("lockout_expire_duration", Integer.toString(minutes));
    }

    /** Days (30–365) until inactive users are removed, or 0 to keep them. */
    public Builder inactiveUserExpiration(int days) {
      if (days != 0) {
        Require.range(days, 30, 365, "inactiveUserExpiration");
      }
      return set("inactive_user_expiration", Integer.toString(days));
    }

    /** {@code allow}, {@code limit} or {@code deny}. */
    public Builder helpdeskBypass(String policy) {
      if (!HELPDESK_BYPASS.contains(policy)) {
        throw new IllegalArgumentException("helpdeskBypass must be allow, limit or deny");
      }
      return set("helpdesk_bypass", policy);
    }

    /** Minutes a help-desk bypass lasts when {@code helpdeskBypass} is {@code limit}. */
    public Builder helpdeskBypassExpiration(int minutes) {
      Require.range(minutes, 1, Integer.MAX_VALUE, "helpdeskBypassExpiration");
      return set("helpdesk_bypass_expiration", Integer.toString(minutes));
    }

    /** The message for help-desk administrators, at most 200 characters. */
    public Builder helpdeskMessage(String message) {
      if (message.length() > 200) {
        throw new IllegalArgumentException("helpdeskMessage must be at most 200 characters");
      }
      return set("helpdesk_message", message);
    }

    /** Where fraud reports go. */
    public Builder fraudEmail(String email) {
      return set("fraud_email", Require.text(email, "fraudEmail"));
    }

    /** Whether fraud reports are emailed. */
    public Builder fraudEmailEnabled(boolean enabled) {
      return set("fraud_email_enabled", Wire.flag(enabled));
    }

    /** {@code EN}, {@code DE} or {@code FR}. */
    public Builder language(String language) {
      if (!LANGUAGES.contains(language)) {
        throw new IllegalArgumentException("language must be EN, DE or FR");
      }
      return set("language", language);
    }

    /** The IANA time zone, e.g. {@code Europe/Berlin}. */
    public Builder timezone(String zone) {
      return set("timezone", Require.text(zone, "timezone"));
    }

    /** The caller id of Duo's phone calls. */
    public Builder callerId(String callerId) {
      return set("caller_id", Require.text(callerId, "callerId"));
    }

    /** The most credits one user may spend per authentication. */
    public Builder userTelephonyCostMax(int credits) {
      Require.range(credits, 0, Integer.MAX_VALUE, "userTelephonyCostMax");
      return set("user_telephony_cost_max", Integer.toString(credits));
    }

    /** Any setting by Duo's parameter name and wire value (flags as {@code 1}/{@code 0}). */
    public Builder set(String name, String value) {
      values.put(Require.text(name, "setting name"), value);
      return this;
    }

    /**
     * @throws IllegalArgumentException if nothing was set
     */
    public SettingsUpdate build() {
      return new SettingsUpdate(values);
    }
  }
}
