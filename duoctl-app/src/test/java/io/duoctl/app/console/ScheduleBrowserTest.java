package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A schedule from the console against the emulator's demo MSP, on a server that runs its schedules:
 * created from the form every two seconds, listed, launched (its page shows the launch and links to
 * the run), disabled and deleted.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  private static final String NAME = "every-two-seconds";
  private static final String LEAVER = "demo.leaver";
  private static final String ORGANIZATION = "Cedar Ridge Law";

  @BeforeAll
  static void demoMspWithALeaver_onAServerThatRunsSchedules() {
    console.useDemoMsp();
    console.app().mapping().refreshAccounts("demo", console.app().accountDirectory(), "test");
    console.app().organizationsFromDuo().importUnmapped("demo", "test");
    UserDirectory.of(
            console.duo().world(),
            console.duo().world().accounts().stream()
                .filter(a -> a.name().equals(ORGANIZATION))
                .findFirst()
                .orElseThrow())
        .create(User.builder(LEAVER));
    console.app().runSchedules(); // as duoctl serve does at start
    console.signInFirstOperator("tina", "correct horse battery staple");
  }

  @Test
  @Order(1)
  void aScheduleMadeFromTheForm_isListed() {
    console.open("/console/schedules");
    console.awaitTitle("Schedules");
    assertThat(console.find(By.id("no-schedules")).getText()).contains("No schedules yet");
    console.find(By.id("new-schedule")).click();
    console.awaitTitle("New schedule");
    new Select(console.find(By.id("workflow"))).selectByValue("offboard-organization");
    console.find(By.id("choose")).click();
    console.find(By.id("f-organization"));
    assertThat(console.find(By.id("schedule-zone")).getAttribute("value")).isEqualTo("UTC");
    console.type("schedule-name", NAME);
    console.type("schedule-cron", "0/2 * * * * *");
    console.type("f-organization", ORGANIZATION);
    console.type("f-user", LEAVER);
    console.screenshot("schedule-form");
    console.find(By.id("save-schedule")).click();

    console.awaitTitle("Schedule " + NAME);
    console.open("/console/schedules");
    console.awaitTitle("Schedules");
    assertThat(console.find(By.id("schedule-" + NAME)).getText())
        .contains("offboard-organization", "0/2 * * * * * UTC", "every 2 seconds", "enabled")
        .contains("console:tina");
  }

  @Test
  @Order(2)
  void itsPage_showsALaunch_linkedToTheRunItStarted() {
    console.find(By.linkText(NAME)).click();
    console.awaitTitle("Schedule " + NAME);

    console.awaitText(By.id("launches-table"), "launched");
    console.screenshot("schedule");
    console.find(By.cssSelector("#launches-table a")).click();

    console.awaitTitle("Workflow run");
    assertThat(console.find(By.id("run-started")).getText())
        .contains("schedule:" + NAME)
        .contains("(schedule:" + NAME + ")");
  }

  @Test
  @Order(3)
  void disabling_stopsIt_andDeleting_asksFirst() {
    console.open("/console/schedules/" + NAME);
    console.awaitTitle("Schedule " + NAME);
    console.find(By.id("disable-schedule")).click();

    assertThat(console.find(By.id("enable-schedule")).getText()).isEqualTo("Enable");
    assertThat(console.find(By.id("schedule-next")).getText()).isEqualTo("none while disabled");
    assertThat(console.app().schedules().get(NAME).enabled()).isFalse();

    console.find(By.id("delete-schedule")).click();
    console.awaitTitle("Delete schedule " + NAME);
    console.find(By.id("confirm-delete")).click();

    console.awaitTitle("Schedules");
    new WebDriverWait(console.driver(), ConsoleBrowserExtension.WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("no-schedules")));
    assertThat(console.app().schedules().find(NAME)).isEmpty();
  }
}
