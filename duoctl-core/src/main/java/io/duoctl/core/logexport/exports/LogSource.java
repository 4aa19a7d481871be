package io.duoctl.core.logexport.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.admin.logs.AdminLogCursor;
import io.duoctl.client.admin.logs.AdminLogEntry;
import io.duoctl.client.admin.logs.LogBatch;
import io.duoctl.client.admin.logs.LogCursor;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one log of one organization from a cursor, as exported events each with its position (the
 * cursor right after it), and orders cursors: v2 logs by {@code (ms, id)} as Duo does, the
 * administrator log by {@code (second, seen)}. Stateless.
 */
final class LogSource {

  /** Up to this many events per read: Duo's page maximum. */
  static final int BATCH = Logs.V2_PAGE_SIZE;

  private LogSource() {}

  /** One read: the events after the cursor, each with its position, and where the next starts. */
  record Read(List<Positioned> events, String resume, boolean caughtUp) {}

  /** An event and the cursor right after it. */
  record Positioned(ExportedEvent event, String position) {}

  /** The cursor of every event from {@code start} on. */
  static String start(LogKind log, Instant start) {
    return log == LogKind.ADMINISTRATOR
        ? AdminLogCursor.startingAt(start).token()
        : LogCursor.startingAt(start).token();
  }

  /** The time a cursor stands at. */
  static Instant timeOf(LogKind log, String cursor) {
    return log == LogKind.ADMINISTRATOR
        ? Instant.ofEpochSecond(AdminLogCursor.parse(cursor).second())
        : Instant.ofEpochMilli(LogCursor.parse(cursor).epochMilli());
  }

  /** Negative when {@code a} comes before {@code b} in the log's order. */
  static int compare(LogKind log, String a, String b) {
    if (log == LogKind.ADMINISTRATOR) {
      AdminLogCursor x = AdminLogCursor.parse(a);
      AdminLogCursor y = AdminLogCursor.parse(b);
      int bySecond = Long.compare(x.second(), y.second());
      return bySecond != 0 ? bySecond : Integer.compare(x.seen(), y.seen());
    }
    LogCursor x = LogCursor.parse(a);
    LogCursor y = LogCursor.parse(b);
    int byTime = Long.compare(x.epochMilli(), y.epochMilli());
    return byTime != 0 ? byTime : x.id().compareTo(y.id());
  }

  /**
   * One request to Duo: up to {@value #BATCH} events after {@code cursor}, as Duo shows them at
   * {@code now}.
   */
  static Read read(Logs logs, LogKind log, ExportOrganization org, String cursor, Instant now) {
    return switch (log) {
      case AUTHENTICATION ->
          v2(
              logs.authenticationAfter(LogCursor.parse(cursor), now, BATCH),
              org,
              log,
              e -> e.position());
      case TELEPHONY ->
          v2(logs.telephonyAfter(LogCursor.parse(cursor), now, BATCH), org, log, e -> e.position());
      case ACTIVITY ->
          v2(logs.activityAfter(LogCursor.parse(cursor), now, BATCH), org, log, e -> e.position());
      case ADMINISTRATOR -> administrator(logs, org, AdminLogCursor.parse(cursor));
    };
  }

  private static <T> Read v2(
      LogBatch<T, LogCursor> batch,
      ExportOrganization org,
      LogKind log,
      Function<T, LogCursor> position) {
    List<Positioned> events = new ArrayList<>(batch.events().size());
    for (T entry : batch.events()) {
      LogCursor at = position.apply(entry);
      events.add(
          new Positioned(
              new ExportedEvent(
                  org.id(),
                  org.name(),
                  log,
                  org.id() + ":" + at.id(),
                  Instant.ofEpochMilli(at.epochMilli()),
                  json(entry)),
              at.token()));
    }
    return new Read(events, batch.resume().token(), batch.caughtUp());
  }

  private static Read administrator(Logs logs, ExportOrganization org, AdminLogCursor from) {
    LogBatch<AdminLogEntry, AdminLogCursor> batch = logs.administratorAfter(from);
    List<Positioned> events = new ArrayList<>(batch.events().size());
    long second = from.second();
    int seen = from.seen();
    for (AdminLogEntry entry : batch.events()) {
      if (entry.timestamp() == second) {
        seen++;
      } else {
        second = entry.timestamp();
        seen = 1;
      }
      events.add(
          new Positioned(
              new ExportedEvent(
                  org.id(),
                  org.name(),
                  LogKind.ADMINISTRATOR,
                  org.id() + ":" + sha256(entry.key()),
                  Instant.ofEpochSecond(entry.timestamp()),
                  json(entry)),
              new AdminLogCursor(second, seen).token()));
    }
    return new Read(events, batch.resume().token(), batch.caughtUp());
  }

  /** The entry as Duo's JSON: snake_case fields, with the fields kept in {@code extra} inlined. */
  static JsonNode json(Object entry) {
    JsonNode node = ActionJson.of(entry);
    if (node instanceof ObjectNode object && object.get("extra") instanceof ObjectNode extra) {
      object.remove("extra");
      extra.properties().forEach(field -> object.set(field.getKey(), field.getValue()));
    }
    return node;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
