package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl jobs ...} after fan-outs, and the progress a fan-out draws on a terminal. */
@Tag("slow")
class JobsCliTest {
  static final Pattern JOB_ID = Pattern.compile("job ([0-9a-f-]{36})");

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(17).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void mspWithTwoCustomers() {
    cli = new CliHarness(dataDir);
    new CliMsp(duo.emulator(), cli, "Acme", "Globex");
  }

  static String jobId(Result run) {
    Matcher m = JOB_ID.matcher(run.err());
    assertThat(m.find()).as("job id on stderr: " + run.err()).isTrue();
    return m.group(1);
  }

  @Test
  void afterAFanOut_jobsListShowAndRowsAsCsv_describeIt() {
    cli.ok("users", "create", "hank", "--org", "Globex");
    String id = jobId(cli.ok("run", "users.list", "--all-orgs"));

    assertThat(cli.ok("jobs", "list").out())
        .containsPattern(id + "\\s+users.list\\s+succeeded\\s+2/2\\s+0\\s+all\\s");
    assertThat(cli.ok("jobs", "show", id).out())
        .containsPattern("state\\s+succeeded")
        .containsPattern("total\\s+2")
        .containsPattern("ok\\s+2")
        .containsPattern("failed\\s+0")
        .containsPattern("took\\s+\\d+\\.\\d s");
    List<String> csv = cli.ok("jobs", "rows", id, "-o", "csv").out().lines().toList();
    assertThat(csv.get(0))
        .startsWith("organization,organization_id,ok,error.code,")
        .contains(",username,");
    assertThat(csv.subList(1, csv.size()))
        .anySatisfy(l -> assertThat(l).startsWith("Globex,").contains(",true,").contains(",hank,"))
        .allSatisfy(l -> assertThat(l).doesNotContain("[", "{"));
  }

  @Test
  void failedRows_areKeptWithTheirError_andJsonRowsCarryIt() {
    String id = jobId(cli.run("users", "get", "hank", "--orgs", "Acme,Initech"));

    assertThat(cli.ok("jobs", "show", id).out()).containsPattern("state\\s+failed");
    assertThat(cli.ok("jobs", "rows", id, "-o", "jsonl").out().lines())
        .hasSize(2)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("\"organization\":\"Initech\"", "\"code\":\"unknown_organization\""))
        .anySatisfy(
            l -> assertThat(l).contains("\"organization\":\"Acme\"", "\"code\":\"not_found\""));
  }

  @Test
  void unknownJob_andCancellingAFinishedOne_exitOneWithAClearMessage() {
    Result unknown = cli.run("jobs", "show", "no-such-job");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no job no-such-job", "duoctl jobs list");

    String id = jobId(cli.ok("users", "list", "--all-orgs"));
    Result cancel = cli.run("jobs", "cancel", id);
    assertThat(cancel.code()).isEqualTo(1);
    assertThat(cancel.err()).contains("job " + id + " is not running (it ended succeeded at ");
  }

  @Test
  void fanOutOnATerminal_drawsAProgressBarInPlaceOnStderr() {
    Terminal watched =
        new Terminal(new ByteArrayInputStream(new byte[0]), null, true, Terminal.Interrupts.NONE);

    Result run = cli.runOn(watched, "users", "list", "--all-orgs");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("\r[########################] 2/2 done, 2 ok, 0 failed");
    assertThat(run.out()).doesNotContain("\r");
  }

  @Test
  void singleOrganization_orNoTerminal_drawsNoProgress() {
    Result single =
        cli.runOn(
            new Terminal(
                new ByteArrayInputStream(new byte[0]), null, true, Terminal.Interrupts.NONE),
            "users",
            "list",
            "--org",
            "Acme");
    Result piped = cli.ok("users", "list", "--all-orgs");

    assertThat(single.err()).isEmpty();
    assertThat(piped.err()).doesNotContain("\r", "done,");
  }

  @Test
  void help_showsExamples_andCompletionKnowsTheNewCommands() {
    assertThat(cli.ok("users", "create", "--help").out())
        .contains("Examples:", "duoctl users create jdoe", "--set=KEY=VALUE", "--org=ORG");
    assertThat(cli.ok("bypass-codes", "--help").out()).contains("create", "list", "delete");

    String script = cli.ok("completion").out();
    assertThat(script)
        .contains("users", "phones", "bypass-codes", "jobs")
        .contains("send-sms-activation")
        .contains("--reuse-count");
  }
}
