package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.emulator.faults.Latency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organizations, actions and jobs pages against the emulator's demo MSP: import and map the
 * organizations, store a directory key and sync a user, create bypass codes and see them once, and
 * follow a fan-out job to its end.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkPagesBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  private static final String OPERATOR = "tina";
  private static final String DIRECTORY_KEY = "DEMODIRECTORYKEY0001";

  @BeforeAll
  static void demoMspAndOperator() throws Exception {
    console.useDemoMsp();
    console.signInFirstOperator(OPERATOR, "correct horse battery staple");
  }

  @Test
  @Order(1)
  void organizations_importCsvRefreshSuggestAndSaveMappings() throws Exception {
    console.open("/console/organizations");
    console.awaitTitle("Organizations & mapping");
    Path csv = Files.createTempFile("orgs-", ".csv");
    Files.writeString(
        csv,
        "name,external_id,tags\n"
            + "Harbor Dental,PSA-1,demo\n"
            + "Cedar Ridge Law LLP,PSA-2,demo\n"
            + "Bluebird Bakery,PSA-3,demo;food\n");
    console.find(By.id("csv-file")).sendKeys(csv.toAbsolutePath().toString());
    console.find(By.id("import-csv")).click();
    assertThat(console.find(By.id("orgs-message")).getText())
        .isEqualTo("Imported 3 organizations from CSV.");
    assertThat(console.find(By.id("mapping-health")).getText())
        .contains("never loaded")
        .contains("3 organizations are not mapped");

    console.find(By.id("refresh-accounts")).click();
    assertThat(console.find(By.id("orgs-message")).getText())
        .isEqualTo("Refreshed the Duo account list: 3 accounts.");
    console.find(By.id("suggest-matches")).click();
    new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.suggested"), 2));
    assertThat(accountField("Cedar Ridge Law LLP").getAttribute("value"))
        .startsWith("Cedar Ridge Law (DA");
    assertThat(accountField("Bluebird Bakery").getAttribute("value"))
        .startsWith("Bluebird Bakery (DA");
    // a weak match is shown with its score but left for a person to pick
    assertThat(row("Harbor Dental").findElement(By.cssSelector(".suggestion")).getText())
        .isEqualTo("Harbor Dental Group · 0.85 · weak");
    assertThat(accountField("Harbor Dental").getAttribute("value")).isEmpty();
    accountField("Harbor Dental").sendKeys("Harbor Dental Group");
    console.screenshot("organizations-suggested");

    console.find(By.id("save-mappings")).click();
    assertThat(console.find(By.id("orgs-message")).getText()).isEqualTo("Saved 3 changes.");
    assertThat(console.find(By.id("mapping-health")).getText())
        .contains("Every organization is mapped");
    assertThat(row("Bluebird Bakery").getText()).contains("mapped");
    assertThat(console.app().organizations().listAll("demo"))
        .allSatisfy(o -> assertThat(o.duoAccountId()).startsWith("DA"));
    console.screenshot("organizations");

    console.driver().manage().window().setSize(new Dimension(390, 844));
    console.open("/console/organizations");
    console.screenshot("organizations-phone");
    console.driver().manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  @Order(2)
  void directoryKey_isWriteOnly_andSyncsAUserThroughTheActionsPage() {
    console.open("/console/organizations");
    WebElement key = row("Harbor Dental").findElement(By.cssSelector("input[type=password]"));
    key.sendKeys(DIRECTORY_KEY);
    console.find(By.id("save-mappings")).click();
    assertThat(console.find(By.id("orgs-message")).getText()).isEqualTo("Saved 1 changes.");
    assertThat(row("Harbor Dental").findElement(By.cssSelector(".status")).getText())
        .isEqualTo("set");
    assertThat(console.driver().getPageSource()).doesNotContain(DIRECTORY_KEY);

    console.open("/console/actions");
    console.awaitTitle("Actions");
    new Select(console.find(By.id("orgs"))).selectByVisibleText("Harbor Dental");
    chooseAction("users.sync");
    console.type("f-username", "demo.user");
    console.find(By.id("run")).click();

    assertThat(console.find(By.id("result-status")).getText()).isEqualTo("ok");
    assertThat(console.find(By.id("result-table")).getText()).contains("demo.user");
    assertThat(console.driver().getPageSource()).doesNotContain(DIRECTORY_KEY);
    console.screenshot("actions-directory-sync");
  }

  @Test
  @Order(3)
  void actionsForm_showsTheRunnersValidationErrorsInline() {
    console.open("/console/actions?action=phones.create&orgs=Harbor%20Dental");
    console.type("f-number", "12345");
    console.find(By.id("dry-run")).click();

    assertThat(console.find(By.id("e-number")).getText()).startsWith("Number ");
    assertThat(console.find(By.id("f-number")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(console.find(By.id("f-number")).getAttribute("aria-describedby"))
        .isEqualTo("h-number e-number");
    assertThat(console.find(By.id("f-number")).getAttribute("value")).isEqualTo("12345");
    console.screenshot("actions-validation");

    console.type("f-number", "+1 415 555 0199");
    console.find(By.id("dry-run")).click();
    assertThat(console.awaitText(By.id("result-status"), "planned")).isEqualTo("planned");
    assertThat(console.find(By.id("result-title")).getText())
        .isEqualTo("Dry run of phones.create for Harbor Dental");
    assertThat(console.find(By.id("result-table")).getText()).contains("POST");
    assertThat(
            console.app().audit().find(AuditQuery.all().withAction("run:phones.create")).entries())
        .hasSize(1);
  }

  @Test
  @Order(4)
  void bypassCodes_areShownOnceWithACopyButton_andNotAfterAReload() {
    console.open("/console/actions");
    new Select(console.find(By.id("orgs"))).selectByVisibleText("Harbor Dental");
    chooseAction("bypass_codes.create");
    console.type("f-user", "demo.user");
    console.type("f-count", "3");
    console.find(By.id("run")).click();

    WebElement secrets = console.find(By.id("secrets"));
    assertThat(secrets.getText()).contains("will not be shown again");
    List<String> codes = List.of(console.find(By.id("secret-0")).getText().split("\\s+"));
    assertThat(codes).hasSize(3).allSatisfy(c -> assertThat(c).matches("[0-9]{6,}"));
    assertThat(secrets.findElement(By.cssSelector("button[data-copy=secret-0]")).getText())
        .isEqualTo("Copy");
    assertThat(console.find(By.id("result-table")).getText()).contains("[redacted]");
    WebElement copy = secrets.findElement(By.cssSelector("button[data-copy=secret-0]"));
    copy.click();
    assertThat(console.awaitText(By.cssSelector("button[data-copy=secret-0]"), "Copied"))
        .isEqualTo("Copied");
    console.screenshot("actions-bypass-codes");

    console.driver().navigate().refresh();
    console.awaitTitle("Actions");
    String reloaded = console.driver().getPageSource();
    assertThat(reloaded).doesNotContain("id=\"secrets\"");
    codes.forEach(code -> assertThat(reloaded).doesNotContain(code));

    List<AuditEntry> audit =
        console.app().audit().find(AuditQuery.all().withActor("console:" + OPERATOR)).entries();
    assertThat(audit)
        .extracting(AuditEntry::action)
        .contains("run:bypass_codes.create", "run:users.sync", "directory-key-set");
    assertThat(audit.toString()).doesNotContain(codes.get(0)).doesNotContain(DIRECTORY_KEY);

    console.open("/console/audit?actor=console:" + OPERATOR);
    console.awaitTitle("Audit");
    assertThat(console.find(By.id("audit-table")).getText())
        .contains("run:bypass_codes.create")
        .contains("run:users.sync")
        .contains("directory-key-set");
    String auditPage = console.driver().getPageSource();
    codes.forEach(code -> assertThat(auditPage).doesNotContain(code));
    assertThat(auditPage).doesNotContain(DIRECTORY_KEY);
    console.screenshot("audit-after-actions");
  }

  @Test
  @Order(5)
  void severalOrganizations_startAJob_whosePageFollowsItToTheEnd() {
    console.open("/console/actions");
    Select orgs = new Select(console.find(By.id("orgs")));
    orgs.selectByVisibleText("Harbor Dental");
    orgs.selectByVisibleText("Bluebird Bakery");
    chooseAction("users.list");
    console.find(By.id("run")).click();

    new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
        .until(ExpectedConditions.urlContains("/console/jobs/"));
    new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
        .until(ExpectedConditions.textToBe(By.id("job-state"), "succeeded"));
    assertThat(console.find(By.id("job-counts")).getText()).isEqualTo("2 of 2 done, 0 failed");
    assertThat(console.find(By.id("job-rows")).getText())
        .contains("Harbor Dental")
        .contains("Bluebird Bakery");
    assertThat(console.find(By.linkText("Download CSV")).getAttribute("href"))
        .endsWith("/export.csv");
    console.screenshot("job");

    console.open("/console/jobs");
    console.awaitTitle("Jobs");
    assertThat(console.find(By.id("jobs-table")).getText())
        .contains("users.list")
        .contains("console:" + OPERATOR);
    console.screenshot("jobs");
  }

  @Test
  @Order(6)
  void runningJob_showsLiveProgress_andCanBeCancelled() {
    console.duo().faults().latency(Latency.ofMillis(1500, 0));
    try {
      console.open("/console/actions");
      console.find(By.cssSelector("input[name=target][value=all]")).click();
      chooseAction("users.list");
      console.find(By.id("run")).click();

      new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
          .until(ExpectedConditions.urlContains("/console/jobs/"));
      assertThat(console.find(By.id("job-state")).getText()).isEqualTo("running");
      assertThat(console.find(By.id("job-progress")).getAttribute("max")).isEqualTo("3");
      console.screenshot("job-running");
      console.find(By.id("cancel-job")).click();
      assertThat(console.find(By.cssSelector("#job-live .alert.warn")).getText())
          .startsWith("Cancelled");

      new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel-job")));
      assertThat(console.find(By.id("job-state")).getText()).isNotEqualTo("running");
      assertThat(console.find(By.id("job-counts")).getText()).startsWith("3 of 3 done");
    } finally {
      console.duo().faults().latency(Latency.NONE);
    }
  }

  private static void chooseAction(String id) {
    new Select(console.find(By.id("action"))).selectByValue(id);
    new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("action-fields")));
  }

  private static WebElement row(String organization) {
    return console.find(
        By.xpath("//tr[th[@scope='row'][contains(normalize-space(.), '" + organization + "')]]"));
  }

  private static WebElement accountField(String organization) {
    return row(organization).findElement(By.cssSelector("input[list=duo-accounts]"));
  }
}
