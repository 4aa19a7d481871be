package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoTarget;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failure caused by an organization's keys or directory key names the command that fixes it. */
class KeyFailureFixesEmulatorTest {
  private static final String WRONG = "w".repeat(40);

  private final EmulatedMsp msp = new EmulatedMsp();

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionResult run(String org, String action, String input) {
    return msp.runner().run(org, action, Json.of(input), RunOptions.as("cli:alice", ApiScope.RUN));
  }

  /** {@code name}'s Admin target, with its secret key replaced by a wrong one. */
  private void wrongAdminSecret(String name, Set<DuoApi> ownKeys) {
    ResolvedOrganization org = msp.organizations.get(name);
    DuoTarget right = org.target(DuoApi.ADMIN);
    DuoTarget wrong = new DuoTarget(right.host(), right.integrationKey(), WRONG, right.accountId());
    msp.organizations.put(
        name,
        new ResolvedOrganization(
            org.id(),
            org.name(),
            Map.of(DuoApi.ADMIN, wrong),
            org.directoryKey(),
            Map.of(),
            ownKeys));
  }

  @Test
  void refusedOwnKeys_nameOrgsSetKeysForThatOrganizationAndApi() {
    msp.ownKeysOrganization("Globex Corp");
    wrongAdminSecret("Globex Corp", Set.of(DuoApi.ADMIN));

    ActionResult result = run("Globex Corp", "users.list", "{}");

    assertThat(result.error().code()).isEqualTo(ErrorCode.DUO_AUTHENTICATION);
    assertThat(result.error().duoCode()).isEqualTo(40103);
    assertThat(result.error().message())
        .contains(
            "Duo refused Globex Corp's own Admin API keys: fix them with duoctl orgs set-keys"
                + " \"Globex Corp\" --api admin --host HOST --ikey IKEY")
        .contains("duoctl orgs check \"Globex Corp\"")
        .doesNotContain(WRONG);
  }

  @Test
  void refusedParentKeys_nameConfigSetForTheAccountsApi() {
    msp.childOrganization("Acme");
    wrongAdminSecret("Acme", Set.of());

    ActionResult result = run("Acme", "users.list", "{}");

    assertThat(result.error().code()).isEqualTo(ErrorCode.DUO_AUTHENTICATION);
    assertThat(result.error().message())
        .contains(
            "Duo refused the configuration's Accounts API keys: fix them with duoctl config set"
                + " --accounts-host HOST --accounts-ikey IKEY")
        .doesNotContain("orgs set-keys");
  }

  @Test
  void unknownStoredDirectoryKey_namesOrgsSetDirectoryKey() {
    msp.childOrganization("Acme");

    ActionResult result = run("Acme", "users.sync", "{'username': 'jdoe'}");

    assertThat(result.error().code()).isEqualTo(ErrorCode.DUO_NOT_FOUND);
    assertThat(result.error().message())
        .contains("Duo does not know the directory key")
        .contains("duoctl orgs set-directory-key Acme")
        .doesNotContain("dirkey-Acme");
  }

  @Test
  void missingDirectoryKey_namesOrgsSetDirectoryKey() {
    msp.childOrganization("Acme");
    ResolvedOrganization acme = msp.organizations.get("Acme");
    msp.organizations.put(
        "Acme",
        new ResolvedOrganization(acme.id(), acme.name(), acme.targets(), Optional.<Secret>empty()));

    ActionResult result = run("Acme", "users.sync", "{'username': 'jdoe'}");

    assertThat(result.error().message()).contains("duoctl orgs set-directory-key Acme");
  }
}
