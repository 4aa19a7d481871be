package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong first-operator setup tokens are throttled like wrong passwords, on every node. */
abstract class SetupTokenThrottleContract {
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dir;
  CoreFixture fixture;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  /** The operators of a server process on the shared database, hashing cheaply. */
  OperatorService operators() {
    return new OperatorService(
        fixture.jdbi(),
        fixture.audit,
        fixture.clock,
        new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), CoreFixture.RANDOM),
        SignInThrottle.Limits.DEFAULT);
  }

  /** A server process on the shared database, with its own setup token. */
  FirstOperatorSetup node() {
    return new FirstOperatorSetup(operators(), CoreFixture.RANDOM);
  }

  static void guess(FirstOperatorSetup setup, String address) {
    assertThatThrownBy(() -> setup.complete("guess", "root", PASSWORD.toCharArray(), address))
        .isInstanceOf(InvalidSetupTokenException.class);
  }

  @Test
  void afterFiveWrongTokens_theRightOneIsRefusedUntilTheWindowPasses() {
    FirstOperatorSetup setup = node();
    String token = setup.issueIfNeeded().orElseThrow();
    for (int i = 0; i < 5; i++) {
      guess(setup, "203.0.113." + i);
      fixture.clock.advance(Duration.ofMinutes(1));
    }

    assertThatThrownBy(() -> setup.complete(token, "root", PASSWORD.toCharArray(), "192.0.2.1"))
        .isInstanceOfSatisfying(
            SignInThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(10)))
        .hasMessage("too many failed sign-ins; try again in 600 seconds");
    assertThat(setup.pending()).isTrue();

    fixture.clock.advance(Duration.ofMinutes(10));
    assertThat(setup.complete(token, "root", PASSWORD.toCharArray(), "192.0.2.1").username())
        .isEqualTo("root");
  }

  @Test
  void wrongTokensAndFailedSignInsFromOneAddress_countTogether() {
    OperatorService operators = operators();
    FirstOperatorSetup setup = node();
    String token = setup.issueIfNeeded().orElseThrow();
    for (int i = 0; i < 19; i++) {
      String user = "guess" + i;
      assertThatThrownBy(() -> operators.signIn(user, PASSWORD.toCharArray(), "203.0.113.7"))
          .isInstanceOf(SignInFailedException.class);
    }
    guess(setup, "203.0.113.7");

    assertThatThrownBy(() -> setup.complete(token, "root", PASSWORD.toCharArray(), "203.0.113.7"))
        .isInstanceOf(SignInThrottledException.class);
    assertThat(setup.complete(token, "root", PASSWORD.toCharArray(), "192.0.2.1").username())
        .isEqualTo("root");
  }

  @Test
  void throttling_isSharedByEveryNodeOnTheDatabase() {
    FirstOperatorSetup first = node();
    FirstOperatorSetup second = node();
    assertThat(first.issueIfNeeded()).isPresent();
    String secondToken = second.issueIfNeeded().orElseThrow();
    for (int i = 0; i < 5; i++) {
      guess(i % 2 == 0 ? first : second, "203.0.113." + i);
    }

    assertThatThrownBy(
            () -> second.complete(secondToken, "root", PASSWORD.toCharArray(), "192.0.2.1"))
        .isInstanceOf(SignInThrottledException.class);
  }
}
