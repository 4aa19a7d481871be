package io.duoctl.core.logexport.sinks.syslog;

import io.duoctl.core.logexport.ExportedEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/**
 * Writes an event as an RFC 5424 message: {@code <PRI>1 TIMESTAMP HOSTNAME duoctl PROCID MSGID
 * [duoctl@32473 org_id=".." org_name=".." key=".."] BOM MSG}. PRI is facility × 8 + the event's
 * severity; TIMESTAMP is the event's time in UTC with at most six fraction digits; MSGID is the
 * log's wire name; MSG is UTF-8 after a byte-order mark, as §6.4 asks of UTF-8 text. The SD-ID uses
 * the private enterprise number 32473 that RFC 5612 reserves for documentation, as duoctl has none
 * of its own. Immutable.
 */
final class Rfc5424 {
  static final String APP_NAME = "duoctl";
  static final String SD_ID = "duoctl@32473";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final int facility;
  private final String hostname;
  private final String procId;

  Rfc5424(int facility, String hostname, String procId) {
    this.facility = facility;
    this.hostname = hostname;
    this.procId = procId;
  }

  byte[] message(ExportedEvent event, String body) {
    String header =
        "<"
            + (facility * 8 + EventSeverity.of(event).syslog())
            + ">1 "
            + event.timestamp().truncatedTo(ChronoUnit.MICROS)
            + " "
            + hostname
            + " "
            + APP_NAME
            + " "
            + procId
            + " "
            + event.log().wireName()
            + " ["
            + SD_ID
            + " org_id=\""
            + paramValue(event.organizationId())
            + "\" org_name=\""
            + paramValue(event.organizationName())
            + "\" key=\""
            + paramValue(event.key())
            + "\"] ";
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + body.length() + 16);
    out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(BOM);
    out.writeBytes(body.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Escapes {@code "}, {@code \} and {@code ]} as §6.3.3 requires. */
  static String paramValue(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
  }

  /** Frames a message by octet counting (RFC 6587 §3.4.1): {@code LEN SP MSG}. */
  static void frame(byte[] message, ByteArrayOutputStream out) {
    out.writeBytes((message.length + " ").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(message);
  }
}
