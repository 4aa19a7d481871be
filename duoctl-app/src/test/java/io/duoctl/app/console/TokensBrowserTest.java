package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Creating an API token (shown once), listing and revoking it. */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokensBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  static String plaintext;

  @BeforeAll
  static void operator() {
    console.signInFirstOperator("alice", "correct horse battery staple");
  }

  @Test
  @Order(1)
  void createdToken_isShownOnceAndWorks() {
    console.find(By.linkText("API tokens")).click();
    console.awaitTitle("API tokens");
    assertThat(console.find(By.id("no-tokens")).getText()).isEqualTo("No API tokens yet.");

    console.type("token-name", "n8n-prod");
    new Select(console.find(By.id("token-scope"))).selectByValue("run");
    console.find(By.id("create-token")).click();

    plaintext = console.find(By.id("new-token")).getText();
    assertThat(plaintext).startsWith("duoctl_");
    assertThat(console.find(By.id("created-token")).getText())
        .contains("Copy it now: it will not be shown again.");
    assertThat(console.app().apiTokens().authenticate(plaintext)).isPresent();
    console.screenshot("tokens-created");

    console.open("/console/tokens");
    assertThat(console.find(By.id("tokens-table")).getText()).contains("n8n-prod", "run", "active");
    assertThat(console.driver().getPageSource()).doesNotContain(plaintext);
  }

  @Test
  @Order(2)
  void revokedToken_stopsWorking() {
    console.find(By.cssSelector("button[aria-label='Revoke n8n-prod']")).click();
    console.driver().switchTo().alert().accept();

    console.awaitText(By.id("tokens-table"), "revoked");
    assertThat(console.app().apiTokens().authenticate(plaintext)).isEmpty();
    console.screenshot("tokens");
  }
}
