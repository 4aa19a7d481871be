package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.workflows.runs.RunFilter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's role matrix: every changing route × {no session, read, run, admin}. An operator
 * below a route's role gets a 403 and nothing changes; the others get past the check. The route
 * table is enumerated, so a new changing route fails here until it is added with its role.
 */
@Tag("slow")
class ConsoleRoleMatrixTest {

  /** Each changing route's documented role; empty for the routes used before signing in. */
  private static final Map<String, Optional<ApiScope>> DECLARED = new LinkedHashMap<>();

  static {
    DECLARED.put("POST /console/sign-in", Optional.empty());
    DECLARED.put("POST /console/setup", Optional.empty());
    DECLARED.put("POST /console/sign-out", Optional.of(ApiScope.READ));
    DECLARED.put("POST /console/integration", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/integration/default", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/tokens", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/tokens/{id}/revoke", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/organizations/refresh", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/organizations/import-duo", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/organizations/import-csv", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/organizations/save", Optional.of(ApiScope.ADMIN));
    // the route admits every operator; core decides by the action (see REQUESTS)
    DECLARED.put("POST /console/actions/run", Optional.of(ApiScope.READ));
    DECLARED.put("POST /console/jobs/{id}/cancel", Optional.of(ApiScope.RUN));
    // the route admits every operator; core decides by the actions the workflow may run
    DECLARED.put("POST /console/workflows/{name}/run", Optional.of(ApiScope.READ));
    // every operator reads reports; core checks each report's scope
    DECLARED.put("POST /console/dashboard/refresh", Optional.of(ApiScope.READ));
    DECLARED.put("POST /console/reports/{name}/run", Optional.of(ApiScope.READ));
    DECLARED.put("POST /console/baseline/drift", Optional.of(ApiScope.READ));
    DECLARED.put("POST /console/baseline/fix", Optional.of(ApiScope.RUN));
    DECLARED.put("POST /console/new-schedule", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/schedules/{name}/edit", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/schedules/{name}/enable", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/schedules/{name}/disable", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/schedules/{name}/delete", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/log-exports/{name}/start", Optional.of(ApiScope.ADMIN));
    DECLARED.put("POST /console/log-exports/{name}/stop", Optional.of(ApiScope.ADMIN));
  }

  /** A request to each changing route and the least role that gets past the checks. */
  private record Probe(String path, String form, ApiScope needs) {}

  private static final List<Probe> REQUESTS =
      List.of(
          // before the runs and jobs the probes below start, which go on writing audit entries in
          // the background while a refused schedule probe must find nothing changed
          new Probe(
              "/console/new-schedule",
              "workflow=offboard-organization&name=matrix&cron=0+7+*+*+*&time_zone=UTC"
                  + "&enabled=true&in.organization=Acme&in.user=jdoe",
              ApiScope.ADMIN),
          new Probe(
              "/console/schedules/matrix/edit",
              "cron=0+8+*+*+*&time_zone=UTC&in.organization=Acme&in.user=jdoe",
              ApiScope.ADMIN),
          new Probe("/console/schedules/matrix/enable", "", ApiScope.ADMIN),
          new Probe("/console/schedules/matrix/disable", "", ApiScope.ADMIN),
          new Probe("/console/schedules/matrix/delete", "", ApiScope.ADMIN),
          new Probe("/console/integration", "name=matrix&accounts.host=nope", ApiScope.ADMIN),
          new Probe("/console/integration/default", "name=matrix-nope", ApiScope.ADMIN),
          new Probe("/console/tokens", "name=matrix&scope=read&expires_in=1d", ApiScope.ADMIN),
          new Probe("/console/tokens/matrix-nope/revoke", "", ApiScope.ADMIN),
          new Probe("/console/log-exports/matrix-nope/start", "", ApiScope.ADMIN),
          new Probe("/console/log-exports/matrix-nope/stop", "", ApiScope.ADMIN),
          new Probe("/console/organizations/refresh", "config=matrix-nope", ApiScope.ADMIN),
          new Probe("/console/organizations/import-duo", "config=matrix-nope", ApiScope.ADMIN),
          new Probe("/console/organizations/import-csv", "config=matrix-nope", ApiScope.ADMIN),
          new Probe("/console/organizations/save", "config=matrix-nope", ApiScope.ADMIN),
          new Probe(
              "/console/actions/run",
              "action=users.create&mode=run&target=orgs&orgs=Acme&in.username=jdoe",
              ApiScope.RUN),
          new Probe(
              "/console/actions/run",
              "action=users.delete&mode=run&target=all&in.user=jdoe&confirm=2",
              ApiScope.RUN),
          new Probe(
              "/console/actions/run",
              "action=users.list&mode=run&target=orgs&orgs=Acme",
              ApiScope.READ),
          new Probe("/console/jobs/matrix-nope/cancel", "", ApiScope.RUN),
          new Probe("/console/reports/inactive_users/run", "target=all&in.days=0", ApiScope.READ),
          new Probe("/console/baseline/drift", "target=tag&tag=matrix-nope", ApiScope.READ),
          new Probe("/console/baseline/fix", "target=all&mode=dry-run", ApiScope.RUN),
          new Probe(
              "/console/workflows/offboard-everywhere/run",
              "mode=dry-run&in.user=jdoe",
              ApiScope.RUN),
          new Probe(
              "/console/workflows/offboard-everywhere/run",
              "confirm=yes&in.user=jdoe",
              ApiScope.RUN));

  @TempDir Path dataDir;
  ConsoleServer console;
  final Map<ApiScope, String> cookies = new EnumMap<>(ApiScope.class);

  @BeforeEach
  void operatorsOfEveryRole() {
    console = new ConsoleServer(dataDir);
    console.saveConfiguration("default");
    console.app.organizations().create(org("Acme"), "test");
    console.app.organizations().create(org("Globex"), "test");
    for (ApiScope role : ApiScope.values()) {
      cookies.put(role, console.signedIn(role.wireName() + "-op", role));
    }
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void everyChangingRoute_declaresTheDocumentedRole() {
    Map<String, Optional<ApiScope>> declared =
        new ConsoleModule(console.app)
            .routes().stream()
                .filter(ConsoleRoute::changing)
                .collect(
                    Collectors.toMap(
                        r -> r.method() + " " + r.path(),
                        ConsoleRoute::role,
                        (a, b) -> a,
                        LinkedHashMap::new));

    assertThat(declared).containsExactlyInAnyOrderEntriesOf(DECLARED);
  }

  @Test
  void everyChangingRoute_refusesWithoutASession_andChangesNothing() {
    for (Probe probe : REQUESTS) {
      String before = state();

      HttpResponse<String> refused = console.postForm(probe.path(), probe.form());

      assertThat(refused.statusCode()).as(probe.path()).isEqualTo(403);
      assertThat(state()).as(probe.path()).isEqualTo(before);
    }
  }

  @Test
  void everyChangingRoute_refusesARoleBelowItsOwn_withA403_andChangesNothing() {
    for (ApiScope role : ApiScope.values()) {
      String cookie = cookies.get(role);
      String csrf = console.csrfTokenOf(cookie);
      for (Probe probe : REQUESTS) {
        String before = state();

        HttpResponse<String> response =
            console.postForm(probe.path(), probe.form() + "&_csrf=" + csrf, "Cookie", cookie);

        String what = role.wireName() + " " + probe.path() + " " + probe.form();
        if (role.includes(probe.needs())) {
          assertThat(response.statusCode()).as(what).isNotIn(401, 403);
        } else {
          assertThat(response.statusCode()).as(what).isEqualTo(403);
          assertThat(response.body()).as(what).contains("needs");
          assertThat(state()).as(what).isEqualTo(before);
        }
      }
    }
  }

  @Test
  void aReadOperator_mayStillSignOut() {
    String cookie = cookies.get(ApiScope.READ);

    HttpResponse<String> out =
        console.postForm(
            "/console/sign-out", "_csrf=" + console.csrfTokenOf(cookie), "Cookie", cookie);

    assertThat(out.statusCode()).isEqualTo(303);
  }

  /** Everything a refused request must leave as it was. */
  private String state() {
    return "audit="
        + console.app.audit().find(AuditQuery.all()).total()
        + " jobs="
        + console.app.jobs().recent(0, 100).size()
        + " workflow runs="
        + console.app.workflowRuns().history().recent(RunFilter.ALL, 0, 100).size()
        + " tokens="
        + console.app.apiTokens().list().size()
        + " configurations="
        + console.app.settings().list()
        + " organizations="
        + console.app.organizations().listAll("default")
        + " operators="
        + console.app.operators().list().size()
        + " schedules="
        + console.app.schedules().list();
  }

  private static NewOrganization org(String name) {
    return NewOrganization.named(name);
  }
}
