package io.duoctl.client.admin.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Page;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogsTest {

  private static final Instant FROM = Instant.ofEpochMilli(1597600000000L);
  private static final Instant TO = Instant.ofEpochMilli(1597700000000L);

  private static final String AUTH_ENTRY =
      """
      {"txid": "340a23e3-23f3-4a68-a7a2-4e6b2b2a7f61", "timestamp": 1597671838,
       "isotimestamp": "2020-08-17T13:43:58.335000+00:00", "event_type": "authentication",
       "factor": "duo_push", "result": "denied", "reason": "user_marked_fraud",
       "alias": "", "email": "jdoe@example.com", "ood_software": null,
       "user": {"key": "DU1", "name": "jdoe", "groups": ["Finance (from AD)"]},
       "application": {"key": "DI1", "name": "Microsoft 365"},
       "access_device": {"ip": "192.0.2.10", "hostname": null, "os": "Windows", "os_version": "11",
                         "browser": "Edge", "browser_version": "120.0", "is_password_set": "unknown",
                         "location": {"city": "Ann Arbor", "state": "Michigan", "country": "United States"}},
       "auth_device": {"ip": "198.51.100.7", "key": "DP1", "name": "+15555550100",
                       "location": {"city": null, "state": null, "country": "United States"}},
       "adaptive_trust_assessments": {"remember_me": {"trust_level": "LOW"}}}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final Logs logs = new Logs(duo.client());

  @Test
  void authentication_sendsMillisecondWindowRepeatedFiltersAndTheJoinedCursorPair() {
    duo.ok(
            "{\"authlogs\": ["
                + AUTH_ENTRY
                + "], \"metadata\": {\"next_offset\": [\"1597671838335\","
                + " \"340a23e3-23f3-4a68-a7a2-4e6b2b2a7f61\"], \"total_objects\": 2}}")
        .ok("{\"authlogs\": [" + AUTH_ENTRY + "], \"metadata\": {\"next_offset\": null}}");
    AuthLogQuery query =
        AuthLogQuery.builder(LogWindow.between(FROM, TO).sorted(LogSort.OLDEST_FIRST))
            .users(List.of("DU1", "DU2"))
            .results(List.of("denied", "fraud"))
            .build();

    List<AuthLogEntry> entries = logs.authentication(query).all();

    assertThat(entries).hasSize(2);
    List<DuoRequest> sent = duo.requests();
    assertThat(sent.get(0).path()).isEqualTo("/admin/v2/logs/authentication");
    assertThat(sent.get(0).params().asMap())
        .containsOnly(
            entry("mintime", List.of("1597600000000")),
            entry("maxtime", List.of("1597700000000")),
            entry("sort", List.of("ts:asc")),
            entry("limit", List.of("1000")),
            entry("users", List.of("DU1", "DU2")),
            entry("results", List.of("denied", "fraud")));
    assertThat(sent.get(1).params().asMap())
        .containsAllEntriesOf(sent.get(0).params().asMap())
        .containsEntry(
            "next_offset", List.of("1597671838335,340a23e3-23f3-4a68-a7a2-4e6b2b2a7f61"));
  }

  @Test
  void authentication_mapsTheEntryAndKeepsUntypedFields() {
    duo.ok("{\"authlogs\": [" + AUTH_ENTRY + "], \"metadata\": {\"total_objects\": 1}}");

    AuthLogEntry entry =
        logs.authentication(AuthLogQuery.of(LogWindow.between(FROM, TO))).all().get(0);

    assertThat(entry.reason()).isEqualTo("user_marked_fraud");
    assertThat(entry.user().groups()).containsExactly("Finance (from AD)");
    assertThat(entry.application().name()).isEqualTo("Microsoft 365");
    assertThat(entry.accessDevice().location().city()).isEqualTo("Ann Arbor");
    assertThat(entry.authDevice().name()).isEqualTo("+15555550100");
    assertThat(
            entry
                .extra()
                .get("adaptive_trust_assessments")
                .path("remember_me")
                .path("trust_level")
                .asText())
        .isEqualTo("LOW");
  }

  @Test
  void authentication_fetchesTheNextPageOnlyWhenTheFirstIsUsedUp() {
    duo.ok(
        "{\"authlogs\": ["
            + AUTH_ENTRY
            + ","
            + AUTH_ENTRY
            + "], \"metadata\": {\"next_offset\": [\"1\", \"t\"]}}");

    Iterator<AuthLogEntry> entries =
        logs.authentication(AuthLogQuery.of(LogWindow.between(FROM, TO))).iterator();
    entries.next();
    entries.next();

    assertThat(duo.requests()).hasSize(1);
  }

  @Test
  void telephony_sendsTheStringCursorBackAsNextOffsetAndReadsRelationTotals() {
    duo.ok(
            """
            {"items": [{"telephony_id": "5bea1c1e-612c-4f1d-b310-75fd31385b15",
              "txid": "fb0c129b-f994-4d3d-953b-c3e764272eb7", "ts": "2026-11-20T12:00:00.123456+00:00",
              "context": "authentication", "type": "sms", "phone": "+15555550100", "credits": 1}],
             "metadata": {"next_offset": "1547486297000,5bea1c1e-612c-4f1d-b310-75fd31385b15",
                          "total_objects": {"relation": "eq", "value": 2}}}
            """)
        .ok("{\"items\": [], \"metadata\": {\"next_offset\": null}}");

    Page<TelephonyLogEntry> first = logs.telephony(LogWindow.between(FROM, TO)).firstPage();

    assertThat(first.totalObjects()).hasValue(2);
    assertThat(first.items()).singleElement().satisfies(e -> assertThat(e.credits()).isEqualTo(1));
    logs.telephony(LogWindow.between(FROM, TO)).nextPage(first);
    assertThat(duo.requests().get(0).path()).isEqualTo("/admin/v2/logs/telephony");
    assertThat(duo.requests().get(0).params().first("limit")).hasValue("1000");
    assertThat(duo.requests().get(1).params().first("next_offset"))
        .hasValue("1547486297000,5bea1c1e-612c-4f1d-b310-75fd31385b15");
  }

  @Test
  void activity_readsItemsWithActionAndOutcome() {
    duo.ok(
        """
        {"items": [{"activity_id": "a1b2", "ts": "2026-11-20T12:00:00+00:00", "akey": "DA1",
          "action": {"name": "user_update", "details": "{\\"status\\": \\"active\\"}"},
          "outcome": {"result": "SUCCESS"},
          "actor": {"key": "DE1", "name": "Hannah", "type": "admin", "details": "{}"},
          "target": {"key": "DU1", "name": "jdoe", "type": "user", "details": null},
          "access_device": {"ip": {"address": "192.0.2.10"}}}],
         "metadata": {"next_offset": null, "total_objects": 1}}
        """);

    ActivityLogEntry entry = logs.activity(LogWindow.between(FROM, TO)).all().get(0);

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v2/logs/activity");
    assertThat(entry.actionName()).isEqualTo("user_update");
    assertThat(entry.result()).isEqualTo("SUCCESS");
    assertThat(entry.actor().type()).isEqualTo("admin");
    assertThat(entry.extra()).containsKey("access_device");
  }

  @Test
  void trustMonitor_sendsTheCursorBackAsOffsetNotNextOffset() {
    duo.ok(
            """
            {"events": [{"sekey": "SEDOR9C8O6BWWZZD7D0C", "type": "auth", "state": "new",
              "surfaced_timestamp": 1675893605269, "priority_event": true,
              "triaged_as_interesting": false, "explanations": [{"summary": "New country", "type": "NEW_COUNTRY_CODE"}],
              "surfaced_auth": {"txid": "t1", "result": "success", "factor": "duo_push"}}],
             "metadata": {"next_offset": "1591014"}}
            """)
        .ok("{\"events\": [], \"metadata\": {}}");

    List<TrustMonitorEvent> events = logs.trustMonitorEvents(LogWindow.between(FROM, TO)).all();

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.priorityEvent()).isTrue();
              assertThat(e.surfacedAuth().txid()).isEqualTo("t1");
              assertThat(e.extra()).containsKey("explanations");
            });
    assertThat(duo.requests().get(0).path()).isEqualTo("/admin/v1/trust_monitor/events");
    assertThat(duo.requests().get(0).params().has("offset")).isFalse();
    assertThat(duo.requests().get(1).params().first("offset")).hasValue("1591014");
    assertThat(duo.requests().get(1).params().has("next_offset")).isFalse();
  }

  @Test
  void trustMonitor_canFilterByType() {
    duo.ok("{\"events\": [], \"metadata\": {}}");

    logs.trustMonitorEvents(LogWindow.between(FROM, TO), "bypass_status_enabled").all();

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("mintime", List.of("1597600000000")),
            entry("maxtime", List.of("1597700000000")),
            entry("limit", List.of("200")),
            entry("type", List.of("bypass_status_enabled")));
  }

  @Test
  void cursor_thatDoesNotAdvanceIsReportedInsteadOfLoopingForever() {
    String stuck = "{\"items\": [], \"metadata\": {\"next_offset\": \"5,x\"}}";
    duo.ok(stuck).ok(stuck);

    assertThatThrownBy(() -> logs.activity(LogWindow.between(FROM, TO)).all())
        .isInstanceOf(DuoApiException.class)
        .hasMessageContaining("did not advance");
  }

  @Test
  void administrator_continuesAtTheLastSecondOfAFullPageWithoutLosingOrRepeatingEntries() {
    String fullPage = adminEntries(998, 1700000000) + "," + adminEntries(2, 1700000050);
    duo.ok("[" + fullPage + "]").ok("[" + adminEntries(3, 1700000050) + "]");

    List<AdminLogEntry> entries = logs.administrator(Instant.ofEpochSecond(1699999999)).all();

    assertThat(entries).hasSize(998 + 3);
    assertThat(duo.requests())
        .extracting(r -> r.path() + " " + r.params().asMap())
        .containsExactly(
            "/admin/v1/logs/administrator {mintime=[1699999999]}",
            "/admin/v1/logs/administrator {mintime=[1700000050]}");
  }

  @Test
  void administrator_fullPageWithinOneSecondMovesToTheNextSecond() {
    duo.ok("[" + adminEntries(1000, 1700000000) + "]").ok("[]");

    assertThat(logs.administrator(Instant.ofEpochSecond(1700000000)).all()).hasSize(1000);
    assertThat(duo.requests().get(1).params().first("mintime")).hasValue("1700000001");
  }

  @Test
  void administrator_readsDuosFields() {
    duo.ok(
        """
        [{"timestamp": 1700000000, "isotimestamp": "2023-11-14T22:13:20+00:00",
          "username": "API (MSP automation)", "action": "user_update", "object": "jdoe",
          "description": "{\\"status\\": \\"Active\\"}", "eventtype": "administrator", "host": "api-x"}]
        """);

    AdminLogEntry entry = logs.administrator(Instant.ofEpochSecond(1700000000)).all().get(0);

    assertThat(entry.action()).isEqualTo("user_update");
    assertThat(entry.description()).isEqualTo("{\"status\": \"Active\"}");
    assertThat(entry.extra()).containsKeys("eventtype", "host");
  }

  private static String adminEntries(int count, long second) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                "{\"timestamp\": "
                    + second
                    + ", \"username\": \"admin\", \"action\": \"user_update\", \"object\": \"u"
                    + i
                    + "\", \"description\": \"{}\"}")
        .collect(Collectors.joining(","));
  }
}
