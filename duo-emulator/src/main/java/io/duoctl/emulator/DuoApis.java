package io.duoctl.emulator;

import io.duoctl.emulator.accounts.AccountsApi;
import io.duoctl.emulator.admin.admins.AdminsApi;
import io.duoctl.emulator.admin.authlog.AuthLogApi;
import io.duoctl.emulator.admin.integrations.IntegrationsApi;
import io.duoctl.emulator.admin.settings.SettingsApi;
import io.duoctl.emulator.authapi.AuthStatusApi;
import io.duoctl.emulator.http.RouteModule;
import java.util.List;

/** Every emulated API feature; one line per {@link RouteModule}. */
final class DuoApis {

  private DuoApis() {}

  static List<RouteModule> all() {
    return List.of(
        new AccountsApi(),
        new AuthStatusApi(),
        new SettingsApi(),
        new AdminsApi(),
        new IntegrationsApi(),
        new AuthLogApi());
  }
}
