package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET/POST /admin/v1/settings} (admin-api.md §5.16, §6.14). A POST must carry at least one
 * known setting; every value is checked before any is applied, so a bad one changes nothing.
 */
final class SettingsController {

  private final World world;

  SettingsController(World world) {
    this.world = world;
  }

  private static Map<String, Object> describe(Map<Setting, Object> changes) {
    Map<String, Object> description = new TreeMap<>();
    changes.forEach((setting, value) -> description.put(setting.field(), value));
    return description;
  }

  ApiResult get(ApiCall call) {
    return ApiResult.ok(AccountSettings.of(call.account()).view(call.account()));
  }

  ApiResult update(ApiCall call) {
    Map<Setting, Object> changes = new EnumMap<>(Setting.class);
    boolean anyKnown = false;
    for (Map.Entry<String, List<String>> param : call.params().asMap().entrySet()) {
      String field = param.getKey();
      if (Setting.IGNORED.contains(field)) {
        anyKnown = true;
        continue;
      }
      Setting setting = Setting.byField(field).orElse(null);
      if (setting != null) {
        anyKnown = true;
        changes.put(setting, setting.parse(param.getValue().get(0)));
      }
    }
    if (!anyKnown) {
      throw new DuoError(
          400, 40002, "Invalid request parameters", "at least one setting must be given");
    }
    AccountSettings settings = AccountSettings.of(call.account());
    synchronized (settings) {
      if (changes.containsKey(Setting.NAME)) {
        world.renameAccount(call.account(), (String) changes.get(Setting.NAME));
      }
      settings.apply(changes);
    }
    AdminLog.of(call.account()).recordApi(call, "customer_update", null, describe(changes));
    return ApiResult.ok(settings.view(call.account()));
  }
}
