package io.duoctl.emulator;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON object {@link DuoEmulator#describe()} prints at start. */
final class Description {

  private Description() {}

  static Map<String, Object> of(
      World world,
      String baseUrl,
      String httpsBaseUrl,
      String proxy,
      Path caFile,
      String controlToken) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("base_url", baseUrl);
    out.put("https_base_url", httpsBaseUrl);
    out.put("proxy", proxy);
    out.put("ca_certificate_path", caFile == null ? null : caFile.toAbsolutePath().toString());
    out.put("control_token", controlToken);
    out.put("hostnames", world.accounts().stream().map(Account::apiHostname).toList());
    List<Object> accounts = new ArrayList<>();
    for (Account account : world.accounts()) {
      accounts.add(account(world, account));
    }
    out.put("accounts", accounts);
    return out;
  }

  private static Map<String, Object> account(World world, Account account) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("account_id", account.id());
    out.put("name", account.name());
    out.put("api_hostname", account.apiHostname());
    out.put("parent_account_id", account.parentId().orElse(null));
    out.put("edition", account.edition().name());
    out.put("telephony_credits", account.telephonyCredits());
    List<Object> integrations = new ArrayList<>();
    for (Integration integration : world.integrationsOf(account.id())) {
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("integration_key", integration.integrationKey());
      keys.put("secret_key", integration.secretKey());
      keys.put("name", integration.name());
      keys.put("type", integration.type().duoName());
      keys.put(
          "permissions",
          integration.permissions().stream().map(Permission::name).sorted().toList());
      integrations.add(keys);
    }
    out.put("integrations", integrations);
    return out;
  }
}
