package io.duoctl.client.auth;

import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * What Duo says about a user before authentication.
 *
 * @param result {@code auth} (authenticate with a device), {@code allow} (bypass), {@code deny} or
 *     {@code enroll}
 * @param statusMsg the human-readable status, or null
 * @param devices the devices to authenticate with (for {@code auth})
 * @param enrollPortalUrl where to enroll (for {@code enroll}), or null
 * @param txid the verified-push transaction, when the client supports it, or null
 */
public record Preauth(
    String result, String statusMsg, List<Device> devices, String enrollPortalUrl, String txid) {

  public Preauth {
    devices = Copies.list(devices);
  }
}
