package io.duoctl.emulator.admin.admins;

import io.duoctl.emulator.admin.activity.ActivityEntry;
import io.duoctl.emulator.admin.activity.ActivityLog;
import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code /admin/v1/admins} (admin-api.md §5.9, schema §6.9): list, create (pending activation,
 * default role Owner), get, modify (status {@code Active}/{@code Disabled}; an Owner cannot be
 * disabled), delete, and reset of failed login attempts. Emails are unique.
 */
final class AdminsController {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{0,30}");

  private final World world;

  AdminsController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    return Paging.page(
        call, AdminDirectory.of(call.account()).list(), Paging.OTHERS_MAX, Administrator::view);
  }

  ApiResult get(ApiCall call) {
    return ApiResult.ok(require(call).view());
  }

  ApiResult create(ApiCall call) {
    String email = email(call.requiredParam("email"));
    String name = call.requiredParam("name").strip();
    String phone = call.param("phone").map(AdminsController::phone).orElse("");
    AdminRole role = call.param("role").map(AdminRole::parse).orElse(AdminRole.OWNER);
    boolean restricted = ParamValues.bool(call, "restricted_by_admin_units").orElse(false);
    ParamValues.integer(call, "valid_days", 1, 31);
    ParamValues.bool(call, "send_email");
    AdminDirectory directory = AdminDirectory.of(call.account());
    synchronized (directory) {
      if (directory.emailTaken(email, null)) {
        throw DuoError.invalidParameter("email");
      }
      Administrator admin =
          directory.add(
              new Administrator(
                  world.ids().next(IdKind.ADMIN),
                  name,
                  email,
                  phone,
                  role,
                  AdminStatus.PENDING_ACTIVATION,
                  call.now().getEpochSecond(),
                  null,
                  false,
                  restricted,
                  0));
      record(call, "admin_create", admin);
      return ApiResult.ok(admin.view());
    }
  }

  private void record(ApiCall call, String action, Administrator admin) {
    Map<String, Object> description = new TreeMap<>();
    description.put("email", admin.email());
    description.put("name", admin.name());
    description.put("role", admin.role().duoName());
    description.put("status", admin.status().duoName());
    AdminLog.of(call.account()).recordApi(call, action, admin.email(), description);
    if (call.integration() != null) {
      ActivityLog.of(call.account())
          .recordApiAction(
              world,
              call.account(),
              call.integration(),
              action,
              new ActivityEntry.Party(admin.adminId(), admin.name(), "admin"),
              description.toString());
    }
  }

  ApiResult modify(ApiCall call) {
    Administrator current = require(call);
    String name = call.param("name").map(String::strip).orElse(current.name());
    if (name.isEmpty()) {
      throw DuoError.invalidParameter("name");
    }
    String phone = call.param("phone").map(AdminsController::phone).orElse(current.phone());
    AdminRole role = call.param("role").map(AdminRole::parse).orElse(current.role());
    AdminStatus status =
        call.param("status").map(AdminsController::status).orElse(current.status());
    if (status == AdminStatus.DISABLED && role == AdminRole.OWNER) {
      throw new DuoError(
          400, 40002, "Invalid request parameters", "status: an Owner cannot be disabled");
    }
    boolean passwordChange =
        ParamValues.bool(call, "password_change_required").orElse(current.passwordChangeRequired());
    boolean restricted =
        ParamValues.bool(call, "restricted_by_admin_units")
            .orElse(current.restrictedByAdminUnits());
    Administrator changed =
        AdminDirectory.of(call.account())
            .update(
                current.adminId(),
                a ->
                    new Administrator(
                        a.adminId(),
                        name,
                        a.email(),
                        phone,
                        role,
                        status,
                        a.created(),
                        a.lastLogin(),
                        passwordChange,
                        restricted,
                        a.failedLoginAttempts()))
            .orElseThrow(DuoError::notFound);
    record(call, "admin_update", changed);
    return ApiResult.ok(changed.view());
  }

  ApiResult delete(ApiCall call) {
    Administrator admin = require(call);
    if (!AdminDirectory.of(call.account()).remove(admin.adminId())) {
      throw DuoError.notFound();
    }
    record(call, "admin_delete", admin);
    return ApiResult.empty();
  }

  ApiResult reset(ApiCall call) {
    boolean found =
        AdminDirectory.of(call.account())
            .update(
                call.pathVariable("admin_id"),
                a ->
                    new Administrator(
                        a.adminId(),
                        a.name(),
                        a.email(),
                        a.phone(),
                        a.role(),
                        a.status(),
                        a.created(),
                        a.lastLogin(),
                        a.passwordChangeRequired(),
                        a.restrictedByAdminUnits(),
                        0))
            .isPresent();
    if (!found) {
      throw DuoError.notFound();
    }
    return ApiResult.empty();
  }

  private static Administrator require(ApiCall call) {
    return AdminDirectory.of(call.account())
        .find(call.pathVariable("admin_id"))
        .orElseThrow(DuoError::notFound);
  }

  private static String email(String text) {
    String email = text.strip();
    if (!EMAIL.matcher(email).matches()) {
      throw DuoError.invalidParameter("email");
    }
    return email;
  }

  private static String phone(String text) {
    if (!PHONE.matcher(text).matches()) {
      throw DuoError.invalidParameter("phone");
    }
    String digits = text.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return "";
    }
    return text.strip().startsWith("+") ? "+" + digits : "+1" + digits;
  }

  private static AdminStatus status(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "active" -> AdminStatus.ACTIVE;
      case "disabled" -> AdminStatus.DISABLED;
      default -> throw DuoError.invalidParameter("status");
    };
  }
}
