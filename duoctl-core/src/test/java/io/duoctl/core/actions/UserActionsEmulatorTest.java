package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.users.EnrollmentEmails;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.model.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** users.* against a child account reached through the parent's Accounts API keys. */
@Tag("slow")
class UserActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
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
    msp.close();
  }

  private ActionResult run(String action, String input) {
    ActionResult result = runner.run("Acme Dental", action, Json.of(input), tech);
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  private String create(String username, String extra) {
    return run("users.create", "{'username': '" + username + "'" + extra + "}")
        .data()
        .path("user_id")
        .asText();
  }

  @Test
  void find_matchesAPrefixOfUsernameAliasEmailOrAnyWordOfTheRealName_ignoringCase() {
    create("jdoe", ", 'email': 'john.doe@acme.test', 'realname': 'John Doe', 'aliases': ['jd']");
    create("mkaye", ", 'email': 'm.kaye@acme.test', 'realname': 'Mary Kaye'");
    create("svc-backup", ", 'email': 'backup@acme.test'");

    assertThat(found("JOHN")).containsExactly("jdoe");
    assertThat(found("kay")).containsExactly("mkaye");
    assertThat(found("m.k")).containsExactly("mkaye");
    assertThat(found(" Jd ")).containsExactly("jdoe");
    assertThat(found("back")).containsExactly("svc-backup");
    assertThat(found("doe@")).isEmpty();
    assertThat(found("oe")).isEmpty();
  }

  @Test
  void find_withBlankText_isInvalidInputNamingText() {
    ActionResult result = runner.run("Acme Dental", "users.find", Json.of("{'text': '  '}"), tech);

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(result.error().fields()).extracting(f -> f.field()).containsExactly("text");
  }

  private List<String> found(String text) {
    List<String> usernames = new ArrayList<>();
    run("users.find", "{'text': '" + text + "'}")
        .data()
        .forEach(u -> usernames.add(u.path("username").asText()));
    return usernames;
  }

  @Test
  void create_storesTheUserWithAliasesAndEmail() {
    ActionResult result =
        run(
            "users.create",
            "{'username': 'jdoe', 'email': 'jdoe@acme.test', 'realname': 'John Doe',"
                + " 'aliases': ['john.doe', 'jd']}");

    var stored = users.byUsernameOrAlias("john.doe").orElseThrow();
    assertThat(stored.userId()).isEqualTo(result.data().path("user_id").asText());
    assertThat(stored.username()).isEqualTo("jdoe");
    assertThat(stored.email()).isEqualTo("jdoe@acme.test");
    assertThat(stored.aliases()).containsValues("john.doe", "jd");
  }

  @Test
  void get_findsAUserByIdUsernameAliasOrEmail() {
    String id = create("jdoe", ", 'email': 'jdoe@acme.test', 'aliases': 'jd'");

    for (String reference : new String[] {id, "jdoe", "jd", "jdoe@acme.test"}) {
      assertThat(run("users.get", "{'user': '" + reference + "'}").data().path("user_id").asText())
          .as(reference)
          .isEqualTo(id);
    }
  }

  @Test
  void get_unknownUser_saysWhatWasTried() {
    ActionResult result =
        runner.run("Acme Dental", "users.get", Json.of("{'user': 'ghost'}"), tech);

    assertThat(result.error().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(result.error().message()).contains("ghost", "Acme Dental", "username", "alias");
  }

  @Test
  void update_byAlias_putsTheUserInBypass() {
    String id = create("jdoe", ", 'aliases': 'jd'");

    run("users.update", "{'user': 'jd', 'status': 'bypass', 'notes': 'travelling'}");

    assertThat(users.require(id).status()).isEqualTo(UserStatus.BYPASS);
    assertThat(users.require(id).notes()).isEqualTo("travelling");
  }

  @Test
  void list_withStatusBypass_returnsOnlyTheUsersInBypass() {
    create("alice", ", 'status': 'bypass'");
    create("bob", "");
    create("carol", ", 'status': 'bypass'");

    ActionResult result = run("users.list", "{'status': 'bypass'}");

    assertThat(result.data().findValuesAsText("username"))
        .containsExactlyInAnyOrder("alice", "carol");
  }

  @Test
  void delete_removesTheUser() {
    String id = create("jdoe", "");

    ActionResult result = run("users.delete", "{'user': 'jdoe'}");

    assertThat(result.data().path("deleted").asText()).isEqualTo(id);
    assertThat(users.byId(id)).isEmpty();
  }

  @Test
  void enroll_sendsTheEnrollmentEmail() {
    run(
        "users.enroll",
        "{'username': 'newbie', 'email': 'newbie@acme.test', 'valid_secs': '3600'}");

    assertThat(EnrollmentEmails.of(msp.duo.world(), acme).all())
        .anySatisfy(mail -> assertThat(mail.email()).isEqualTo("newbie@acme.test"));
  }

  @Test
  void create_dryRun_leavesTheDirectoryEmpty() {
    runner.run(
        "Acme Dental", "users.create", Json.of("{'username': 'jdoe'}"), tech.withDryRun(true));

    assertThat(users.all()).isEmpty();
  }
}
