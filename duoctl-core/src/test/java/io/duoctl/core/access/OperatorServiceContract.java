package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class OperatorServiceContract {
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dir;
  CoreFixture fixture;
  OperatorService operators;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    operators =
        new OperatorService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  /** Another node on the same database, hashing cheaply to keep many failures fast. */
  OperatorService node() {
    return new OperatorService(
        fixture.jdbi(),
        fixture.audit,
        fixture.clock,
        new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), CoreFixture.RANDOM),
        SignInThrottle.Limits.DEFAULT);
  }

  static char[] pw(String text) {
    return text.toCharArray();
  }

  @Test
  void create_storesOnlyAnArgon2idHash_andWipesThePassword() {
    char[] password = pw(PASSWORD);

    Operator jane = operators.create("Jane.Doe", password, ApiScope.ADMIN, "cli");

    assertThat(jane.username()).isEqualTo("Jane.Doe");
    assertThat(jane.role()).isEqualTo(ApiScope.ADMIN);
    assertThat(jane.lastSignInAt()).isEmpty();
    assertThat(password).containsOnly('\0');
    List<Map<String, Object>> rows =
        fixture
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT * FROM console_operator").mapToMap().list());
    assertThat(rows.get(0).get("password_hash").toString())
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(rows.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void create_rejectsAShortPassword_namingTheFieldAndTheFix() {
    char[] password = pw("short-pass1");

    assertThatThrownBy(() -> operators.create("jane", password, ApiScope.READ, "cli"))
        .isInstanceOfSatisfying(
            InvalidOperatorException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError(
                            "password",
                            "must be at least 12 characters; a few unrelated words make a strong,"
                                + " memorable passphrase")))
        .hasMessageNotContaining("short-pass1");
    assertThat(password).containsOnly('\0');
    assertThat(operators.none()).isTrue();
  }

  @Test
  void create_rejectsBadUsernameMissingRoleAndPasswordEqualToUsername() {
    assertThatThrownBy(() -> operators.create("jane doe", pw(PASSWORD), null, "cli"))
        .isInstanceOfSatisfying(
            InvalidOperatorException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("username", "role"));
    assertThatThrownBy(
            () -> operators.create("administrator", pw("Administrator"), ApiScope.READ, "cli"))
        .hasMessageContaining("password: must not be the username");
  }

  @Test
  void create_rejectsAUsernameTaken_inAnyCase() {
    operators.create("jane", pw(PASSWORD), ApiScope.READ, "cli");

    assertThatThrownBy(() -> operators.create("JANE", pw(PASSWORD), ApiScope.READ, "cli"))
        .isInstanceOf(InvalidOperatorException.class)
        .hasMessageContaining("username: \"JANE\" is already taken");
    assertThat(operators.list()).extracting(Operator::username).containsExactly("jane");
  }

  @Test
  void signIn_withTheRightPassword_returnsTheOperator_andRecordsIt() {
    operators.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");
    char[] password = pw(PASSWORD);

    Operator jane = operators.signIn("Jane", password, "10.0.0.1");

    assertThat(jane.username()).isEqualTo("jane");
    assertThat(jane.role()).isEqualTo(ApiScope.RUN);
    assertThat(jane.lastSignInAt()).isPresent();
    assertThat(password).containsOnly('\0');
    assertThat(operators.get("jane").lastSignInAt()).isEqualTo(jane.lastSignInAt());
  }

  @Test
  void signIn_unknownUserAndWrongPassword_failTheSameWay() {
    operators.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");

    Throwable unknown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> operators.signIn("nobody", pw(PASSWORD), "10.0.0.1"));
    Throwable wrong =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> operators.signIn("jane", pw("wrong password!"), "10.0.0.1"));

    assertThat(unknown).isInstanceOf(SignInFailedException.class);
    assertThat(wrong).isInstanceOf(SignInFailedException.class);
    assertThat(unknown).hasMessage(wrong.getMessage()).hasMessage("wrong username or password");
  }

  @Test
  void signIn_afterFiveFailuresForAUsername_isThrottledUntilTheWindowPasses() {
    OperatorService node = node();
    node.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> node.signIn("jane", pw("wrong password!"), "10.0.0." + 1))
          .isInstanceOf(SignInFailedException.class);
      fixture.clock.advance(Duration.ofMinutes(1));
    }

    assertThatThrownBy(() -> node.signIn("JANE", pw(PASSWORD), "10.9.9.9"))
        .isInstanceOfSatisfying(
            SignInThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(10)))
        .hasMessage("too many failed sign-ins; try again in 600 seconds");

    fixture.clock.advance(Duration.ofMinutes(10));
    assertThat(node.signIn("jane", pw(PASSWORD), "10.9.9.9").username()).isEqualTo("jane");
  }

  @Test
  void signIn_afterTwentyFailuresFromOneAddress_isThrottledForEveryUsername() {
    OperatorService node = node();
    node.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");
    for (int i = 0; i < 20; i++) {
      String user = "guess" + i;
      assertThatThrownBy(() -> node.signIn(user, pw("wrong password!"), "203.0.113.7"))
          .isInstanceOf(SignInFailedException.class);
    }

    assertThatThrownBy(() -> node.signIn("jane", pw(PASSWORD), "203.0.113.7"))
        .isInstanceOf(SignInThrottledException.class);
    assertThat(node.signIn("jane", pw(PASSWORD), "198.51.100.1").username()).isEqualTo("jane");
  }

  @Test
  void signIn_throttling_isSharedByEveryNodeOnTheDatabase() {
    OperatorService first = node();
    OperatorService second = node();
    first.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");
    for (int i = 0; i < 5; i++) {
      OperatorService node = i % 2 == 0 ? first : second;
      assertThatThrownBy(() -> node.signIn("jane", pw("wrong password!"), "10.0.0.1"))
          .isInstanceOf(SignInFailedException.class);
    }

    assertThatThrownBy(() -> second.signIn("jane", pw(PASSWORD), "10.0.0.2"))
        .isInstanceOf(SignInThrottledException.class);
    assertThatThrownBy(() -> first.signIn("jane", pw(PASSWORD), "10.0.0.3"))
        .isInstanceOf(SignInThrottledException.class);
  }

  @Test
  void signIn_success_forgetsTheUsernamesEarlierFailures() {
    OperatorService node = node();
    node.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> node.signIn("jane", pw("wrong password!"), "10.0.0.1"))
          .isInstanceOf(SignInFailedException.class);
    }
    node.signIn("jane", pw(PASSWORD), "10.0.0.1");

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> node.signIn("jane", pw("wrong password!"), "10.0.0.1"))
          .isInstanceOf(SignInFailedException.class);
    }
    assertThat(node.signIn("jane", pw(PASSWORD), "10.0.0.1").username()).isEqualTo("jane");
  }

  @Test
  void signIn_upgradesAHashMadeWithAnOlderCost() {
    node().create("jane", pw(PASSWORD), ApiScope.RUN, "cli");

    operators.signIn("jane", pw(PASSWORD), "10.0.0.1");

    String hash =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT password_hash FROM console_operator")
                        .mapTo(String.class)
                        .one());
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(operators.signIn("jane", pw(PASSWORD), "10.0.0.1").username()).isEqualTo("jane");
  }

  @Test
  void changePassword_makesTheOldOneFail_andTheNewOneWork() {
    OperatorService node = node();
    node.create("jane", pw(PASSWORD), ApiScope.RUN, "cli");

    node.changePassword("jane", pw("a brand new passphrase"), "admin");

    assertThatThrownBy(() -> node.signIn("jane", pw(PASSWORD), "10.0.0.1"))
        .isInstanceOf(SignInFailedException.class);
    assertThat(node.signIn("jane", pw("a brand new passphrase"), "10.0.0.1")).isNotNull();
    assertThatThrownBy(() -> node.changePassword("jane", pw("short"), "admin"))
        .isInstanceOf(InvalidOperatorException.class);
    assertThatThrownBy(() -> node.changePassword("nobody", pw(PASSWORD), "admin"))
        .isInstanceOf(OperatorNotFoundException.class)
        .hasMessage("no operator named \"nobody\"; list them with duoctl operators list");
  }

  @Test
  void delete_removesTheOperator_butNeverTheLastAdmin() {
    OperatorService node = node();
    node.create("root", pw(PASSWORD), ApiScope.ADMIN, "cli");
    node.create("jane", pw(PASSWORD), ApiScope.READ, "cli");

    assertThatThrownBy(() -> node.delete("root", "cli"))
        .isInstanceOf(LastAdministratorException.class)
        .hasMessage(
            "\"root\" is the last operator with the admin role; create another admin first");
    node.delete("JANE", "cli");

    assertThat(node.list()).extracting(Operator::username).containsExactly("root");
    assertThatThrownBy(() -> node.delete("jane", "cli"))
        .isInstanceOf(OperatorNotFoundException.class);
  }

  @Test
  void listAndNone_reflectTheOperators() {
    OperatorService node = node();
    assertThat(node.none()).isTrue();
    node.create("zed", pw(PASSWORD), ApiScope.READ, "cli");
    node.create("Amy", pw(PASSWORD), ApiScope.ADMIN, "cli");

    assertThat(node.none()).isFalse();
    assertThat(node.list()).extracting(Operator::username).containsExactly("Amy", "zed");
    assertThat(node.find("amy")).isPresent();
    assertThat(node.find(node.get("zed").id()).orElseThrow().username()).isEqualTo("zed");
  }

  @Test
  void changes_areAudited_withoutPasswordsOrHashes() {
    OperatorService node = node();
    Operator jane = node.create("jane", pw(PASSWORD), ApiScope.ADMIN, "cli");
    node.create("other", pw(PASSWORD), ApiScope.ADMIN, "cli");
    node.signIn("jane", pw(PASSWORD), "10.0.0.1");
    node.changePassword("jane", pw("another long passphrase"), "other");
    node.delete("jane", "other");

    List<AuditEntry> entries =
        fixture
            .audit
            .find(AuditQuery.all().withSubject(AuditSubject.OPERATOR, jane.id()))
            .entries();

    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("deleted", "password-changed", "signed-in", "created");
    assertThat(entries.toString())
        .doesNotContain(PASSWORD)
        .doesNotContain("another long passphrase")
        .doesNotContain("$argon2id");
  }
}
