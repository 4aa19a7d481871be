package io.duoctl.app.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A destructive job over more than one organization runs only with {@code confirm}: the number of
 * organizations the caller saw. Without it, or with another number, 409 names them and nothing
 * runs.
 */
@Tag("slow")
class DestructiveJobsApiTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex", "Initech");
  private static final String DELETE_JDOE =
      "{'action': 'users.delete', 'all_organizations': true, 'input': {'user': 'jdoe'}";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void customersWithAJdoeEach() {
    api = new MspApi(duo.emulator(), dataDir, CUSTOMERS);
    CUSTOMERS.forEach(name -> users(name).create(User.builder("jdoe")));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private UserDirectory users(String organization) {
    return UserDirectory.of(duo.world(), api.accounts.get(organization));
  }

  private long jdoes() {
    return CUSTOMERS.stream()
        .filter(name -> users(name).byUsernameOrAlias("jdoe").isPresent())
        .count();
  }

  private void awaitFinished(Reply started) throws InterruptedException {
    String id = started.json().path("id").asText();
    var running = api.duoctl.fanOutRunning(id).flatMap(fanOut -> fanOut.running(id));
    if (running.isPresent()) {
      assertThat(running.get().await(Duration.ofSeconds(60))).isTrue();
    }
  }

  @Test
  void withoutConfirm_is409NamingTheCountAndTheOrganizations_andNothingRuns() {
    Reply refused = api.post("/api/v1/jobs", api.runToken, DELETE_JDOE + "}");

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("confirmation_required");
    assertThat(refused.json().path("error").path("count").asInt()).isEqualTo(3);
    assertThat(refused.json().path("error").path("organizations"))
        .extracting(n -> n.asText())
        .containsExactlyInAnyOrderElementsOf(CUSTOMERS);
    assertThat(refused.json().path("error").path("field").asText()).isEqualTo("confirm");
    assertThat(api.duoctl.jobs().recent(0, 10)).isEmpty();
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void confirmOfAnotherCount_is409_becauseTheSelectionChanged() {
    Reply refused = api.post("/api/v1/jobs", api.runToken, DELETE_JDOE + ", 'confirm': 2}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text()).contains("not the 2 confirmed");
    assertThat(api.duoctl.jobs().recent(0, 10)).isEmpty();
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void confirmOfTheSelectionsSize_runs() throws Exception {
    Reply started = api.post("/api/v1/jobs", api.runToken, DELETE_JDOE + ", 'confirm': 3}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    awaitFinished(started);
    assertThat(jdoes()).isZero();
  }

  @Test
  void aDryRun_needsNoConfirmation() throws Exception {
    Reply started = api.post("/api/v1/jobs", api.runToken, DELETE_JDOE + ", 'dry_run': true}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    awaitFinished(started);
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void confirmThatIsNotAPositiveNumber_is400NamingIt() {
    Reply refused = api.post("/api/v1/jobs", api.runToken, DELETE_JDOE + ", 'confirm': 'yes'}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("error").path("field").asText()).isEqualTo("confirm");
  }
}
