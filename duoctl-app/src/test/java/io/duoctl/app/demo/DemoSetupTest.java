package io.duoctl.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class DemoSetupTest {
  @TempDir Path dataDir;
  DemoDuo duo;
  Duoctl duoctl;
  DemoSetup.DemoState state;

  @BeforeEach
  void setUp() {
    duo = DemoDuo.start(0);
    duoctl =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:tester"),
            Clock.systemUTC(),
            new DuoClientFactory(Clock.systemUTC(), d -> {}));
    state = new DemoSetup(duoctl).apply(duo);
  }

  @AfterEach
  void tearDown() {
    duoctl.close();
    duo.emulator().close();
  }

  @Test
  void apply_savesAllNineParameters_andEachApiValidates() {
    assertThat(state.validation().checks()).hasSize(3);
    assertThat(state.validation().checks().values()).allMatch(ApiCheck::ok);
    assertThat(duoctl.settings().get(null).name()).isEqualTo(DemoSetup.CONFIGURATION);
  }

  @Test
  void apply_mapsEveryCustomerWithADuoAccount_andLeavesTheOtherForAPerson() {
    assertThat(state.mappedBySuggestion() + state.mappedByHand()).isEqualTo(3);
    assertThat(state.mappedByHand()).isPositive();
    assertThat(state.organizations())
        .filteredOn(Organization::isMapped)
        .extracting(Organization::name)
        .containsExactlyInAnyOrder("Harbor Dental", "Cedar Ridge Law", "Bluebird Bakery");
    assertThat(state.organizations())
        .filteredOn(org -> !org.isMapped())
        .extracting(Organization::name)
        .containsExactly("Maple Street Veterinary");
  }

  @Test
  void apply_entersEachCustomersAuthApiKeys_soADuoPushToDemoUserIsAllowed() {
    ActionResult push = runForHarborDental("auth.push", "user", "demo.user");

    assertThat(push.ok()).as(String.valueOf(push.error())).isTrue();
    assertThat(push.data().path("result").asText()).isEqualTo("allow");
    assertThat(state.organizations())
        .filteredOn(org -> org.ownKeys(DuoApi.AUTH).isPresent())
        .extracting(Organization::name)
        .containsExactlyInAnyOrder("Harbor Dental", "Cedar Ridge Law", "Bluebird Bakery");
  }

  @Test
  void apply_setsHarborDentalsDirectoryKey_soItsUsersSyncFromTheDirectory() {
    ActionResult synced = runForHarborDental("users.sync", "username", "isla.hughes");

    assertThat(synced.ok()).as(String.valueOf(synced.error())).isTrue();
    assertThat(synced.data().toString()).contains("isla.hughes");
  }

  private ActionResult runForHarborDental(String action, String field, String value) {
    var input = JsonNodeFactory.instance.objectNode().put(field, value);
    return duoctl
        .actionRunner(null)
        .run("Harbor Dental", action, input, RunOptions.as("cli:tester", ApiScope.RUN));
  }
}
