package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.NewOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A request the server refuses says why on the page: htmx swaps nothing on a 4xx, so without the
 * console's banner a read-only operator pressing Run saw nothing happen.
 */
@Tag("browser")
class RefusedRequestBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  private static final String PASSWORD = "correct horse battery staple";

  @BeforeAll
  static void demoMspAndAReadOnlyOperator() {
    console.useDemoMsp();
    console.signInFirstOperator("alice", PASSWORD);
    console.app().organizations().create(NewOrganization.named("Harbor Dental"), "test:setup");
    console.app().operators().create("rita", PASSWORD.toCharArray(), ApiScope.READ, "test:setup");
  }

  @Test
  void readOnlyOperator_pressingRunOnAChange_seesWhyItWasRefused() {
    console.signInAs("rita", PASSWORD);
    console.open("/console/actions?action=users.create&orgs=Harbor%20Dental");
    console.awaitTitle("Actions");
    console.type("f-username", "jdoe");

    console.find(By.id("run")).click();

    assertThat(console.find(By.id("request-error")).getText())
        .contains("users.create changes state at Duo")
        .contains("the caller has read");
    console.screenshot("actions-refused");
  }
}
