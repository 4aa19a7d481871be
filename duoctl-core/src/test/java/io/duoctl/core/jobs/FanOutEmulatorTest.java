package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fan-out over many child accounts of the emulator, through a proxy that injects faults. */
@Tag("slow")
class FanOutEmulatorTest {

  private static final Pattern ACCOUNT_ID = Pattern.compile("account_id\\W+(DA[0-9A-Z]+)");

  @TempDir Path tempDir;

  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing.reversed()) {
      c.close();
    }
  }

  private <T extends AutoCloseable> T closeLater(T resource) {
    closing.add(resource);
    return resource;
  }

  private FanOut fanOut(EmulatedMsp msp, ActionRunner runner, FanOutLimits limits) {
    CoreFixture db = closeLater(new CoreFixture(Backend.H2, tempDir));
    return closeLater(
        new FanOut(
            runner,
            msp.resolver(),
            OrganizationSelection::organizations,
            new JobStore(db.jdbi()),
            limits,
            Clock.systemUTC()));
  }

  private static List<String> organizations(EmulatedMsp msp, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> String.format("Org %02d", i))
        .peek(msp::childOrganization)
        .toList();
  }

  @Test
  void fanOut_over50Organizations_with10PercentOf429And5xx_givesOneCorrectRowEach()
      throws Exception {
    DuoEmulator duo = DuoEmulator.builder().seed(5).build().start();
    FaultInjectingProxy proxy =
        closeLater(new FaultInjectingProxy(duo.proxySelector(), 11, 0.10, 0.10));
    EmulatedMsp msp = closeLater(new EmulatedMsp(duo, proxy.port()));
    List<String> names = organizations(msp, 50);
    Map<String, Account> accounts =
        duo.world().accounts().stream()
            .collect(Collectors.toMap(Account::name, Function.identity(), (a, b) -> a));
    FanOut fanOut = fanOut(msp, msp.runner(), new FanOutLimits(8, 2));

    Job job =
        fanOut.start(
            "raw.admin",
            setTelephonyCredits(7),
            OrganizationSelection.of(names),
            RunOptions.as("test:fan-out", ApiScope.RUN));

    assertThat(job.await(Duration.ofSeconds(60))).isTrue();
    List<JobRow> rows = fanOut.rows(job.id());
    assertThat(rows).extracting(JobRow::organization).containsExactlyElementsOf(names);
    List<JobRow> failed = rows.stream().filter(r -> !r.ok()).toList();
    for (JobRow row : rows) {
      long credits =
          duo.world().requireAccount(accounts.get(row.organization()).id()).telephonyCredits();
      if (row.ok()) {
        assertThat(credits).as(row.organization()).isEqualTo(7);
      } else {
        assertThat(credits).as(row.organization()).isNotEqualTo(7);
        assertThat(row.errorCode()).as(row.organization()).isEqualTo(ErrorCode.DUO_SERVER);
        assertThat(row.duoCode()).isEqualTo(50301);
        assertThat(row.message()).contains("503");
      }
    }
    assertThat(proxy.rateLimited()).as("429s injected").isPositive();
    assertThat(proxy.serverErrors()).as("503s injected").isPositive();
    assertThat(failed).hasSize(proxy.serverErrors());
    List<String> changedAccounts =
        proxy.forwarded().stream()
            .filter(r -> !r.method().equals("GET"))
            .map(r -> accountId(r.body() + "&" + r.query()))
            .toList();
    assertThat(changedAccounts).doesNotHaveDuplicates().hasSize(50 - failed.size());
    JobProgress progress = fanOut.progress(job.id()).orElseThrow();
    assertThat(progress).isEqualTo(job.progress());
    assertThat(progress.total()).isEqualTo(50);
    assertThat(progress.done()).isEqualTo(50);
    assertThat(progress.failed()).isEqualTo(failed.size());
    assertThat(progress.state()).isEqualTo(JobState.PARTIAL);
    assertThat(msp.audit).hasSize(50).allMatch(run -> run.jobId().orElseThrow().equals(job.id()));
  }

  @Test
  void fanOut_withTheEmulatorsFaultRules_neverSendsAChangeTwice() throws Exception {
    EmulatedMsp msp = closeLater(new EmulatedMsp());
    List<String> names = organizations(msp, 50);
    msp.duo
        .faults()
        .add(FaultRule.onPath("/admin/v1/billing/*", 0.10, Fault.rateLimited()))
        .add(FaultRule.onPath("/admin/v1/billing/*", 0.11, Fault.status(503)));
    FanOut fanOut = fanOut(msp, msp.runner(), new FanOutLimits(16, 4));

    Job job =
        fanOut.start(
            "raw.admin",
            setTelephonyCredits(3),
            OrganizationSelection.of(names),
            RunOptions.as("test:faults", ApiScope.RUN));

    assertThat(job.await(Duration.ofSeconds(60))).isTrue();
    List<JobRow> rows = fanOut.rows(job.id());
    assertThat(rows).extracting(JobRow::organization).containsExactlyElementsOf(names);
    List<RecordedRequest> posts =
        msp.duo
            .requests()
            .matching(r -> r.method().equals("POST") && r.path().endsWith("/telephony_credits"));
    assertThat(posts).anyMatch(r -> r.status() == 429).anyMatch(r -> r.status() == 503);
    Map<String, List<Integer>> answered =
        posts.stream()
            .filter(r -> r.status() != 429)
            .collect(
                Collectors.groupingBy(
                    r -> r.param("account_id"),
                    Collectors.mapping(RecordedRequest::status, Collectors.toList())));
    assertThat(answered)
        .hasSize(50)
        .allSatisfy((account, statuses) -> assertThat(statuses).hasSize(1));
    for (JobRow row : rows) {
      Account account =
          msp.duo.world().children(msp.parent.id()).stream()
              .filter(a -> a.name().equals(row.organization()))
              .findFirst()
              .orElseThrow();
      assertThat(answered.get(account.id()))
          .as(row.organization())
          .containsExactly(row.ok() ? 200 : 503);
      if (!row.ok()) {
        assertThat(row.errorCode()).isEqualTo(ErrorCode.DUO_SERVER);
      }
    }
  }

  @Test
  void cancel_stopsSchedulingAndGivesTheRestACancelledRow() throws Exception {
    EmulatedMsp msp = closeLater(new EmulatedMsp());
    List<String> names = organizations(msp, 30);
    FanOut fanOut = fanOut(msp, msp.runner(), new FanOutLimits(1, 1));

    Job job =
        fanOut.start(
            "raw.admin",
            setTelephonyCredits(9),
            OrganizationSelection.of(names),
            RunOptions.as("test:cancel", ApiScope.RUN));
    assertThat(fanOut.cancel(job.id())).isTrue();

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    List<JobRow> rows = fanOut.rows(job.id());
    assertThat(rows).hasSize(30);
    List<JobRow> cancelled =
        rows.stream().filter(r -> r.errorCode() == ErrorCode.CANCELLED).toList();
    assertThat(cancelled).isNotEmpty();
    assertThat(rows).allMatch(r -> r.ok() || r.errorCode() == ErrorCode.CANCELLED);
    assertThat(fanOut.progress(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    assertThat(msp.audit).hasSize(30 - cancelled.size());
  }

  @Test
  void results_goToTheListenerOnceEach_andNothingKeepsThemOnceStored() throws Exception {
    EmulatedMsp msp = closeLater(new EmulatedMsp());
    List<String> names = organizations(msp, 12);
    ActionDefinition big =
        ActionDefinition.define("test.big")
            .title("Big")
            .description("Returns many items")
            .output("[items]")
            .handledBy(
                (ctx, in) -> {
                  var items = ActionJson.mapper().createArrayNode();
                  IntStream.range(0, 2_000).forEach(i -> items.addObject().put("n", i));
                  return items;
                });
    ActionRunner runner =
        new ActionRunner(
            ActionCatalog.of(List.of(big)),
            msp.resolver(),
            msp.client.transport(),
            run -> {},
            Clock.systemUTC());
    FanOut fanOut = fanOut(msp, runner, new FanOutLimits(4, 2));
    List<WeakReference<ActionResult>> handed = new CopyOnWriteArrayList<>();
    List<String> handedFor = new CopyOnWriteArrayList<>();

    Job job =
        fanOut.start(
            "test.big",
            null,
            OrganizationSelection.of(names),
            RunOptions.as("t", ApiScope.READ),
            (index, result) -> {
              handed.add(new WeakReference<>(result));
              handedFor.add(result.organization());
            });

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(handedFor).containsExactlyInAnyOrderElementsOf(names);
    for (int i = 0; i < 20 && handed.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(50);
    }
    assertThat(handed).as("results held after the job").allMatch(r -> r.get() == null);
    assertThat(job.progress().done()).isEqualTo(12);
    assertThat(fanOut.rows(job.id())).allSatisfy(r -> assertThat(r.data()).hasSize(2_000));
  }

  @Test
  void secretsInResults_goToTheCallerOnceAndAreRedactedInStoredRows() throws Exception {
    EmulatedMsp msp = closeLater(new EmulatedMsp());
    List<String> names = organizations(msp, 3);
    ActionDefinition secretive =
        ActionDefinition.define("test.codes")
            .title("Codes")
            .description("Returns a code")
            .output("{codes}")
            .changes()
            .secretOutputs("codes")
            .handledBy(
                (ctx, in) ->
                    ActionJson.object()
                        .put("user", "jdoe")
                        .set("codes", ActionJson.of(List.of("81723645"))));
    ActionRunner runner =
        new ActionRunner(
            ActionCatalog.of(List.of(secretive)),
            msp.resolver(),
            msp.client.transport(),
            run -> {},
            Clock.systemUTC());
    FanOut fanOut = fanOut(msp, runner, FanOutLimits.defaults());

    List<ActionResult> handed = new CopyOnWriteArrayList<>();
    Job job =
        fanOut.start(
            "test.codes",
            null,
            OrganizationSelection.of(names),
            RunOptions.as("t", ApiScope.RUN).withResultsInHand(),
            (index, result) -> handed.add(result));

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(handed)
        .hasSize(names.size())
        .extracting(ActionResult::data)
        .allSatisfy(d -> assertThat(d.toString()).contains("81723645"));
    assertThat(fanOut.rows(job.id()))
        .allSatisfy(
            r -> {
              assertThat(r.data().toString()).doesNotContain("81723645").contains("[redacted]");
              assertThat(r.data().path("user").asText()).isEqualTo("jdoe");
            });
  }

  @Test
  void unknownOrganizationInTheList_getsItsOwnFailedRow() throws Exception {
    EmulatedMsp msp = closeLater(new EmulatedMsp());
    msp.childOrganization("Acme");
    FanOut fanOut = fanOut(msp, msp.runner(), FanOutLimits.defaults());

    Job job =
        fanOut.start(
            "users.list",
            null,
            OrganizationSelection.of(List.of("Acme", "Ghost")),
            RunOptions.as("t", ApiScope.RUN));

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(fanOut.rows(job.id()))
        .extracting(JobRow::organization, JobRow::ok, JobRow::errorCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Acme", true, null),
            org.assertj.core.groups.Tuple.tuple("Ghost", false, ErrorCode.UNKNOWN_ORGANIZATION));
    assertThat(fanOut.progress(job.id()).orElseThrow().state()).isEqualTo(JobState.PARTIAL);
  }

  /** Each organization's own billing endpoint, reached with its bound child account_id. */
  private static JsonNode setTelephonyCredits(int credits) {
    return Json.of(
        "{'method': 'POST', 'path': '/admin/v1/billing/telephony_credits', 'params': {'credits': '"
            + credits
            + "'}}");
  }

  private static String accountId(String text) {
    Matcher m = ACCOUNT_ID.matcher(text);
    return m.find() ? m.group(1) : "none:" + text;
  }
}
