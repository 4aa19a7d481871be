package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;

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

abstract class SessionServiceContract {
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dir;
  CoreFixture fixture;
  SessionService sessions;
  OperatorService operators;
  Operator jane;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    sessions = new SessionService(fixture.jdbi(), fixture.clock, CoreFixture.RANDOM);
    operators =
        new OperatorService(
            fixture.jdbi(),
            fixture.audit,
            fixture.clock,
            new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), CoreFixture.RANDOM),
            SignInThrottle.Limits.DEFAULT);
    jane = operators.create("jane", PASSWORD.toCharArray(), ApiScope.RUN, "test");
    operators.create("root", PASSWORD.toCharArray(), ApiScope.ADMIN, "test");
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  /** The same database seen by another node (or this one after a restart). */
  SessionService otherNode() {
    return new SessionService(fixture.jdbi(), fixture.clock, CoreFixture.RANDOM);
  }

  List<Map<String, Object>> rows() {
    return fixture
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT * FROM console_session").mapToMap().list());
  }

  @Test
  void create_startsAnAnonymousSession_thatAnotherNodeFinds() {
    Session created = sessions.create();

    Session found = otherNode().find(created.id()).orElseThrow();

    assertThat(found.operator()).isEmpty();
    assertThat(found.csrfToken()).isEqualTo(created.csrfToken());
    assertThat(created.id()).hasSize(43).isNotEqualTo(created.csrfToken());
  }

  @Test
  void create_storesOnlyTheSha256OfTheId() {
    Session created = sessions.create();

    List<Map<String, Object>> rows = rows();

    assertThat(rows).hasSize(1);
    assertThat(rows.toString()).doesNotContain(created.id());
    String stored =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id_hash FROM console_session").mapTo(String.class).one());
    assertThat(stored).isEqualTo(SessionService.hash(created.id()));
    assertThat(SessionService.hash(created.id())).hasSize(64).isNotEqualTo(created.id());
  }

  @Test
  void find_unknownBlankOrNullIds_areEmpty() {
    sessions.create();

    assertThat(sessions.find("not-a-session")).isEmpty();
    assertThat(sessions.find("")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void signIn_rotatesTheIdAndToken_andEndsThePreviousSession() {
    Session anonymous = sessions.create();

    Session signedIn = sessions.signIn(anonymous.id(), jane);

    assertThat(signedIn.id()).isNotEqualTo(anonymous.id());
    assertThat(signedIn.csrfToken()).isNotEqualTo(anonymous.csrfToken());
    assertThat(sessions.find(anonymous.id())).isEmpty();
    Session found = otherNode().find(signedIn.id()).orElseThrow();
    assertThat(found.operator()).map(Operator::username).contains("jane");
    assertThat(found.operator()).map(Operator::role).contains(ApiScope.RUN);
    assertThat(rows()).hasSize(1);
  }

  @Test
  void find_afterIdleTimeout_isEmpty_andDeletesTheSession() {
    Session session = sessions.signIn(null, jane);
    fixture.clock.advance(Duration.ofMinutes(29));
    assertThat(sessions.find(session.id())).isPresent();

    fixture.clock.advance(Duration.ofMinutes(29));
    assertThat(sessions.find(session.id())).as("seen 29 minutes ago").isPresent();

    fixture.clock.advance(SessionService.IDLE);
    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(rows()).isEmpty();
  }

  @Test
  void find_afterTheAbsoluteLifetime_isEmpty_evenWhenBusy() {
    Session session = sessions.signIn(null, jane);
    for (int i = 0; i < 12 * 3 - 1; i++) {
      fixture.clock.advance(Duration.ofMinutes(20));
      assertThat(sessions.find(session.id())).as("after %d minutes", (i + 1) * 20).isPresent();
    }

    fixture.clock.advance(Duration.ofMinutes(20));

    assertThat(sessions.find(session.id())).isEmpty();
  }

  @Test
  void find_marksTheSessionAsSeen_forOtherNodesToo() {
    Session session = sessions.signIn(null, jane);
    fixture.clock.advance(Duration.ofMinutes(20));
    assertThat(sessions.find(session.id()))
        .get()
        .extracting(Session::lastSeenAt)
        .isEqualTo(fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    fixture.clock.advance(Duration.ofMinutes(20));

    assertThat(otherNode().find(session.id())).as("idle 20 minutes, not 40").isPresent();
  }

  @Test
  void end_signsOut_onEveryNode() {
    Session session = sessions.signIn(null, jane);

    sessions.end(session.id());

    assertThat(otherNode().find(session.id())).isEmpty();
    assertThat(rows()).isEmpty();
  }

  @Test
  void changePassword_endsEverySessionOfThatOperator_only() {
    Session first = sessions.signIn(null, jane);
    Session second = sessions.signIn(null, jane);
    Session root = sessions.signIn(null, operators.get("root"));

    operators.changePassword("jane", "another long passphrase".toCharArray(), "test");

    assertThat(sessions.find(first.id())).isEmpty();
    assertThat(sessions.find(second.id())).isEmpty();
    assertThat(sessions.find(root.id())).isPresent();
  }

  @Test
  void deleteOperator_endsTheirSessions() {
    Session session = sessions.signIn(null, jane);
    Session anonymous = sessions.create();

    operators.delete("jane", "test");

    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.find(anonymous.id())).isPresent();
  }

  @Test
  void endAllOf_endsEverySessionOfTheOperator() {
    sessions.signIn(null, jane);
    sessions.signIn(null, jane);

    assertThat(sessions.endAllOf(jane.id())).isEqualTo(2);
    assertThat(rows()).isEmpty();
  }

  @Test
  void purgeExpired_deletesOnlyExpiredSessions_andCreatePurgesToo() {
    sessions.create();
    fixture.clock.advance(SessionService.IDLE);
    Session fresh = sessions.signIn(null, jane);
    assertThat(rows()).as("the idle one went when the new one was created").hasSize(1);
    sessions.create();
    fixture.clock.advance(Duration.ofMinutes(10));
    sessions.find(fresh.id());
    fixture.clock.advance(Duration.ofMinutes(25));

    assertThat(sessions.purgeExpired()).isEqualTo(1);
    assertThat(sessions.find(fresh.id())).isPresent();
  }

  @Test
  void toString_leavesOutTheIdAndCsrfToken() {
    Session session = sessions.signIn(null, jane);

    assertThat(session.toString())
        .contains("jane")
        .doesNotContain(session.id())
        .doesNotContain(session.csrfToken());
  }
}
