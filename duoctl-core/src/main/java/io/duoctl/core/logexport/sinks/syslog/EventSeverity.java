package io.duoctl.core.logexport.sinks.syslog;

import io.duoctl.core.logexport.ExportedEvent;
import java.util.Locale;

/** How much an event matters, as a syslog severity and a CEF severity. */
enum EventSeverity {
  INFORMATIONAL(6, 3),
  NOTICE(5, 5),
  WARNING(4, 8);

  private final int syslog;
  private final int cef;

  EventSeverity(int syslog, int cef) {
    this.syslog = syslog;
    this.cef = cef;
  }

  /** RFC 5424's severity number (6 informational … 0 emergency). */
  int syslog() {
    return syslog;
  }

  /** CEF's severity, 0 to 10. */
  int cef() {
    return cef;
  }

  /**
   * Fraud reports are warnings, denied or failed authentications and failed activities notices,
   * everything else informational.
   */
  static EventSeverity of(ExportedEvent event) {
    String result =
        switch (event.log()) {
          case AUTHENTICATION -> event.event().path("result").asText("");
          case ACTIVITY -> event.event().path("outcome").path("result").asText("");
          case ADMINISTRATOR, TELEPHONY -> "";
        };
    return switch (result.toLowerCase(Locale.ROOT)) {
      case "fraud" -> WARNING;
      case "denied", "failure", "failed", "error" -> NOTICE;
      default -> INFORMATIONAL;
    };
  }
}
