package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.emulator.faults.Latency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A running job's page in a browser: rows already shown stay the same DOM nodes while the rows
 * finished later are appended below them.
 */
@Tag("browser")
class JobPageLiveRowsBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  @BeforeAll
  static void demoMspAndOperator() {
    console.useDemoMsp();
    console.app().mapping().refreshAccounts("demo", console.app().accountDirectory(), "test");
    console.app().organizationsFromDuo().importUnmapped("demo", "test");
    console.signInFirstOperator("tina", "correct horse battery staple");
  }

  @Test
  void finishedRows_areNotRenderedAgain_whileLaterRowsAreAppended() throws Exception {
    List<String> names = new ArrayList<>();
    // unmapped: they fail at once, before Duo answers the mapped ones
    for (String name : List.of("Aaa One", "Aaa Two", "Aaa Three")) {
      console.app().organizations().create(NewOrganization.named(name), "test");
      names.add(name);
    }
    console.app().organizations().listAll("demo").stream()
        .map(Organization::name)
        .filter(name -> !names.contains(name))
        .forEach(names::add);
    console.duo().faults().latency(Latency.ofMillis(2500, 0));
    try {
      Job job =
          console
              .app()
              .fanOut(null)
              .start(
                  "users.list",
                  null,
                  OrganizationSelection.of(names),
                  RunOptions.as("console:tina", ApiScope.RUN));
      console.open("/console/jobs/" + job.id());
      WebDriverWait wait = new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-row-0")));
      assertThat(console.find(By.id("job-state")).getText()).isEqualTo("running");
      long marked =
          (Long)
              js().executeScript(
                      "var rows = document.querySelectorAll('tr[id^=job-row-]');"
                          + "rows.forEach(function (r) { r.keptFromFirstLoad = true; });"
                          + "return rows.length;");

      wait.until(
          ExpectedConditions.textToBe(
              By.id("job-counts"), names.size() + " of " + names.size() + " done, 3 failed"));
      wait.until(
          ExpectedConditions.numberOfElementsToBe(
              By.cssSelector("tr[id^=job-row-]"), names.size()));
      wait.until(ExpectedConditions.numberOfElementsToBe(By.id("job-rows-next"), 0));

      assertThat(marked).isLessThan(names.size());
      assertThat(
              js().executeScript(
                      "return Array.from(document.querySelectorAll('tr[id^=job-row-]'))"
                          + ".filter(function (r) { return r.keptFromFirstLoad; }).length;"))
          .isEqualTo(marked);
      assertThat(console.find(By.id("job-rows")).getText())
          .contains("Aaa One")
          .contains(names.get(names.size() - 1));
      assertThat(job.await(Duration.ofSeconds(5))).isTrue();
    } finally {
      console.duo().faults().latency(Latency.NONE);
    }
  }

  private static JavascriptExecutor js() {
    return (JavascriptExecutor) console.driver();
  }
}
