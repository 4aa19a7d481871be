package io.duoctl.client.auth;

import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * A device preauth offers for authentication.
 *
 * @param device the device id, to pass as {@code device} to auth
 * @param type {@code phone} or {@code token}
 * @param name the device's name, or null
 * @param number the masked phone number, or null
 * @param displayName what to show the user, e.g. {@code iOS (XXX-XXX-0100)}, or null
 * @param smsNextcode the first digit of the next SMS passcode, or null
 * @param capabilities a subset of {@code auto}, {@code push}, {@code sms}, {@code phone}, {@code
 *     mobile_otp}
 */
public record Device(
    String device,
    String type,
    String name,
    String number,
    String displayName,
    String smsNextcode,
    List<String> capabilities) {

  public Device {
    capabilities = Copies.list(capabilities);
  }

  /** Whether the device can do {@code capability} (e.g. {@code push}). */
  public boolean can(String capability) {
    return capabilities.contains(capability);
  }
}
