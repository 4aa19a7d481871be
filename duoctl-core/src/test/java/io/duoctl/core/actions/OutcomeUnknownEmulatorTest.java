package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.admins.AdminRole;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredential;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Creates and deletes whose answer never comes (the request timeout is 1 s; the emulator answers
 * after 3 s): the outcome is settled by looking the object up, and a rerun neither doubles nor
 * fails.
 */
@Tag("slow")
class OutcomeUnknownEmulatorTest {

  private static final Duration SLOW = Duration.ofSeconds(3);

  private final EmulatedMsp msp = new EmulatedMsp();
  private final DuoClient impatient =
      msp.clientBuilder().requestTimeout(Duration.ofSeconds(1)).build();
  private final ActionRunner runner = msp.runner(impatient.transport());
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);
  private Account acme;
  private UserDirectory users;

  @BeforeEach
  void org() {
    acme = msp.childOrganization("Acme Dental");
    users = UserDirectory.of(msp.duo.world(), acme);
  }

  @AfterEach
  void stop() {
    impatient.close();
    msp.close();
  }

  private ActionResult run(String action, String input) {
    return runner.run("Acme Dental", action, Json.of(input), tech);
  }

  private ActionResult runOnParent(String action, String input) {
    return runner.run(null, action, Json.of(input), tech);
  }

  private void slow(String method, String path, Fault fault) {
    msp.duo.faults().add(new FaultRule(method, path, 1.0, 1, fault));
  }

  private long posts(String path) {
    return msp.duo.requests().all().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals(path))
        .count();
  }

  @Test
  void create_whoseAnswerTimesOutAfterDuoMadeIt_isConfirmedByLookingItUp() {
    slow("POST", "/admin/v1/users", Fault.slowAnswer(SLOW));

    ActionResult result = run("users.create", "{'username': 'jdoe'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("outcome").asText()).isEqualTo("created_unanswered");
    assertThat(result.data().path("note").asText())
        .isEqualTo("created (confirmed after the answer timed out)");
    assertThat(result.data().path("user_id").asText())
        .isEqualTo(users.byUsernameOrAlias("jdoe").orElseThrow().userId());
    assertThat(users.all()).hasSize(1);
  }

  @Test
  void create_whoseAnswerTimesOutBeforeDuoMadeIt_isOutcomeUnknown_andARerunFindsIt()
      throws InterruptedException {
    slow("POST", "/admin/v1/users", Fault.delay(SLOW));

    ActionResult first = run("users.create", "{'username': 'jdoe'}");

    assertThat(first.ok()).isFalse();
    assertThat(first.error().code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(first.error().message())
        .contains("may or may not have made it")
        .contains("user \"jdoe\" is not there yet");
    awaitUser("jdoe");

    ActionResult rerun = run("users.create", "{'username': 'jdoe'}");

    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(users.all()).hasSize(1);
    assertThat(posts("/admin/v1/users")).as("the rerun created nothing").isEqualTo(1);
  }

  @Test
  void delete_whoseAnswerTimesOut_isConfirmedByLookingItUp_andARerunReportsItAbsent() {
    String id = users.create(User.builder("jdoe")).userId();
    slow("DELETE", "/admin/v1/users/*", Fault.slowAnswer(SLOW));

    ActionResult result = run("users.delete", "{'user': 'jdoe'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("deleted").asText()).isEqualTo(id);
    assertThat(result.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(users.byId(id)).isEmpty();

    ActionResult rerun = run("users.delete", "{'user': 'jdoe'}");

    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_absent");
  }

  @Test
  void phoneAndGroupCreates_rerun_findTheExistingObjectInsteadOfDoublingIt() {
    ActionResult phone = run("phones.create", "{'number': '+15555550100'}");
    ActionResult group = run("groups.create", "{'name': 'Nurses'}");

    ActionResult phoneAgain = run("phones.create", "{'number': '+15555550100'}");
    ActionResult groupAgain = run("groups.create", "{'name': 'Nurses'}");

    assertThat(phoneAgain.data().path("phone_id")).isEqualTo(phone.data().path("phone_id"));
    assertThat(phoneAgain.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(groupAgain.data().path("group_id")).isEqualTo(group.data().path("group_id"));
    assertThat(groupAgain.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(posts("/admin/v1/phones")).isEqualTo(1);
    assertThat(posts("/admin/v1/groups")).isEqualTo(1);
  }

  @Test
  void adminCreate_whoseAnswerTimesOut_isConfirmedByLookingItUpByEmail() {
    slow("POST", "/admin/v1/admins", Fault.slowAnswer(SLOW));

    ActionResult result = run("admins.create", "{'email': 'pat@acme.test', 'name': 'Pat Admin'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("outcome").asText()).isEqualTo("created_unanswered");
    assertThat(result.data().path("email").asText()).isEqualTo("pat@acme.test");
    assertThat(adminsWithEmail("pat@acme.test")).isEqualTo(1);
  }

  @Test
  void adminCreate_rerun_answersAlreadyExists_andDuoHoldsOneAdmin() {
    ActionResult first = run("admins.create", "{'email': 'pat@acme.test', 'name': 'Pat Admin'}");

    ActionResult rerun = run("admins.create", "{'email': 'PAT@acme.test', 'name': 'Pat Admin'}");

    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(rerun.data().path("admin_id")).isEqualTo(first.data().path("admin_id"));
    assertThat(adminsWithEmail("pat@acme.test")).isEqualTo(1);
    assertThat(posts("/admin/v1/admins")).as("the rerun created nothing").isEqualTo(1);
  }

  @Test
  void adminDelete_whoseAnswerTimesOut_isConfirmed_andARerunReportsItAbsent() {
    String id =
        AdminDirectory.of(acme)
            .create(msp.duo.world(), "Pat Admin", "pat@acme.test", AdminRole.ADMINISTRATOR)
            .adminId();
    slow("DELETE", "/admin/v1/admins/*", Fault.slowAnswer(SLOW));

    ActionResult result = run("admins.delete", "{'admin_id': '" + id + "'}");
    ActionResult rerun = run("admins.delete", "{'admin_id': '" + id + "'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("deleted").asText()).isEqualTo(id);
    assertThat(result.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(AdminDirectory.of(acme).find(id)).isEmpty();
  }

  @Test
  void accountCreate_whoseAnswerTimesOut_isConfirmed_andARerunAnswersAlreadyExists() {
    slow("POST", "/accounts/v1/account/create", Fault.slowAnswer(SLOW));

    ActionResult result = runOnParent("accounts.create", "{'name': 'Harbor Clinic'}");
    ActionResult rerun = runOnParent("accounts.create", "{'name': 'Harbor Clinic'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("outcome").asText()).isEqualTo("created_unanswered");
    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(rerun.data().path("account_id")).isEqualTo(result.data().path("account_id"));
    assertThat(msp.duo.world().children(msp.parent.id()))
        .filteredOn(a -> a.name().equals("Harbor Clinic"))
        .hasSize(1);
    assertThat(posts("/accounts/v1/account/create")).isEqualTo(1);
  }

  @Test
  void accountDelete_whoseAnswerTimesOut_isConfirmed_andARerunAnswersAlreadyAbsent() {
    Account harbor = msp.duo.givenChildAccount(msp.parent, "Harbor Clinic");
    slow("POST", "/accounts/v1/account/delete", Fault.slowAnswer(SLOW));
    String input = "{'account_id': '" + harbor.id() + "'}";

    ActionResult result = runOnParent("accounts.delete", input);
    ActionResult rerun = runOnParent("accounts.delete", input);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("deleted").asText()).isEqualTo(harbor.id());
    assertThat(result.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(rerun.ok()).as(String.valueOf(rerun.error())).isTrue();
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(msp.duo.world().account(harbor.id())).isEmpty();
    assertThat(msp.duo.world().account(acme.id())).isPresent();
  }

  @Test
  void bypassCodeAndWebAuthnDeletes_whoseAnswerTimesOut_areConfirmed_andRerunsAnswerAbsent() {
    String userId = users.create(User.builder("jdoe")).userId();
    BypassCodes codes = BypassCodes.of(msp.duo.world(), acme);
    codes.create(userId, BypassRequest.defaults());
    String codeId = codes.codesOf(userId).get(0).bypassCodeId();
    WebAuthnCredentials keys = WebAuthnCredentials.of(msp.duo.world(), acme);
    String key = keys.seed(WebAuthnCredential.securityKey(userId, "YubiKey")).webauthnkey();
    slow("DELETE", "/admin/v1/bypass_codes/*", Fault.slowAnswer(SLOW));
    slow("DELETE", "/admin/v1/webauthncredentials/*", Fault.slowAnswer(SLOW));

    ActionResult code = run("bypass_codes.delete", "{'bypass_code_id': '" + codeId + "'}");
    ActionResult codeAgain = run("bypass_codes.delete", "{'bypass_code_id': '" + codeId + "'}");
    ActionResult webauthn = run("webauthn.delete", "{'webauthnkey': '" + key + "'}");
    ActionResult webauthnAgain = run("webauthn.delete", "{'webauthnkey': '" + key + "'}");

    assertThat(code.ok()).as(String.valueOf(code.error())).isTrue();
    assertThat(code.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(codeAgain.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(webauthn.ok()).as(String.valueOf(webauthn.error())).isTrue();
    assertThat(webauthn.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(webauthnAgain.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(codes.byId(codeId)).isEmpty();
    assertThat(keys.byKey(key)).isEmpty();
  }

  @Test
  void bypassCodesDeleteForUser_whoseAnswerTimesOut_isConfirmedCodeByCode() {
    String userId = users.create(User.builder("jdoe")).userId();
    BypassCodes codes = BypassCodes.of(msp.duo.world(), acme);
    codes.create(userId, BypassRequest.defaults());
    slow("DELETE", "/admin/v1/bypass_codes/*", Fault.slowAnswer(SLOW));

    ActionResult result = run("bypass_codes.delete_for_user", "{'user': 'jdoe'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(codes.codesOf(userId)).isEmpty();
  }

  @Test
  void addToGroup_whoseAnswerTimesOut_isConfirmedByLookingAtTheMembers_andARerunSendsNothing() {
    String userId = users.create(User.builder("jdoe")).userId();
    Groups groups = Groups.of(msp.duo.world(), acme);
    String staff = groups.create(Group.named("Staff")).groupId();
    String membersPath = "/admin/v1/users/" + userId + "/groups";
    slow("POST", membersPath, Fault.slowAnswer(SLOW));

    ActionResult result = run("groups.add_user", "{'group': 'Staff', 'user': 'jdoe'}");
    ActionResult rerun = run("groups.add_user", "{'group': 'Staff', 'user': 'jdoe'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("outcome").asText()).isEqualTo("created_unanswered");
    assertThat(result.data().path("note").asText())
        .isEqualTo("added (confirmed after the answer timed out)");
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(groups.memberIdsOf(staff)).containsExactly(userId);
    assertThat(posts(membersPath)).as("the rerun added nothing").isEqualTo(1);
  }

  @Test
  void unassignPhone_whoseAnswerTimesOut_isConfirmed_andARerunAnswersAlreadyAbsent() {
    String userId = users.create(User.builder("jdoe")).userId();
    PhoneBook phones = PhoneBook.of(msp.duo.world(), acme);
    String phoneId = phones.create(Phone.builder().number("+14155550123")).phoneId();
    phones.attach(phoneId, userId);
    slow("DELETE", "/admin/v1/users/*/phones/*", Fault.slowAnswer(SLOW));

    ActionResult result = run("phones.unassign", "{'user': 'jdoe', 'phone': '" + phoneId + "'}");
    ActionResult rerun = run("phones.unassign", "{'user': 'jdoe', 'phone': '" + phoneId + "'}");

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().path("outcome").asText()).isEqualTo("deleted_unanswered");
    assertThat(result.data().path("note").asText())
        .isEqualTo("removed (confirmed after the answer timed out)");
    assertThat(rerun.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(phones.userIdsOf(phoneId)).isEmpty();
  }

  private long adminsWithEmail(String email) {
    return AdminDirectory.of(acme).list().stream()
        .filter(a -> a.email().equalsIgnoreCase(email))
        .count();
  }

  private void awaitUser(String username) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (users.byUsernameOrAlias(username).isEmpty() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(users.byUsernameOrAlias(username)).isPresent();
  }
}
