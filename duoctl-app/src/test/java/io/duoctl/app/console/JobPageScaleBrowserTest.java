package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.model.Account;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A job over 5,000 organizations, still running while its page is open in a browser: the page loads
 * in at most 100 KB (document, fragments and assets, none from the cache), and as organizations
 * finish it shows the new counts and appends the new rows without reloading and without rendering
 * the rows already shown again, until it shows the job's end.
 *
 * <p>The job is real: 4,997 unmapped organizations, which fail without calling Duo, and the demo's
 * 3 mapped ones, which list their users in the emulator. Two of those, at rows 150 and 400, are
 * held in Duo (the test holds their emulator account's lock) until the test lets them answer, so
 * the job stays running exactly as long as the test needs.
 */
@Tag("browser")
@Tag("slow")
class JobPageScaleBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  private static final int ORGANIZATIONS = 5_000;
  private static final int UNMAPPED = ORGANIZATIONS - 3;
  private static final int FIRST_HELD = 150;
  private static final int SECOND_HELD = 400;
  private static final Duration JOB_WAIT = Duration.ofMinutes(4);

  @BeforeAll
  static void demoMspWithFiveThousandOrganizations() {
    console.useDemoMsp();
    console.app().mapping().refreshAccounts("demo", console.app().accountDirectory(), "test");
    console.app().organizationsFromDuo().importUnmapped("demo", "test");
    StringBuilder csv = new StringBuilder("name\n");
    for (int i = 0; i < UNMAPPED; i++) {
      csv.append("Org %04d\n".formatted(i));
    }
    console.app().csvImport().importCsv(new StringReader(csv.toString()), "demo", "test");
    console.signInFirstOperator("tina", "correct horse battery staple");
  }

  @Test
  void runningJobPage_loadsUnder100Kb_andAppendsFinishedRowsWithoutRenderingShownOnesAgain()
      throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < UNMAPPED; i++) {
      names.add("Org %04d".formatted(i));
    }
    names.add(5, "Bluebird Bakery");
    names.add(FIRST_HELD, "Harbor Dental Group");
    names.add(SECOND_HELD, "Cedar Ridge Law");
    try (HeldInDuo first = HeldInDuo.account("Harbor Dental Group");
        HeldInDuo second = HeldInDuo.account("Cedar Ridge Law")) {
      Job job =
          console
              .app()
              .fanOut(null)
              .start(
                  "users.list",
                  null,
                  OrganizationSelection.of(names),
                  RunOptions.as("console:tina", ApiScope.RUN));
      awaitRowsStored(job, FIRST_HELD);
      noBrowserCache();

      console.open("/console/jobs/" + job.id());
      WebDriverWait wait = new WebDriverWait(console.driver(), JOB_WAIT);
      awaitRow(wait, FIRST_HELD - 1);
      Map<String, Object> transfer = transferred();
      assertThat(((Number) transfer.get("htmx")).longValue())
          .as("htmx came over the network, not from the cache")
          .isPositive();
      assertThat(((Number) transfer.get("total")).longValue())
          .as("bytes received: %s", transfer.get("each"))
          .isLessThanOrEqualTo(100_000);
      assertThat(rowCount()).isEqualTo(FIRST_HELD);
      assertThat(console.find(By.id("job-state")).getText()).isEqualTo("running");
      wait.until(ExpectedConditions.textToBe(By.id("job-counts"), counts(ORGANIZATIONS - 2)));
      long marked = markShownRowsAndPage();
      assertThat(largestSummaryUpdate())
          .as("the progress polled every second is the counts alone, not the whole job")
          .isLessThan(2_000);

      first.answer();
      awaitRow(wait, SECOND_HELD - 1);
      wait.until(ExpectedConditions.textToBe(By.id("job-counts"), counts(ORGANIZATIONS - 1)));
      assertThat(rowCount()).isEqualTo(SECOND_HELD);
      assertThat(console.find(By.id("job-row-" + FIRST_HELD)).getText())
          .contains("Harbor Dental Group")
          .contains("ok");
      assertThat(console.find(By.id("job-state")).getText()).isEqualTo("running");
      assertThat(rowsStillMarked()).isEqualTo(marked);

      second.answer();
      assertThat(job.await(JOB_WAIT)).isTrue();
      wait.until(ExpectedConditions.textToBe(By.id("job-state"), "partial"));
      assertThat(console.find(By.id("job-counts")).getText()).isEqualTo(counts(ORGANIZATIONS));
      awaitRow(wait, SECOND_HELD + 99);
      assertThat(console.find(By.id("job-row-" + SECOND_HELD)).getText())
          .contains("Cedar Ridge Law");
      assertThat(rowCount()).isEqualTo(SECOND_HELD + 100);
      assertThat(console.driver().findElements(By.id("cancel-job"))).isEmpty();
      assertThat(pollingElements()).isZero();

      console.find(By.id("job-rows-more")).click();
      awaitRow(wait, SECOND_HELD + 199);
      assertThat(rowCount()).isEqualTo(SECOND_HELD + 200);
      assertThat(rowsStillMarked()).isEqualTo(marked);
      assertThat(js().executeScript("return window.loadedOnce === true;")).isEqualTo(true);
    }
  }

  /** Waits until rows 0 to {@code count - 1} are stored, which the page shows as it opens. */
  private static void awaitRowsStored(Job job, int count) {
    new WebDriverWait(console.driver(), JOB_WAIT)
        .until(
            d -> {
              List<JobRow> first = console.app().jobs().rows(job.id(), -1, count);
              return first.size() == count && first.get(count - 1).index() == count - 1;
            });
  }

  private static void awaitRow(WebDriverWait wait, int index) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-row-" + index)));
  }

  private static String counts(int done) {
    return done + " of " + ORGANIZATIONS + " done, " + UNMAPPED + " failed";
  }

  /** Every request goes to the server, so the bytes counted include the page's assets. */
  private static void noBrowserCache() {
    ChromeDriver chrome = (ChromeDriver) console.driver();
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
  }

  /** Bytes received for the document and every request since (headers and bodies). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> transferred() {
    return (Map<String, Object>)
        js().executeScript(
                "var entries = performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'));"
                    + "var htmx = entries.find(function (e) { return /htmx\\.min\\.js$/.test(e.name); });"
                    + "return {"
                    + " total: entries.reduce(function (sum, e) { return sum + e.transferSize; }, 0),"
                    + " htmx: htmx ? htmx.transferSize : 0,"
                    + " each: entries.map(function (e) {"
                    + "   return e.name.replace(location.origin, '') + ' ' + e.transferSize"
                    + "     + ' (' + e.decodedBodySize + ' unpacked)'; }) };");
  }

  private static long largestSummaryUpdate() {
    return ((Number)
            js().executeScript(
                    "return Math.max.apply(null, performance.getEntriesByType('resource')"
                        + ".filter(function (e) { return /\\/summary$/.test(e.name); })"
                        + ".map(function (e) { return e.decodedBodySize; }));"))
        .longValue();
  }

  private static long markShownRowsAndPage() {
    return (Long)
        js().executeScript(
                "window.loadedOnce = true;"
                    + "var rows = document.querySelectorAll('tr[id^=job-row-]');"
                    + "rows.forEach(function (r) { r.shownBefore = true; });"
                    + "return rows.length;");
  }

  private static Object rowsStillMarked() {
    return js().executeScript(
            "return Array.from(document.querySelectorAll('tr[id^=job-row-]'))"
                + ".filter(function (r) { return r.shownBefore; }).length;");
  }

  private static long rowCount() {
    return console.driver().findElements(By.cssSelector("tr[id^=job-row-]")).size();
  }

  private static long pollingElements() {
    return console.driver().findElements(By.cssSelector("[hx-trigger^=every]")).size();
  }

  private static JavascriptExecutor js() {
    return (JavascriptExecutor) console.driver();
  }

  /**
   * Holds one emulated child account's state lock, so Duo answers that account's calls only after
   * {@link #answer()}: a call that is slow exactly as long as the test wants.
   */
  private static final class HeldInDuo implements AutoCloseable {
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private HeldInDuo(Account account) {
      var unused =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    synchronized (AccountLock.of(account)) {
                      held.countDown();
                      awaitUninterruptibly(released);
                    }
                  });
      awaitUninterruptibly(held);
    }

    static HeldInDuo account(String name) {
      return new HeldInDuo(
          console.duo().world().accounts().stream()
              .filter(account -> account.name().equals(name))
              .findFirst()
              .orElseThrow());
    }

    void answer() {
      released.countDown();
    }

    @Override
    public void close() {
      answer();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
      boolean interrupted = false;
      while (true) {
        try {
          latch.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
