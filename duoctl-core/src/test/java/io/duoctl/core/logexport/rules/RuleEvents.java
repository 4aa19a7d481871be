package io.duoctl.core.logexport.rules;

import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SampleEvents;
import java.time.Instant;

/** Authentication log entries shaped like Duo's, at chosen times, for rule tests. */
final class RuleEvents {
  static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

  private RuleEvents() {}

  /**
   * An authentication entry of {@code user} in org-1 with {@code result}, {@code minutes} after T0.
   */
  static ExportedEvent auth(String txid, String user, String result, double minutes) {
    return auth("org-1", txid, user, result, minutes);
  }

  static ExportedEvent auth(String org, String txid, String user, String result, double minutes) {
    Instant at = T0.plusMillis((long) (minutes * 60_000));
    return new ExportedEvent(
        org,
        org.equals("org-1") ? "Harbor Dental" : "Globex",
        LogKind.AUTHENTICATION,
        txid,
        at,
        SampleEvents.json(
            """
            {"txid":"%s","timestamp":%d,"isotimestamp":"%s","result":"%s",
             "reason":"%s","factor":"duo_push","event_type":"authentication",
             "user":{"name":"%s","key":"DU1"},"application":{"name":"VPN","key":"DI1"}}
            """
                .formatted(
                    txid,
                    at.getEpochSecond(),
                    at,
                    result,
                    result.equals("fraud") ? "user_marked_fraud" : "user_denied",
                    user)));
  }
}
