package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.LogCursor;
import io.duoctl.emulator.admin.internal.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One authentication log entry (admin-api.md §6.15). Immutable.
 *
 * @param txid the transaction ID (a UUID)
 * @param time when it happened (millisecond precision is what the cursor sees)
 * @param eventType {@code authentication} or {@code enrollment}
 * @param factor e.g. {@code duo_push}, {@code passcode}, {@code bypass_code}, {@code sms_passcode},
 *     {@code phone_call}, {@code not_available}
 * @param result {@code success}, {@code denied} or {@code fraud}
 * @param reason e.g. {@code user_approved}, {@code invalid_passcode}, {@code locked_out}
 * @param user who authenticated
 * @param application the integration the authentication went through
 * @param accessDevice where the login came from
 * @param authDevice the device that answered, or null
 * @param email the user's email, may be empty
 * @param alias the username or alias the user logged in with, may be empty
 */
public record AuthLogEntry(
    String txid,
    Instant time,
    String eventType,
    String factor,
    String result,
    String reason,
    Subject user,
    Party application,
    AccessDevice accessDevice,
    AuthDevice authDevice,
    String email,
    String alias) {

  public AuthLogEntry {
    Objects.requireNonNull(txid, "txid");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(accessDevice, "accessDevice");
    email = email == null ? "" : email;
    alias = alias == null ? "" : alias;
  }

  /** Milliseconds since the epoch, as the v2 cursor carries it. */
  public long epochMilli() {
    return time.toEpochMilli();
  }

  /** This entry's place in the v2 log: its millisecond and {@code txid}. */
  public LogCursor position() {
    return new LogCursor(epochMilli(), txid);
  }

  /** The v2 JSON entry, keys in alphabetical order. */
  public Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("access_device", accessDevice.view());
    view.put("adaptive_trust_assessments", Map.of());
    view.put("alias", alias);
    view.put("application", application.view());
    view.put("auth_device", authDevice == null ? null : authDevice.view());
    view.put("email", email);
    view.put("event_type", eventType);
    view.put("factor", factor);
    view.put("isotimestamp", Timestamps.isoMicros(time));
    view.put("ood_software", null);
    view.put("reason", reason);
    view.put("result", result);
    view.put("timestamp", time.getEpochSecond());
    view.put("trusted_endpoint_status", "not trusted");
    view.put("txid", txid);
    view.put("user", user.view());
    return view;
  }

  /** A key and a name, e.g. the application. */
  public record Party(String key, String name) {
    public Party {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
    }

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("key", key);
      view.put("name", name);
      return view;
    }
  }

  /**
   * The user: key {@code DU…}, username, the names of their groups (shown) and the groups' keys
   * (for the {@code groups} filter, not shown).
   */
  public record Subject(String key, String name, List<String> groups, List<String> groupKeys) {
    public Subject {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      groups = List.copyOf(groups);
      groupKeys = List.copyOf(groupKeys);
    }

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("groups", groups);
      view.put("key", key);
      view.put("name", name);
      return view;
    }
  }

  /** A geolocation; any part may be empty. */
  public record Location(String city, String state, String country) {
    /** No known location. */
    public static final Location UNKNOWN = new Location("", "", "");

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("city", city);
      view.put("country", country);
      view.put("state", state);
      return view;
    }
  }

  /** The device the login came from. */
  public record AccessDevice(
      String ip, String hostname, Location location, String browser, String os) {

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("browser", browser);
      view.put("browser_version", null);
      view.put("epkey", null);
      view.put("flash_version", null);
      view.put("hostname", hostname);
      view.put("ip", ip);
      view.put("is_encryption_enabled", "unknown");
      view.put("is_firewall_enabled", "unknown");
      view.put("is_password_set", "unknown");
      view.put("java_version", null);
      view.put("location", (location == null ? Location.UNKNOWN : location).view());
      view.put("os", os);
      view.put("os_version", null);
      view.put("security_agents", "unknown");
      return view;
    }
  }

  /** The device that answered the second factor. */
  public record AuthDevice(String key, String name, String ip, Location location) {

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("ip", ip);
      view.put("key", key);
      view.put("location", (location == null ? Location.UNKNOWN : location).view());
      view.put("name", name);
      return view;
    }
  }
}
