package io.duoctl.emulator.admin.admins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One administrator of an account (admin-api.md §6.9). Immutable.
 *
 * @param adminId {@code DE…}
 * @param created Unix seconds
 * @param lastLogin Unix seconds, or null if never
 * @param phone E.164 or empty
 * @param failedLoginAttempts failed console logins since the last reset
 */
public record Administrator(
    String adminId,
    String name,
    String email,
    String phone,
    AdminRole role,
    AdminStatus status,
    long created,
    Long lastLogin,
    boolean passwordChangeRequired,
    boolean restrictedByAdminUnits,
    int failedLoginAttempts) {

  public Administrator {
    Objects.requireNonNull(adminId, "adminId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
  }

  /** Duo's JSON for this administrator, keys in alphabetical order. */
  public Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("admin_id", adminId);
    view.put("admin_units", List.of());
    view.put("created", created);
    view.put("email", email);
    view.put("hardtoken", null);
    view.put("last_login", lastLogin);
    view.put("name", name);
    view.put("password_change_required", passwordChangeRequired);
    view.put("phone", phone);
    view.put("restricted_by_admin_units", restrictedByAdminUnits);
    view.put("role", role.duoName());
    view.put("status", status.duoName());
    return view;
  }
}
