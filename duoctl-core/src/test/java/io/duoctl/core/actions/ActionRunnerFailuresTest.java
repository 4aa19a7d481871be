package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the runner reports a handler that fails: the caller's mistake or duoctl's bug. */
class ActionRunnerFailuresTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionRunner runnerFor(ActionDefinition action) {
    msp.childOrganization("Acme Dental");
    return new ActionRunner(
        ActionCatalog.of(List.of(action)),
        msp.resolver(),
        msp.clientBuilder().build().transport(),
        run -> {},
        Clock.systemUTC());
  }

  @Test
  void aHandlerBugThrowingIllegalArgument_isInternal_withoutItsDetails() {
    ActionRunner runner =
        runnerFor(
            ActionDefinition.define("test.buggy")
                .title("Buggy")
                .description("Fails with a bug")
                .output("nothing")
                .reads()
                .handledBy(
                    (ctx, in) -> {
                      throw new IllegalArgumentException("index 7 out of bounds for secret s3cr3t");
                    }));

    ActionResult result = runner.run("Acme Dental", "test.buggy", null, tech);

    assertThat(result.error().code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(result.error().message()).doesNotContain("s3cr3t").contains("server log");
  }

  @Test
  void aHandlerReadingAFieldItDidNotDeclare_isInternal() {
    ActionRunner runner =
        runnerFor(
            ActionDefinition.define("test.undeclared")
                .title("Undeclared")
                .description("Reads a field it does not declare")
                .input(Field.string("name", "A name"))
                .output("nothing")
                .reads()
                .handledBy((ctx, in) -> ActionJson.object().put("had", in.has("nmae"))));

    ActionResult result =
        runner.run("Acme Dental", "test.undeclared", Json.of("{'name': 'x'}"), tech);

    assertThat(result.error().code()).isEqualTo(ErrorCode.INTERNAL);
  }
}
