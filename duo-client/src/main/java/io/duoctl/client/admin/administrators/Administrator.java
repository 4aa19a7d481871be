package io.duoctl.client.admin.administrators;

import io.duoctl.client.admin.tokens.HardwareToken;
import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * A Duo administrator.
 *
 * @param adminId the administrator id ({@code DE…})
 * @param name the full name
 * @param email the email address
 * @param phone the phone number, or null
 * @param role e.g. {@code Owner}, {@code Administrator}, {@code Help Desk}, or null when the
 *     edition has no roles
 * @param status {@code Active}, {@code Disabled}, {@code Expired} or {@code Pending Activation}
 * @param created when the administrator was created, Unix seconds, or null
 * @param lastLogin the last login, Unix seconds, or null if never
 * @param passwordChangeRequired whether a password change is due at next login, or null
 * @param restrictedByAdminUnits whether administrative units restrict the administrator, or null
 * @param adminUnits ids of the administrative units the administrator belongs to
 * @param hardtoken the attached hardware token, or null
 */
public record Administrator(
    String adminId,
    String name,
    String email,
    String phone,
    String role,
    String status,
    Long created,
    Long lastLogin,
    Boolean passwordChangeRequired,
    Boolean restrictedByAdminUnits,
    List<String> adminUnits,
    HardwareToken hardtoken) {

  public Administrator {
    adminUnits = Copies.list(adminUnits);
  }
}
