package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.model.Account;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Changing actions that look at Duo first: the first run changes Duo, the same run again sends no
 * change and says why in its outcome, so a workflow run twice has nothing to do the second time.
 */
@Tag("slow")
class NothingToDoEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);
  private Account acme;
  private UserDirectory users;
  private String jdoe;

  @BeforeEach
  void org() {
    acme = msp.childOrganization("Acme Dental");
    users = UserDirectory.of(msp.duo.world(), acme);
    jdoe = users.create(User.builder("jdoe").realname("John Doe")).userId();
  }

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionResult run(String action, String input) {
    return run(action, input, tech);
  }

  private ActionResult run(String action, String input, RunOptions options) {
    ActionResult result = runner.run("Acme Dental", action, Json.of(input), options);
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  /** Runs the action again and checks that it sent Duo nothing but reads. */
  private ActionResult again(String action, String input) {
    msp.duo.requests().clear();
    ActionResult result = run(action, input);
    assertThat(changesSent()).as(action + " run again").isEmpty();
    return result;
  }

  private List<String> changesSent() {
    return msp.duo.requests().all().stream()
        .filter(r -> !r.method().equals("GET"))
        .map(r -> r.method() + " " + r.path())
        .toList();
  }

  private static String outcome(ActionResult result) {
    return result.data().path(Outcome.FIELD).asText();
  }

  @Test
  void usersUpdate_withTheValuesTheUserHas_sendsNothingAndSaysUnchanged() {
    String input =
        "{'user': 'jdoe', 'realname': 'Jane Doe', 'email': 'jane@acme.test',"
            + " 'status': 'disabled', 'aliases': ['jd']}";

    ActionResult first = run("users.update", input);

    User changed = users.require(jdoe);
    assertThat(changed.realname()).isEqualTo("Jane Doe");
    assertThat(changed.status()).isEqualTo(UserStatus.DISABLED);
    assertThat(changed.alias(1)).isEqualTo("jd");
    assertThat(first.data().has(Outcome.FIELD)).isFalse();
    assertThat(Outcome.isNoChange(first.data())).isFalse();

    ActionResult second = again("users.update", input);

    assertThat(outcome(second)).isEqualTo("unchanged");
    assertThat(Outcome.isNoChange(second.data())).isTrue();
    assertThat(second.data().path(Outcome.NOTE).asText())
        .isEqualTo(
            "user \"jdoe\" already has the realname, email, status, aliases asked for: nothing to"
                + " change");
    assertThat(second.data().path("user_id").asText()).isEqualTo(jdoe);
    assertThat(second.data().path("realname").asText()).isEqualTo("Jane Doe");
  }

  @Test
  void usersUpdate_withOneValueDifferent_sendsEveryFieldGiven() {
    msp.duo.requests().clear();

    ActionResult result =
        run("users.update", "{'user': 'jdoe', 'realname': 'John Doe', 'notes': 'VIP'}");

    assertThat(changesSent()).containsExactly("POST /admin/v1/users/" + jdoe);
    assertThat(msp.duo.requests().matching(r -> r.method().equals("POST")).get(0).params().asMap())
        .containsKeys("realname", "notes");
    assertThat(users.require(jdoe).notes()).isEqualTo("VIP");
    assertThat(result.data().has(Outcome.FIELD)).isFalse();
  }

  @Test
  void usersUpdate_activeForALockedOutUser_unlocksIt_thenHasNothingToDo() {
    users.lockOut(jdoe, UserDirectory.FAILED_ATTEMPTS);

    run("users.update", "{'user': 'jdoe', 'status': 'active'}");

    assertThat(users.require(jdoe).status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(outcome(again("users.update", "{'user': 'jdoe', 'status': 'active'}")))
        .isEqualTo("unchanged");
  }

  @Test
  void usersUpdate_dryRunWithNothingToChange_plansNoRequest() {
    ActionResult result =
        run("users.update", "{'user': 'jdoe', 'realname': 'John Doe'}", tech.withDryRun(true));

    assertThat(result.plannedRequests()).isEmpty();
    assertThat(outcome(result)).isEqualTo("unchanged");
  }
}
