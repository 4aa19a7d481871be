package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class FirstOperatorSetupTest {
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dir;
  CoreFixture fixture;
  OperatorService operators;
  FirstOperatorSetup setup;

  @BeforeEach
  void open() {
    fixture = new CoreFixture(Backend.H2, dir);
    operators =
        new OperatorService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
    setup = new FirstOperatorSetup(operators, CoreFixture.RANDOM);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void issueIfNeeded_givesOneTokenWhileNoOperatorExists() {
    String token = setup.issueIfNeeded().orElseThrow();

    assertThat(token).hasSizeGreaterThanOrEqualTo(32);
    assertThat(setup.issueIfNeeded()).contains(token);
    assertThat(setup.pending()).isTrue();
  }

  @Test
  void issueIfNeeded_givesNothingOnceAnOperatorExists() {
    operators.create("root", PASSWORD.toCharArray(), ApiScope.ADMIN, "cli");

    assertThat(setup.issueIfNeeded()).isEmpty();
    assertThat(setup.pending()).isFalse();
  }

  @Test
  void complete_withTheToken_createsAnAdmin_andSpendsTheToken() {
    String token = setup.issueIfNeeded().orElseThrow();

    Operator root = setup.complete(token, "root", PASSWORD.toCharArray(), "127.0.0.1");

    assertThat(root.role()).isEqualTo(ApiScope.ADMIN);
    assertThat(operators.signIn("root", PASSWORD.toCharArray(), "127.0.0.1").id())
        .isEqualTo(root.id());
    assertThat(setup.pending()).isFalse();
    assertThatThrownBy(() -> setup.complete(token, "second", PASSWORD.toCharArray(), "127.0.0.1"))
        .isInstanceOf(InvalidSetupTokenException.class)
        .hasMessageContaining("already done");
    assertThat(operators.list()).hasSize(1);
  }

  @Test
  void complete_withAWrongToken_createsNothing_andNamesTheFix() {
    String token = setup.issueIfNeeded().orElseThrow();

    assertThatThrownBy(() -> setup.complete("guess", "root", PASSWORD.toCharArray(), "127.0.0.1"))
        .isInstanceOf(InvalidSetupTokenException.class)
        .hasMessage("wrong setup token; use the one the server printed when it started")
        .hasMessageNotContaining(token);
    assertThat(operators.none()).isTrue();
    assertThat(setup.pending()).isTrue();
  }

  @Test
  void complete_withARejectedPassword_keepsTheTokenForAnotherTry() {
    String token = setup.issueIfNeeded().orElseThrow();

    assertThatThrownBy(() -> setup.complete(token, "root", "short".toCharArray(), "127.0.0.1"))
        .isInstanceOf(InvalidOperatorException.class);

    assertThat(setup.complete(token, "root", PASSWORD.toCharArray(), "127.0.0.1").username())
        .isEqualTo("root");
  }

  @Test
  void complete_beforeAnyTokenWasIssued_isRefused() {
    assertThatThrownBy(
            () -> setup.complete("anything", "root", PASSWORD.toCharArray(), "127.0.0.1"))
        .isInstanceOf(InvalidSetupTokenException.class);
    assertThat(operators.none()).isTrue();
  }
}
