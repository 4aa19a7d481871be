package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.schedules.Schedule;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schedules pages over HTTP: a schedule is created from a form generated from its workflow's
 * inputs, core's answer (field errors, a name in use, a question to confirm) is what the operator
 * sees with what they typed kept, and nothing is stored until core accepts.
 */
@Tag("slow")
class ScheduleFormHttpTest {
  private static final String NEW = "/console/new-schedule";
  private static final String WEEKDAYS =
      "workflow=offboard-organization&name=weekday-offboarding&cron=0+7+*+*+MON-FRI"
          + "&time_zone=Europe%2FBerlin&enabled=true&in.organization=Harbor+Dental&in.user=jdoe"
          + "&in.mode=disable";

  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void anAdmin() {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("ada", ApiScope.ADMIN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  private HttpResponse<String> get(String path) {
    return console.get(path, "Cookie", cookie);
  }

  private HttpResponse<String> post(String path, String form) {
    return console.postForm(path, form + "&_csrf=" + csrf, "Cookie", cookie);
  }

  @Test
  void noSchedules_thePageSaysHowToAddOne_andTheNavLinksIt() {
    String page = get("/console/schedules").body();

    assertThat(page)
        .contains("href=\"/console/schedules\" aria-current=\"page\">Schedules</a>")
        .contains("id=\"no-schedules\"")
        .contains("No schedules yet.")
        .contains("href=\"/console/new-schedule\" id=\"new-schedule\"");
  }

  @Test
  void theNewForm_offersTheWorkflows_andGeneratesTheChosenOnesInputs_inUtcByDefault() {
    String choose = get(NEW).body();
    String form = get(NEW + "?workflow=offboard-organization").body();

    assertThat(choose)
        .contains("<option value=\"offboard-everywhere\">offboard-everywhere</option>")
        .doesNotContain("id=\"schedule-form\"");
    assertThat(form)
        .contains("<option value=\"offboard-organization\" selected>offboard-organization</option>")
        .contains("id=\"f-organization\" name=\"in.organization\" type=\"text\"")
        .contains("<select id=\"f-mode\" name=\"in.mode\"")
        .contains("name=\"time_zone\" type=\"text\" value=\"UTC\"")
        .contains("<option value=\"Europe/Berlin\"></option>")
        .contains(
            "id=\"schedule-enabled\" name=\"enabled\" type=\"checkbox\" value=\"true\" checked");
  }

  @Test
  void create_storesTheSchedule_showsItsPage_andListsIt() {
    HttpResponse<String> created = post(NEW, WEEKDAYS);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location"))
        .contains("/console/schedules/weekday-offboarding");
    Schedule schedule = console.app.schedules().get("weekday-offboarding");
    assertThat(schedule.inputs().toString())
        .isEqualTo("{\"organization\":\"Harbor Dental\",\"user\":\"jdoe\",\"mode\":\"disable\"}");
    assertThat(schedule.createdBy()).isEqualTo("console:ada");
    assertThat(get("/console/schedules/weekday-offboarding").body())
        .contains("<code>0 7 * * MON-FRI</code> Europe/Berlin")
        .contains("Monday to Friday at 07:00")
        .contains("<th scope=\"row\"><code>user</code></th><td>jdoe</td>")
        .contains("No launches yet")
        .contains("id=\"disable-schedule\"");
    assertThat(get("/console/schedules").body())
        .contains("<a href=\"/console/schedules/weekday-offboarding\">weekday-offboarding</a>")
        .contains(
            "<a href=\"/console/workflows/offboard-organization\"><code>offboard-organization")
        .contains("<span class=\"status ok\">enabled</span>")
        .contains(schedule.nextRunAt().map(UtcTimes::of).orElseThrow())
        .contains("<span class=\"hint\">never</span>")
        .contains("console:ada");
  }

  @Test
  void badFields_showCoresErrorsNextToThem_keepWhatWasTyped_andStoreNothing() {
    HttpResponse<String> refused =
        post(
            NEW,
            "workflow=offboard-organization&name=Bad+Name&cron=61+*+*+*+*&time_zone=Mars%2FOlympus"
                + "&in.organization=Harbor+Dental");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"e-schedule-name\" role=\"alert\">Name must be lower-case words")
        .contains("id=\"e-schedule-cron\" role=\"alert\">Cron expression cannot be read")
        .contains("id=\"e-schedule-zone\" role=\"alert\">Time zone \"Mars/Olympus\" is not a time")
        .contains("id=\"e-user\" role=\"alert\">User is required by workflow offboard-organization")
        .contains("value=\"Bad Name\"")
        .contains("value=\"61 * * * *\"")
        .contains("value=\"Mars/Olympus\"")
        .contains("value=\"Harbor Dental\"");
    assertThat(console.app.schedules().list()).isEmpty();
  }

  @Test
  void aNameInUse_isShownOnTheNameField() {
    post(NEW, WEEKDAYS);

    HttpResponse<String> refused = post(NEW, WEEKDAYS.replace("0+7", "0+8"));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"e-schedule-name\" role=\"alert\">Name a schedule named")
        .contains("value=\"0 8 * * MON-FRI\"");
    assertThat(console.app.schedules().get("weekday-offboarding").cron())
        .isEqualTo("0 7 * * MON-FRI");
  }

  @Test
  void aWorkflowThatMayDeleteAcrossOrganizations_asksFirst_andIsSavedOnceConfirmed() {
    String everywhere =
        "workflow=offboard-everywhere&name=leavers&cron=0+6+*+*+*&time_zone=UTC&enabled=true"
            + "&in.user=leaver";

    HttpResponse<String> asked = post(NEW, everywhere);

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Schedule offboard-everywhere?")
        .contains("<li><code>users.delete</code></li>")
        .contains("name=\"confirmed\" value=\"yes\"")
        .contains("value=\"leaver\"");
    assertThat(console.app.schedules().list()).isEmpty();

    HttpResponse<String> back = post(NEW, everywhere + "&back=yes");
    assertThat(back.body()).doesNotContain("Schedule offboard-everywhere?");
    assertThat(console.app.schedules().list()).isEmpty();

    HttpResponse<String> saved = post(NEW, everywhere + "&confirmed=yes");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(console.app.schedules().get("leavers").confirmed()).isTrue();
  }

  @Test
  void change_showsTheStoredValues_andSavesNewCronZoneInputsAndEnabled() {
    post(NEW, WEEKDAYS);

    String form = get("/console/schedules/weekday-offboarding/edit").body();
    HttpResponse<String> changed =
        post(
            "/console/schedules/weekday-offboarding/edit",
            "workflow=offboard-organization&cron=30+6+*+*+*&time_zone=America%2FNew_York"
                + "&in.organization=Harbor+Dental&in.user=asmith&in.mode=delete");

    assertThat(form)
        .contains("value=\"0 7 * * MON-FRI\"")
        .contains("value=\"Europe/Berlin\"")
        .contains("value=\"jdoe\"")
        .contains("id=\"schedule-name\" type=\"text\" value=\"weekday-offboarding\" readonly");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);
    Schedule schedule = console.app.schedules().get("weekday-offboarding");
    assertThat(schedule.cron()).isEqualTo("30 6 * * *");
    assertThat(schedule.timeZone().getId()).isEqualTo("America/New_York");
    assertThat(schedule.inputs().path("user").asText()).isEqualTo("asmith");
    assertThat(schedule.inputs().path("mode").asText()).isEqualTo("delete");
    assertThat(schedule.enabled()).isFalse();
  }

  @Test
  void disableAndEnable_fromTheSchedulePage() {
    post(NEW, WEEKDAYS);
    String page = "/console/schedules/weekday-offboarding";

    HttpResponse<String> disabled = post(page + "/disable", "");

    assertThat(disabled.statusCode()).isEqualTo(303);
    assertThat(console.app.schedules().get("weekday-offboarding").enabled()).isFalse();
    assertThat(get(page).body())
        .contains("<span class=\"status none\">disabled</span>")
        .contains("none while disabled")
        .contains("id=\"enable-schedule\"");

    post(page + "/enable", "");

    assertThat(console.app.schedules().get("weekday-offboarding").nextRunAt()).isPresent();
  }

  @Test
  void delete_asksFirst_thenRemovesTheSchedule() {
    post(NEW, WEEKDAYS);
    String delete = "/console/schedules/weekday-offboarding/delete";

    String asked = get(delete).body();
    assertThat(asked)
        .contains("Delete schedule weekday-offboarding?")
        .contains("runs it started go on");
    assertThat(console.app.schedules().find("weekday-offboarding")).isPresent();

    HttpResponse<String> deleted = post(delete, "");

    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).contains("/console/schedules");
    assertThat(console.app.schedules().find("weekday-offboarding")).isEmpty();
    assertThat(get("/console/schedules/weekday-offboarding").statusCode()).isEqualTo(404);
  }

  @Test
  void aRunOperator_seesSchedules_butMayNotManageThem() {
    post(NEW, WEEKDAYS);
    String runner = console.signedIn("rita", ApiScope.RUN);
    String token = console.csrfTokenOf(runner);

    String list = console.get("/console/schedules", "Cookie", runner).body();
    String page = console.get("/console/schedules/weekday-offboarding", "Cookie", runner).body();
    int form = console.get(NEW, "Cookie", runner).statusCode();
    HttpResponse<String> create =
        console.postForm(
            NEW, WEEKDAYS.replace("weekday", "other") + "&_csrf=" + token, "Cookie", runner);
    HttpResponse<String> disable =
        console.postForm(
            "/console/schedules/weekday-offboarding/disable", "_csrf=" + token, "Cookie", runner);

    assertThat(list).contains("weekday-offboarding").doesNotContain("id=\"new-schedule\"");
    assertThat(page).contains("Monday to Friday").doesNotContain("id=\"disable-schedule\"");
    assertThat(form).isEqualTo(403);
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("it needs admin");
    assertThat(disable.statusCode()).isEqualTo(403);
    assertThat(console.app.schedules().list())
        .singleElement()
        .satisfies(s -> assertThat(s.enabled()).isTrue());
  }

  @Test
  void anUnknownScheduleOrWorkflow_is404NamingIt() {
    HttpResponse<String> schedule = get("/console/schedules/nope");
    HttpResponse<String> workflow = get(NEW + "?workflow=nope");

    assertThat(schedule.statusCode()).isEqualTo(404);
    assertThat(schedule.body()).contains("no schedule named");
    assertThat(workflow.statusCode()).isEqualTo(404);
  }
}
