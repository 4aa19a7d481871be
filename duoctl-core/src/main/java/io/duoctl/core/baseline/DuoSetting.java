package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Duo account settings a baseline may name ({@code /admin/v1/settings}, admin-api.md §6.14), by
 * Duo's parameter name, with Duo's types and ranges. {@code name} is each account's own and not
 * among them; neither are the parameters Duo ignores ({@code push_enabled}, …). Policies (v2) are
 * not: their section catalogue is not documented.
 */
public enum DuoSetting {
  CALLER_ID("caller_id", SettingType.text(20)),
  EMAIL_ACTIVITY_NOTIFICATION_ENABLED("email_activity_notification_enabled", SettingType.flag()),
  ENROLLMENT_UNIVERSAL_PROMPT_ENABLED("enrollment_universal_prompt_enabled", SettingType.flag()),
  FRAUD_EMAIL("fraud_email", SettingType.email()),
  FRAUD_EMAIL_ENABLED("fraud_email_enabled", SettingType.flag()),
  GLOBAL_SSP_POLICY_ENFORCED("global_ssp_policy_enforced", SettingType.flag()),
  HELPDESK_BYPASS("helpdesk_bypass", SettingType.choice("allow", "limit", "deny")),
  HELPDESK_BYPASS_EXPIRATION("helpdesk_bypass_expiration", SettingType.whole(0, 525_600)),
  HELPDESK_CAN_SEND_ENROLL_EMAIL("helpdesk_can_send_enroll_email", SettingType.flag()),
  HELPDESK_MESSAGE("helpdesk_message", SettingType.text(200)),
  INACTIVE_USER_EXPIRATION("inactive_user_expiration", SettingType.wholeOrOff(30, 365)),
  KEYPRESS_CONFIRM("keypress_confirm", SettingType.keypress()),
  KEYPRESS_FRAUD("keypress_fraud", SettingType.keypress()),
  LANGUAGE("language", SettingType.choice("EN", "DE", "FR")),
  LOCKOUT_EXPIRE_DURATION("lockout_expire_duration", SettingType.wholeOrNone(5, 30_000)),
  LOCKOUT_THRESHOLD("lockout_threshold", SettingType.whole(1, 9_999)),
  LOG_RETENTION_DAYS("log_retention_days", SettingType.wholeOrNone(1, 365)),
  MINIMUM_PASSWORD_LENGTH("minimum_password_length", SettingType.whole(12, 100)),
  PASSWORD_REQUIRES_LOWER_ALPHA("password_requires_lower_alpha", SettingType.flag()),
  PASSWORD_REQUIRES_NUMERIC("password_requires_numeric", SettingType.flag()),
  PASSWORD_REQUIRES_SPECIAL("password_requires_special", SettingType.flag()),
  PASSWORD_REQUIRES_UPPER_ALPHA("password_requires_upper_alpha", SettingType.flag()),
  PENDING_DELETION_DAYS("pending_deletion_days", SettingType.whole(1, 30)),
  PUSH_ACTIVITY_NOTIFICATION_ENABLED("push_activity_notification_enabled", SettingType.flag()),
  SECURITY_CHECKUP_ENABLED("security_checkup_enabled", SettingType.flag()),
  SMS_BATCH("sms_batch", SettingType.whole(1, 10)),
  SMS_EXPIRATION("sms_expiration", SettingType.wholeOrNone(1, 525_600)),
  SMS_MESSAGE("sms_message", SettingType.text(160)),
  SMS_REFRESH("sms_refresh", SettingType.bit()),
  TELEPHONY_WARNING_MIN("telephony_warning_min", SettingType.whole(0, 1_000_000)),
  TIMEZONE("timezone", SettingType.timezone()),
  UNENROLLED_USER_LOCKOUT_THRESHOLD(
      "unenrolled_user_lockout_threshold", SettingType.wholeOrOff(1, 365)),
  USER_MANAGERS_CAN_PUT_USERS_IN_BYPASS(
      "user_managers_can_put_users_in_bypass", SettingType.flag()),
  USER_TELEPHONY_COST_MAX("user_telephony_cost_max", SettingType.decimal(0, 1_000));

  private final String field;
  private final SettingType type;

  DuoSetting(String field, SettingType type) {
    this.field = field;
    this.type = type;
  }

  /** Duo's parameter name, e.g. {@code lockout_threshold}. */
  public String field() {
    return field;
  }

  /** What a value must be, e.g. {@code a whole number from 1 to 9999}. */
  public String expected() {
    return type.expected();
  }

  /**
   * {@code given} (JSON, or its text as typed on a command line) in the form a baseline stores: a
   * number, a boolean ({@code sms_refresh}: 0 or 1, as Duo answers it) or text.
   *
   * @return empty when {@code given} is not a value of this setting
   */
  public Optional<JsonNode> canonical(JsonNode given) {
    return type.canonical(given);
  }

  /** A stored value as the POST parameter Duo takes, e.g. {@code 1} for true. */
  public String wire(JsonNode value) {
    return type.wire(value);
  }

  /**
   * Whether Duo's answer {@code actual} already is the stored {@code value}, with Duo's meaning:
   * {@code null} is 0 where 0 means none, the empty text where text is optional; numbers compare by
   * value ({@code 20} is {@code 20.0}), choices ignoring case.
   *
   * @param actual the field of Duo's settings object; null or a JSON null when Duo sent none
   */
  public boolean matches(JsonNode value, JsonNode actual) {
    return type.same(value, actual);
  }

  /** The setting of Duo's parameter {@code field}, if a baseline may name it. */
  public static Optional<DuoSetting> byField(String field) {
    return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst();
  }
}
