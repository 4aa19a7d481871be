package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account's global settings ({@code /admin/v1/settings}, admin-api.md §6.14), starting at Duo's
 * defaults: lockout after 10 failed attempts, manual unlock, pending deletion for 7 days. Reach it
 * with {@link #of(Account)}. Thread-safe.
 */
public final class AccountSettings {

  private final Map<Setting, Object> values = new EnumMap<>(Setting.class);

  public AccountSettings() {
    for (Setting setting : Setting.values()) {
      if (setting != Setting.NAME) {
        values.put(setting, setting.defaultValue());
      }
    }
  }

  /** The settings of {@code account}, created at Duo's defaults on first use. */
  public static AccountSettings of(Account account) {
    return account.state(AccountSettings.class, AccountSettings::new);
  }

  /** Failed authentications in a row after which a user is locked out (1–9999, default 10). */
  public synchronized int lockoutThreshold() {
    return ((Long) values.get(Setting.LOCKOUT_THRESHOLD)).intValue();
  }

  /** Sets the lockout threshold (fixtures and tests). */
  public synchronized void lockoutThreshold(int threshold) {
    values.put(
        Setting.LOCKOUT_THRESHOLD, Setting.LOCKOUT_THRESHOLD.parse(Integer.toString(threshold)));
  }

  /**
   * Sets one setting by Duo's parameter name from its request text, parsed and checked as a POST
   * would (fixtures and tests).
   *
   * @throws IllegalArgumentException for a setting Duo does not have, or {@code name}, which is the
   *     account's
   * @throws io.duoctl.emulator.http.DuoError when Duo would refuse the value
   */
  public synchronized void set(String field, String text) {
    Setting setting =
        Setting.byField(field)
            .filter(s -> s != Setting.NAME)
            .orElseThrow(() -> new IllegalArgumentException("no setting " + field));
    values.put(setting, setting.parse(text));
  }

  /**
   * How long a lockout lasts before the user is unlocked by itself; empty when an administrator
   * must unlock (Duo's default).
   */
  public synchronized Optional<Duration> lockoutExpireDuration() {
    Long minutes = (Long) values.get(Setting.LOCKOUT_EXPIRE_DURATION);
    return Optional.ofNullable(minutes).map(Duration::ofMinutes);
  }

  /** Days a user stays in the Trash before being purged (default 7). */
  public synchronized int pendingDeletionDays() {
    return ((Long) values.get(Setting.PENDING_DELETION_DAYS)).intValue();
  }

  /** Days of inactivity after which users are removed; empty when off (the default). */
  public synchronized Optional<Integer> inactiveUserExpirationDays() {
    long days = (Long) values.get(Setting.INACTIVE_USER_EXPIRATION);
    return days == 0 ? Optional.empty() : Optional.of((int) days);
  }

  /** How many passcodes one SMS carries (1–10, default 1). */
  public synchronized int smsBatch() {
    return ((Long) values.get(Setting.SMS_BATCH)).intValue();
  }

  /** The help-desk bypass policy: {@code allow}, {@code limit} or {@code deny}. */
  public synchronized String helpdeskBypass() {
    return (String) values.get(Setting.HELPDESK_BYPASS);
  }

  /** Applies parsed values at once. */
  synchronized void apply(Map<Setting, Object> changes) {
    changes.forEach(
        (setting, value) -> {
          if (setting != Setting.NAME) {
            values.put(setting, value);
          }
        });
  }

  /** Duo's settings object, keys in alphabetical order, {@code name} from the account. */
  synchronized Map<String, Object> view(Account account) {
    Map<String, Object> view = new TreeMap<>();
    values.forEach((setting, value) -> view.put(setting.field(), value));
    view.put(Setting.NAME.field(), account.name());
    return view;
  }
}
