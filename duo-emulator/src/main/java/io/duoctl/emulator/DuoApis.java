package io.duoctl.emulator;

import io.duoctl.emulator.accounts.AccountsApi;
import io.duoctl.emulator.admin.activity.ActivityLogApi;
import io.duoctl.emulator.admin.admins.AdminsApi;
import io.duoctl.emulator.admin.authlog.AuthLogApi;
import io.duoctl.emulator.admin.bypass.BypassApi;
import io.duoctl.emulator.admin.directory.DirectorySyncApi;
import io.duoctl.emulator.admin.groups.GroupsApi;
import io.duoctl.emulator.admin.info.InfoApi;
import io.duoctl.emulator.admin.integrations.IntegrationsApi;
import io.duoctl.emulator.admin.logs.LogsApi;
import io.duoctl.emulator.admin.phones.PhonesApi;
import io.duoctl.emulator.admin.settings.SettingsApi;
import io.duoctl.emulator.admin.tokens.TokensApi;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitorApi;
import io.duoctl.emulator.admin.users.UsersApi;
import io.duoctl.emulator.admin.webauthn.WebAuthnApi;
import io.duoctl.emulator.authapi.AuthApi;
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
        new UsersApi(),
        new PhonesApi(),
        new GroupsApi(),
        new TokensApi(),
        new WebAuthnApi(),
        new BypassApi(),
        new DirectorySyncApi(),
        new LogsApi(),
        new AuthApi(),
        new SettingsApi(),
        new AdminsApi(),
        new IntegrationsApi(),
        new InfoApi(),
        new AuthLogApi(),
        new ActivityLogApi(),
        new TrustMonitorApi());
  }
}
