package io.duoctl.client.admin.settings;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * The account's global settings. The ones an MSP most often reads are typed; every other field Duo
 * sends is in {@code extra}. Any value may be null.
 *
 * @param name the account name
 * @param callerId the caller id shown on Duo's phone calls
 * @param fraudEmail where fraud reports go
 * @param fraudEmailEnabled whether fraud reports are emailed
 * @param helpdeskBypass {@code allow}, {@code limit} or {@code deny}
 * @param helpdeskBypassExpiration minutes a help-desk bypass lasts when limited
 * @param helpdeskMessage the message shown to help-desk administrators
 * @param inactiveUserExpiration days until inactive users are removed, 0 for never
 * @param language {@code EN}, {@code DE} or {@code FR}
 * @param lockoutThreshold failed attempts before a user is locked out
 * @param lockoutExpireDuration minutes until a lockout ends by itself; 0 or null for manual unlock
 * @param logRetentionDays how long logs are kept
 * @param minimumPasswordLength the minimum administrator password length
 * @param smsBatch how many passcodes one SMS carries
 * @param smsExpiration minutes SMS passcodes stay valid
 * @param smsMessage the SMS passcode text
 * @param telephonyWarningMin the credit balance that triggers a warning
 * @param timezone the IANA time zone
 * @param userTelephonyCostMax the most credits one user may spend per authentication
 * @param extra every other field Duo sent
 */
public record Settings(
    String name,
    String callerId,
    String fraudEmail,
    Boolean fraudEmailEnabled,
    String helpdeskBypass,
    Integer helpdeskBypassExpiration,
    String helpdeskMessage,
    Integer inactiveUserExpiration,
    String language,
    Integer lockoutThreshold,
    Integer lockoutExpireDuration,
    Integer logRetentionDays,
    Integer minimumPasswordLength,
    Integer smsBatch,
    Integer smsExpiration,
    String smsMessage,
    Integer telephonyWarningMin,
    String timezone,
    Double userTelephonyCostMax,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public Settings {
    extra = Copies.map(extra);
  }
}
