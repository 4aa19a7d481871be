package io.duoctl.app.api;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;

/** A parent account in the emulator with its three API applications, and the JSON to save them. */
record DuoKeys(
    DuoEmulator duo,
    Account parent,
    IntegrationKeys auth,
    IntegrationKeys accounts,
    IntegrationKeys admin) {

  static DuoKeys givenMsp(DuoEmulator duo, String name) {
    Account parent = duo.givenParentAccount(name);
    return new DuoKeys(
        duo,
        parent,
        duo.givenAuthApi(parent),
        duo.givenAccountsApi(parent),
        duo.givenAdminApi(parent));
  }

  /** The PUT body that saves all three APIs, reached through the emulator's proxy. */
  String configurationJson(String adminSecret) {
    return """
        {"auth": %s, "accounts": %s, "admin": %s,
         "advanced": {"proxy": {"host": "127.0.0.1", "port": %d}, "allow_plain_http": true}}
        """
        .formatted(
            keys(auth, auth.secretKey()),
            keys(accounts, accounts.secretKey()),
            keys(admin, adminSecret),
            duo.proxyAddress().getPort());
  }

  String configurationJson() {
    return configurationJson(admin.secretKey());
  }

  private static String keys(IntegrationKeys k, String secret) {
    return """
        {"host": "%s", "integration_key": "%s", "secret_key": "%s"}"""
        .formatted(k.apiHostname(), k.integrationKey(), secret);
  }
}
