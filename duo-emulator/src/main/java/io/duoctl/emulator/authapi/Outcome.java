package io.duoctl.emulator.authapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an authentication ends, on the wire and in the log: {@code result}, {@code status} and {@code
 * status_msg} of the Auth API (signing-auth-accounts.md §4 status table) and the auth log's {@code
 * result} and {@code reason} (admin-api.md §6.15).
 */
record Outcome(
    String result, String status, String statusMessage, String logResult, String logReason) {

  static final String SUCCESS = "Success. Logging you in...";

  static final Outcome APPROVED = allow("allow", SUCCESS, "user_approved");
  static final Outcome VALID_PASSCODE = allow("allow", SUCCESS, "valid_passcode");
  static final Outcome BYPASS_USER =
      allow("bypass", "Bypassing Duo authentication.", "bypass_user");
  static final Outcome DENIED = deny("deny", "Login request denied.", "denied", "user_mistake");
  static final Outcome FRAUD =
      deny("fraud", "Login request reported as fraud.", "fraud", "user_marked_fraud");
  static final Outcome PUSH_TIMEOUT = deny("timeout", "Login timed out.", "denied", "no_response");
  static final Outcome CALL_TIMEOUT =
      deny("timeout", "No keypress detected. Please try again.", "denied", "no_keys_pressed");
  static final Outcome INVALID_PASSCODE =
      deny("deny", "Incorrect passcode. Please try again.", "denied", "invalid_passcode");
  static final Outcome LOCKED_OUT =
      deny(
          "locked_out",
          "Your account has been locked out due to excessive authentication failures.",
          "denied",
          "locked_out");
  static final Outcome DISABLED =
      deny("deny", "Your account is disabled.", "denied", "user_disabled");
  static final Outcome UNENROLLED =
      deny("deny", "Enroll an authentication device to proceed.", "denied", "deny_unenrolled_user");
  static final Outcome SMS_SENT = deny("sent", "New SMS passcodes sent.", null, null);

  private static Outcome allow(String status, String message, String reason) {
    return new Outcome("allow", status, message, "success", reason);
  }

  private static Outcome deny(String status, String message, String logResult, String reason) {
    return new Outcome("deny", status, message, logResult, reason);
  }

  /** Whether the authentication is written to the log (sending SMS passcodes is not one). */
  boolean logged() {
    return logReason != null;
  }

  /** The synchronous {@code /auth} and final {@code /auth_status} answer. */
  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("result", result);
    view.put("status", status);
    view.put("status_msg", statusMessage);
    return view;
  }
}
