package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API explorer signs in with a token and tries GET /api/v1/organizations with it. */
@Tag("browser")
class ApiDocsBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  @Test
  void signsInWithAToken_andListsOrganizations() {
    console
        .app()
        .settings()
        .save(
            ConfigurationUpdate.named("default")
                .withApi(
                    DuoApi.ACCOUNTS,
                    "api-parent.duo.test",
                    "DIACCOUNTS0000000001",
                    Secret.of("A".repeat(40))),
            "test");
    console.app().organizations().create(NewOrganization.named("Harbor Dental"), "test");
    String token =
        console
            .app()
            .apiTokens()
            .create("explorer", ApiScope.READ, Optional.empty(), "test")
            .plaintext();

    console.open("/api/docs");
    console.type("token", "not-a-token");
    console.find(By.id("sign-in-button")).click();
    assertThat(console.awaitText(By.id("sign-in-error"), "Not signed in")).contains("token");
    console.type("token", token);
    console.find(By.id("sign-in-button")).click();

    By listOrganizations =
        By.cssSelector("#operations-organizations-listOrganizations .opblock-summary");
    scrollUntilPresent(listOrganizations);
    console.find(listOrganizations).click();
    console
        .find(By.cssSelector("#operations-organizations-listOrganizations .try-out__btn"))
        .click();
    console.find(By.cssSelector("#operations-organizations-listOrganizations .execute")).click();

    By response =
        By.cssSelector("#operations-organizations-listOrganizations .live-responses-table");
    assertThat(console.awaitText(response, "Harbor Dental")).contains("200");
    console.screenshot("api-docs");
  }

  /**
   * Scrolls down until {@code target} is on the page: Swagger UI renders a long document's
   * operations only as the page is scrolled to them.
   */
  private static void scrollUntilPresent(By target) {
    JavascriptExecutor page = (JavascriptExecutor) console.driver();
    new WebDriverWait(console.driver(), Duration.ofSeconds(20))
        .until(
            driver -> {
              if (!driver.findElements(target).isEmpty()) {
                return true;
              }
              page.executeScript("window.scrollBy(0, 600)");
              return false;
            });
  }
}
