package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An MSP in the emulator with child accounts, set up through the CLI: the Accounts API keys saved
 * with {@code config set} and the children imported and mapped with {@code orgs import-duo}.
 */
final class CliMsp {
  private static final AtomicInteger PARENTS = new AtomicInteger();

  final Map<String, Account> children = new LinkedHashMap<>();
  private final DuoEmulator duo;
  private final CliHarness cli;

  CliMsp(DuoEmulator duo, CliHarness cli, String... childNames) {
    this.duo = duo;
    this.cli = cli;
    Account parent = duo.givenParentAccount("CLI MSP " + PARENTS.incrementAndGet());
    IntegrationKeys accounts = duo.givenAccountsApi(parent);
    for (String name : childNames) {
      children.put(name, duo.givenChildAccount(parent, name));
    }
    Result set =
        cli.runWithStdin(
            "accounts=" + accounts.secretKey() + "\n",
            "config",
            "set",
            "--accounts-host",
            accounts.apiHostname(),
            "--accounts-ikey",
            accounts.integrationKey(),
            "--proxy",
            "127.0.0.1:" + duo.proxyAddress().getPort(),
            "--allow-plain-http",
            "--secret-keys-from-stdin");
    assertThat(set.code()).as(set.err()).isZero();
    Result imported = cli.run("orgs", "import-duo");
    assertThat(imported.code()).as(imported.err()).isZero();
  }

  Account child(String name) {
    return children.get(name);
  }

  /** The users Duo holds for the child account {@code org}. */
  UserDirectory users(String org) {
    return UserDirectory.of(duo.world(), child(org));
  }

  /** Creates {@code username} in {@code org} with {@code duoctl users create}; its Duo user_id. */
  String createUser(String org, String username) {
    cli.ok("users", "create", username, "--org", org);
    return users(org).byUsernameOrAlias(username).orElseThrow().userId();
  }
}
