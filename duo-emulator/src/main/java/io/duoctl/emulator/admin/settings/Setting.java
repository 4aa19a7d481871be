package io.duoctl.emulator.admin.settings;

import java.util.Optional;
import java.util.Set;

/**
 * The settings of {@code /admin/v1/settings} (admin-api.md §6.14) with their ranges and Duo's
 * defaults. {@code name} is the account's name and has no default here.
 */
enum Setting {
  CALLER_ID("caller_id", SettingKind.text(20), ""),
  EMAIL_ACTIVITY_NOTIFICATION_ENABLED(
      "email_activity_notification_enabled", SettingKind.bool(), false),
  ENROLLMENT_UNIVERSAL_PROMPT_ENABLED(
      "enrollment_universal_prompt_enabled", SettingKind.bool(), true),
  FRAUD_EMAIL("fraud_email", SettingKind.email(), ""),
  FRAUD_EMAIL_ENABLED("fraud_email_enabled", SettingKind.bool(), false),
  GLOBAL_SSP_POLICY_ENFORCED("global_ssp_policy_enforced", SettingKind.bool(), false),
  HELPDESK_BYPASS("helpdesk_bypass", SettingKind.choice("allow", "limit", "deny"), "allow"),
  HELPDESK_BYPASS_EXPIRATION("helpdesk_bypass_expiration", SettingKind.range(0, 525_600), 0L),
  HELPDESK_CAN_SEND_ENROLL_EMAIL("helpdesk_can_send_enroll_email", SettingKind.bool(), false),
  HELPDESK_MESSAGE("helpdesk_message", SettingKind.text(200), ""),
  INACTIVE_USER_EXPIRATION("inactive_user_expiration", SettingKind.zeroOrRange(30, 365), 0L),
  KEYPRESS_CONFIRM("keypress_confirm", SettingKind.keypress(), "#"),
  KEYPRESS_FRAUD("keypress_fraud", SettingKind.keypress(), "0"),
  LANGUAGE("language", SettingKind.choice("EN", "DE", "FR"), "EN"),
  LOCKOUT_EXPIRE_DURATION("lockout_expire_duration", SettingKind.optionalRange(5, 30_000), null),
  LOCKOUT_THRESHOLD("lockout_threshold", SettingKind.range(1, 9_999), 10L),
  LOG_RETENTION_DAYS("log_retention_days", SettingKind.optionalRange(1, 365), null),
  MINIMUM_PASSWORD_LENGTH("minimum_password_length", SettingKind.range(12, 100), 12L),
  NAME("name", SettingKind.nonBlankText(100), null),
  PASSWORD_REQUIRES_LOWER_ALPHA("password_requires_lower_alpha", SettingKind.bool(), false),
  PASSWORD_REQUIRES_NUMERIC("password_requires_numeric", SettingKind.bool(), false),
  PASSWORD_REQUIRES_SPECIAL("password_requires_special", SettingKind.bool(), false),
  PASSWORD_REQUIRES_UPPER_ALPHA("password_requires_upper_alpha", SettingKind.bool(), false),
  PENDING_DELETION_DAYS("pending_deletion_days", SettingKind.range(1, 30), 7L),
  PUSH_ACTIVITY_NOTIFICATION_ENABLED(
      "push_activity_notification_enabled", SettingKind.bool(), false),
  SECURITY_CHECKUP_ENABLED("security_checkup_enabled", SettingKind.bool(), true),
  SMS_BATCH("sms_batch", SettingKind.range(1, 10), 1L),
  SMS_EXPIRATION("sms_expiration", SettingKind.optionalRange(1, 525_600), null),
  SMS_MESSAGE("sms_message", SettingKind.text(160), ""),
  SMS_REFRESH("sms_refresh", SettingKind.bit(), 0),
  TELEPHONY_WARNING_MIN("telephony_warning_min", SettingKind.range(0, 1_000_000), 0L),
  TIMEZONE("timezone", SettingKind.timezone(), "UTC"),
  UNENROLLED_USER_LOCKOUT_THRESHOLD(
      "unenrolled_user_lockout_threshold", SettingKind.zeroOrRange(1, 365), 0L),
  USER_MANAGERS_CAN_PUT_USERS_IN_BYPASS(
      "user_managers_can_put_users_in_bypass", SettingKind.bool(), true),
  USER_TELEPHONY_COST_MAX("user_telephony_cost_max", SettingKind.decimal(0, 1_000), 20.0);

  /** Parameters Duo still accepts on POST but ignores (admin-api.md §6.14). */
  static final Set<String> IGNORED =
      Set.of(
          "push_enabled",
          "sms_enabled",
          "voice_enabled",
          "mobile_otp_enabled",
          "u2f_enabled",
          "reactivation_url",
          "reactivation_integration_key");

  private final String field;
  private final SettingKind kind;
  private final Object defaultValue;

  Setting(String field, SettingKind kind, Object defaultValue) {
    this.field = field;
    this.kind = kind;
    this.defaultValue = defaultValue;
  }

  String field() {
    return field;
  }

  Object defaultValue() {
    return defaultValue;
  }

  Object parse(String text) {
    return kind.parse(field, text);
  }

  static Optional<Setting> byField(String field) {
    for (Setting setting : values()) {
      if (setting.field.equals(field)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }
}
