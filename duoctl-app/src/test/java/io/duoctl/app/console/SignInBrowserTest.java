package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The first visit: setup page, first operator, signed in; then sign-out and sign-in again. */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  @Test
  @Order(1)
  void firstSignIn_setupPageCreatesTheOperatorAndSignsIn() {
    console.open("/");
    console.awaitTitle("Sign in");
    console.screenshot("sign-in");
    console.find(By.linkText("Create the first operator")).click();
    console.awaitTitle("Create the first operator");

    console.type("token", ConsoleModules.setupToken(console.app()));
    console.type("username", "alice");
    console.type("password", "correct horse battery staple");
    console.type("password2", "correct horse battery staple");
    console.screenshot("setup");
    console.find(By.cssSelector("button[type=submit].primary")).click();

    console.awaitTitle("Integration");
    assertThat(console.find(By.cssSelector(".sign-out .operator")).getText()).isEqualTo("alice");
  }

  @Test
  @Order(2)
  void signIn_wrongPasswordIsRefusedInWords_rightPasswordSignsIn() {
    console.find(By.cssSelector(".sign-out button")).click();
    console.awaitTitle("Sign in");

    console.type("username", "alice");
    console.type("password", "wrong");
    console.find(By.cssSelector("button.primary")).click();
    assertThat(console.find(By.id("sign-in-error")).getText())
        .isEqualTo("Wrong username or password.");

    console.type("username", "alice");
    console.type("password", "correct horse battery staple");
    console.find(By.cssSelector("button.primary")).click();
    console.awaitTitle("Integration");
  }

  @Test
  @Order(3)
  void htmxRequests_carryTheCsrfTokenFromTheBody_plainFetchWithoutItIsRefused() {
    JavascriptExecutor js = (JavascriptExecutor) console.driver();
    Object withoutToken =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch('/console/sign-out', {method: 'POST'}).then(function (r) {"
                + " done(r.status); });");
    assertThat(((Number) withoutToken).intValue()).isEqualTo(403);

    js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "htmx.ajax('POST', '/console/sign-out', {source: document.body, swap: 'none'})"
            + ".then(function () { done(true); });");

    console.open("/console/audit");
    console.awaitTitle("Sign in");
  }
}
