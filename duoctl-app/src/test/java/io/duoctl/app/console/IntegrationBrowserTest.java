package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** Saving the Duo keys on the integration page, validated against the emulator. */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  static IntegrationKeys auth;
  static IntegrationKeys accounts;
  static IntegrationKeys admin;
  static final String WRONG_SECRET = "wrongwrongwrongwrongwrongwrongwrongwrong";

  @BeforeAll
  static void mspAndOperator() {
    Account parent = console.duo().givenParentAccount("Calm MSP");
    auth = console.duo().givenAuthApi(parent);
    accounts = console.duo().givenAccountsApi(parent);
    admin = console.duo().givenAdminApi(parent);
    console.signInFirstOperator("alice", "correct horse battery staple");
  }

  @Test
  @Order(1)
  void wrongAdminSecretKey_isNamedInTheReport_othersAreOk() {
    console.open("/console/integration");
    console.type("name", "production");
    fill("auth", auth, auth.secretKey());
    fill("accounts", accounts, accounts.secretKey());
    fill("admin", admin, WRONG_SECRET);
    console.find(By.cssSelector("details.card summary")).click();
    console.type("advanced-proxy", "127.0.0.1:" + console.duo().proxyAddress().getPort());
    console.find(By.id("advanced-allow_plain_http")).click();
    console.find(By.id("save")).click();

    String adminCheck = console.awaitText(By.id("admin-check"), "Wrong secret key");
    assertThat(adminCheck).contains("The Admin API secret key is wrong");
    assertThat(console.awaitText(By.id("auth-check"), "OK")).startsWith("OK");
    assertThat(console.awaitText(By.id("accounts-check"), "OK")).startsWith("OK");
    assertNoSecretInPage();
    console.screenshot("integration-admin-error");
  }

  @Test
  @Order(2)
  void fixingTheAdminSecretKey_makesAllThreeOk() {
    console.find(By.cssSelector("#admin-group details.replace summary")).click();
    console.type("admin-secret_key", admin.secretKey());
    console.find(By.id("save")).click();

    console.awaitText(By.id("admin-check"), "OK");
    assertThat(console.find(By.id("auth-check")).getText()).startsWith("OK");
    assertThat(console.find(By.id("accounts-check")).getText()).startsWith("OK");
    assertThat(console.find(By.id("admin-secret-stored")).getText()).startsWith("Saved: ••••");
    assertNoSecretInPage();
    console.open("/console/integration?config=production");
    console.awaitText(By.id("admin-check"), "OK");
    assertNoSecretInPage();
    console.screenshot("integration");
  }

  @Test
  @Order(3)
  void auditPage_showsTheChangesAndValidations_filteredByActorAndAction() {
    console.find(By.linkText("Audit")).click();
    console.awaitTitle("Audit");
    String table = console.find(By.id("audit-table")).getText();
    assertThat(table).contains("console:alice", "created", "updated", "validated");
    assertThat(table)
        .contains("admin.validation: — → wrong_secret_key", "admin.validation: — → ok")
        .contains("admin.secret_key: [redacted] → [redacted]");
    console.screenshot("audit");

    console.type("actor", "console:alice");
    console.type("action", "validated");
    console.find(By.id("filter")).click();
    console.awaitText(By.id("audit-range"), "Entries 1–2 of 2");
    assertThat(console.driver().getCurrentUrl()).contains("action=validated");
    assertNoSecretInPage();
  }

  @Test
  @Order(4)
  void onAPhone_theIntegrationPageFitsTheScreenWidth() {
    console.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      console.open("/console/integration");
      console.awaitTitle("Integration");
      long overflow =
          (Long)
              ((JavascriptExecutor) console.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow).isLessThanOrEqualTo(0);
      console.screenshot("integration-phone");
    } finally {
      console.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private static void fill(String prefix, IntegrationKeys keys, String secret) {
    console.type(prefix + "-host", keys.apiHostname());
    console.type(prefix + "-integration_key", keys.integrationKey());
    console.type(prefix + "-secret_key", secret);
  }

  private static void assertNoSecretInPage() {
    assertThat(console.driver().getPageSource())
        .doesNotContain(auth.secretKey())
        .doesNotContain(accounts.secretKey())
        .doesNotContain(admin.secretKey())
        .doesNotContain(WRONG_SECRET);
  }
}
