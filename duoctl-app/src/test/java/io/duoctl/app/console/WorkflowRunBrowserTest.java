package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.model.Account;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workflow from the console against the emulator's demo MSP: offboard a user present in two of
 * its three organizations from the workflow's form, confirm when core asks, and watch the run's
 * timeline fill in until the run ends with its summary.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowRunBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  private static final String LEAVER = "demo.user";

  @BeforeAll
  static void demoMspWithALeaverInTwoOrganizations() {
    console.useDemoMsp();
    console.app().mapping().refreshAccounts("demo", console.app().accountDirectory(), "test");
    console.app().organizationsFromDuo().importUnmapped("demo", "test");
    UserDirectory.of(console.duo().world(), account("Cedar Ridge Law"))
        .create(User.builder(LEAVER).email("demo.user@cedarridgelaw.example"));
    console.signInFirstOperator("tina", "correct horse battery staple");
  }

  @Test
  @Order(1)
  void aFormError_isShownNextToItsField_andNothingStarts() {
    console.open("/console/workflows/onboard-user");
    console.awaitTitle("Onboard a user");
    console.type("f-organization", "Harbor Dental Group");
    console.type("f-username", "new.hire");
    console.type("f-email", "new.hire@harbordental");
    console.find(By.id("dry-run")).click();

    assertThat(console.find(By.id("e-email")).getText()).startsWith("Email ");
    assertThat(console.find(By.id("f-username")).getAttribute("value")).isEqualTo("new.hire");
    assertThat(runs()).isEmpty();
  }

  @Test
  @Order(2)
  void offboardEverywhere_fromItsForm_timelineFillsInUntilTheRunEnds() {
    console.duo().faults().latency(Latency.ofMillis(300, 0));
    try {
      console.open("/console/workflows");
      console.awaitTitle("Workflows");
      console.screenshot("workflows");
      console.find(By.linkText("Offboard everywhere")).click();
      console.awaitTitle("Offboard everywhere");
      console.type("f-user", LEAVER);
      console.find(By.id("run")).click();
      assertThat(console.find(By.id("confirm")).getText())
          .contains("Run offboard-everywhere?")
          .contains("users.delete");
      assertThat(runs()).isEmpty();
      console.screenshot("workflow-confirm");
      console.find(By.id("confirm-run")).click();

      console.awaitTitle("Workflow run");
      assertThat(console.find(By.id("run-state")).getText()).isEqualTo("running");
      int rowsWhileRunning = stepRows().size();
      WebDriverWait wait = new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT);
      wait.until(ExpectedConditions.textToBe(By.id("run-state"), "succeeded"));

      WorkflowRun run = runs().getFirst();
      assertThat(console.find(By.id("run-summary")).getText()).isEqualTo(run.summary());
      assertThat(run.summary()).contains("changes made");
      assertThat(stepRows().size()).isGreaterThan(rowsWhileRunning);
      assertThat(console.find(By.id("run-live")).getAttribute("hx-trigger")).isNull();
      assertThat(stepRows())
          .extracting(row -> row.getAttribute("data-key"))
          .contains("offboard", "offboard[0]/user", "offboard[2]/disable")
          .anyMatch(key -> key.matches("offboard\\[\\d]/phones\\[0]"));
      assertThat(console.find(By.id("run-steps")).getText())
          .contains("Harbor Dental Group", "Cedar Ridge Law", "Bluebird Bakery", "changed");
      assertThat(
              UserDirectory.of(console.duo().world(), account("Harbor Dental Group"))
                  .byUsernameOrAlias(LEAVER)
                  .orElseThrow()
                  .status()
                  .toString())
          .isEqualToIgnoringCase("disabled");
      console.screenshot("workflow-run");
    } finally {
      console.duo().faults().latency(Latency.NONE);
    }
  }

  @Test
  @Order(3)
  void theRunIsListed_andItsAuditLinkShowsWhatItChanged() {
    console.open("/console/workflow-runs?workflow=offboard-everywhere");
    console.awaitTitle("Workflow runs");
    WorkflowRun run = runs().getFirst();
    assertThat(console.find(By.id("run-" + run.id())).getText()).contains(run.summary());

    console.find(By.cssSelector("#run-" + run.id() + " a")).click();
    console.awaitTitle("Workflow run");
    console.find(By.id("run-audit")).click();
    console.awaitTitle("Audit");

    assertThat(console.find(By.id("audit-table")).getText())
        .contains("run:users.update")
        .contains("run:phones.unassign");
  }

  private static List<WebElement> stepRows() {
    return console.driver().findElements(By.cssSelector("#run-steps tr[data-key]"));
  }

  private static List<WorkflowRun> runs() {
    return console.app().workflowRuns().history().recent(RunFilter.ALL, 0, 10);
  }

  private static Account account(String name) {
    return console.duo().world().accounts().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
