package io.duoctl.client.admin.phones;

import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * A phone or tablet as the Admin API returns it. Enumerated strings keep Duo's response casing
 * ({@code Mobile}, {@code Apple iOS}); compare them case-insensitively.
 *
 * @param phoneId the phone id ({@code DP…})
 * @param number the E.164 number, empty for tablets, or null
 * @param extension the extension, possibly empty, or null
 * @param name the free-form label, or null
 * @param type {@code Mobile}, {@code Landline} or {@code Unknown}, or null
 * @param platform e.g. {@code Apple iOS}, {@code Google Android}, or null
 * @param model e.g. {@code Apple iPhone}, or null
 * @param predelay seconds to wait before speaking on a call, as a string, or null
 * @param postdelay seconds to wait after speaking on a call, as a string, or null
 * @param activated whether Duo Mobile is activated, or null
 * @param smsPasscodesSent whether SMS passcodes were sent, or null
 * @param capabilities a subset of {@code auto}, {@code push}, {@code phone}, {@code sms}, {@code
 *     mobile_otp}
 * @param lastSeen when Duo Mobile last checked in ({@code YYYY-MM-DDTHH:MM:SS}), or null
 * @param encrypted the disk encryption state, or null
 * @param fingerprint the biometric state, or null
 * @param screenlock the screen lock state, or null
 * @param tampered the tamper state, or null
 * @param users the users the phone belongs to (only on phone endpoints)
 */
public record Phone(
    String phoneId,
    String number,
    String extension,
    String name,
    String type,
    String platform,
    String model,
    String predelay,
    String postdelay,
    Boolean activated,
    Boolean smsPasscodesSent,
    List<String> capabilities,
    String lastSeen,
    String encrypted,
    String fingerprint,
    String screenlock,
    String tampered,
    List<UserSummary> users) {

  public Phone {
    capabilities = Copies.list(capabilities);
    users = Copies.list(users);
  }
}
