package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.tokens.HardwareToken;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.tokens.TokenType;
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

  @Test
  void groupsAddUser_thenRemoveUser_eachSecondRunSendsNothing() {
    Groups groups = Groups.of(msp.duo.world(), acme);
    String staff = groups.create(Group.named("Staff")).groupId();
    String input = "{'group': 'Staff', 'user': 'jdoe'}";

    ActionResult added = run("groups.add_user", input);

    assertThat(groups.memberIdsOf(staff)).containsExactly(jdoe);
    assertThat(added.data().has(Outcome.FIELD)).isFalse();
    ActionResult addedAgain = again("groups.add_user", input);
    assertThat(outcome(addedAgain)).isEqualTo("already_exists");
    assertThat(addedAgain.data().path(Outcome.NOTE).asText())
        .isEqualTo("user \"jdoe\" is already in group \"Staff\"");
    assertThat(addedAgain.data().path("group_id").asText()).isEqualTo(staff);

    run("groups.remove_user", input);

    assertThat(groups.memberIdsOf(staff)).isEmpty();
    ActionResult removedAgain = again("groups.remove_user", input);
    assertThat(outcome(removedAgain)).isEqualTo("already_absent");
    assertThat(removedAgain.data().path(Outcome.NOTE).asText())
        .isEqualTo("user \"jdoe\" is not in group \"Staff\": nothing to remove");
    assertThat(Outcome.isNoChange(removedAgain.data())).isTrue();
  }

  @Test
  void phonesAssign_thenUnassign_eachSecondRunSendsNothing() {
    PhoneBook phones = PhoneBook.of(msp.duo.world(), acme);
    String phoneId = phones.create(Phone.builder().number("+14155550123")).phoneId();
    String input = "{'user': 'jdoe', 'phone': '+1 415 555 0123'}";

    run("phones.assign", input);

    assertThat(phones.userIdsOf(phoneId)).containsExactly(jdoe);
    ActionResult assignedAgain = again("phones.assign", input);
    assertThat(outcome(assignedAgain)).isEqualTo("already_exists");
    assertThat(assignedAgain.data().path(Outcome.NOTE).asText())
        .isEqualTo("phone +14155550123 is already attached to user \"jdoe\"");

    run("phones.unassign", input);

    assertThat(phones.userIdsOf(phoneId)).isEmpty();
    assertThat(phones.byId(phoneId)).isPresent();
    assertThat(outcome(again("phones.unassign", input))).isEqualTo("already_absent");
  }

  @Test
  void tokensAssign_thenUnassign_eachSecondRunSendsNothing() {
    HardwareTokens tokens = HardwareTokens.of(msp.duo.world(), acme);
    String tokenId =
        tokens
            .create(
                HardwareToken.of(TokenType.H6, "SN-7", "3132333435363738393031323334353637383930"))
            .tokenId();
    String input = "{'user': 'jdoe', 'token_id': '" + tokenId + "'}";

    run("tokens.assign", input);

    assertThat(tokens.userIdsOf(tokenId)).containsExactly(jdoe);
    ActionResult assignedAgain = again("tokens.assign", input);
    assertThat(outcome(assignedAgain)).isEqualTo("already_exists");
    assertThat(assignedAgain.data().path(Outcome.NOTE).asText())
        .isEqualTo("h6 token SN-7 is already attached to user \"jdoe\"");

    run("tokens.unassign", input);

    assertThat(tokens.userIdsOf(tokenId)).isEmpty();
    assertThat(outcome(again("tokens.unassign", input))).isEqualTo("already_absent");
  }

  @Test
  void bypassCodesDeleteForUser_whenNoneAreLeft_isAlreadyAbsent() {
    BypassCodes codes = BypassCodes.of(msp.duo.world(), acme);
    codes.create(jdoe, BypassRequest.defaults());

    ActionResult deleted = run("bypass_codes.delete_for_user", "{'user': 'jdoe'}");

    assertThat(codes.codesOf(jdoe)).isEmpty();
    assertThat(deleted.data().path("deleted")).hasSize(10);
    assertThat(deleted.data().has(Outcome.FIELD)).isFalse();
    ActionResult again = again("bypass_codes.delete_for_user", "{'user': 'jdoe'}");
    assertThat(outcome(again)).isEqualTo("already_absent");
    assertThat(again.data().path("deleted")).isEmpty();
    assertThat(again.data().path(Outcome.NOTE).asText())
        .isEqualTo("user \"jdoe\" has no bypass codes: nothing to delete");
  }

  @Test
  void phonesCreateForAUser_runAgain_neitherCreatesNorAttachesTwice() {
    PhoneBook phones = PhoneBook.of(msp.duo.world(), acme);
    String input = "{'number': '+4915112345678', 'user': 'jdoe'}";

    String phoneId = run("phones.create", input).data().path("phone_id").asText();

    assertThat(phones.userIdsOf(phoneId)).containsExactly(jdoe);
    ActionResult again = again("phones.create", input);
    assertThat(outcome(again)).isEqualTo("already_exists");
    assertThat(again.data().path(Outcome.NOTE).asText())
        .isEqualTo("phone +4915112345678 already exists and is attached to user \"jdoe\"");
  }

  @Test
  void phonesCreateForAUser_ofAPhoneThatExistsUnattached_attachesIt_andSaysItChanged() {
    PhoneBook phones = PhoneBook.of(msp.duo.world(), acme);
    String phoneId = phones.create(Phone.builder().number("+4915112345678")).phoneId();
    msp.duo.requests().clear();

    ActionResult result = run("phones.create", "{'number': '+4915112345678', 'user': 'jdoe'}");

    assertThat(changesSent()).containsExactly("POST /admin/v1/users/" + jdoe + "/phones");
    assertThat(phones.userIdsOf(phoneId)).containsExactly(jdoe);
    assertThat(result.data().has(Outcome.FIELD)).isFalse();
    assertThat(Outcome.isNoChange(result.data())).isFalse();
    assertThat(result.data().path(Outcome.NOTE).asText())
        .isEqualTo("phone +4915112345678 existed already; attached it to user \"jdoe\"");
  }
}
