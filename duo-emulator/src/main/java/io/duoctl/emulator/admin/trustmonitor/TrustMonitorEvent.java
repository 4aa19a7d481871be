package io.duoctl.emulator.admin.trustmonitor;

import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Trust Monitor event (admin-api.md §6.19): an anomalous authentication ({@code auth}) or a
 * user put in bypass ({@code bypass_status}). Immutable.
 *
 * @param sekey {@code SE…}
 * @param type {@code auth} or {@code bypass_status}
 * @param surfaced when Trust Monitor surfaced it
 * @param explanation the reason shown, e.g. "New country" (auth events)
 * @param surfacedAuth the authentication (auth events), else null
 * @param enabledBy who put the user in bypass (bypass events), else null
 * @param enabledFor the user put in bypass (bypass events), else null
 */
public record TrustMonitorEvent(
    String sekey,
    String type,
    Instant surfaced,
    String explanation,
    AuthLogEntry surfacedAuth,
    AuthLogEntry.Party enabledBy,
    AuthLogEntry.Party enabledFor) {

  public TrustMonitorEvent {
    Objects.requireNonNull(sekey, "sekey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surfaced, "surfaced");
  }

  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    if (type.equals("bypass_status")) {
      view.put("bypass_status_enabled", surfaced.toEpochMilli());
      view.put("enabled_by", party(enabledBy));
      view.put("enabled_for", party(enabledFor));
    } else {
      view.put(
          "explanations",
          List.of(
              Map.of("summary", explanation == null ? "" : explanation, "type", "NEW_COUNTRY")));
      view.put("from_common_netblock", false);
      view.put("from_new_user", false);
      view.put("low_risk_ip", false);
    }
    view.put("priority_event", !type.equals("bypass_status"));
    view.put("priority_reasons", List.of());
    view.put("sekey", sekey);
    view.put("state", "new");
    view.put("state_updated_timestamp", null);
    if (surfacedAuth != null) {
      view.put("surfaced_auth", surfacedAuth.view());
    }
    view.put("surfaced_timestamp", surfaced.toEpochMilli());
    view.put("triage_event_uri", "https://admin.duo.test/trust-monitor/events/" + sekey);
    view.put("triaged_as_interesting", false);
    view.put("type", type);
    return view;
  }

  private static Map<String, Object> party(AuthLogEntry.Party party) {
    if (party == null) {
      return null;
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("key", party.key());
    view.put("name", party.name());
    return view;
  }
}
