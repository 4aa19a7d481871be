package io.duoctl.emulator.admin.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.model.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The administrator log of one account (admin-api.md §5.14, §6.16): every Admin API write is
 * recorded here, and other features may record too. Thread-safe.
 */
public final class AdminLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<AdminLogEntry> entries = new ArrayList<>();

  private AdminLog() {}

  /** The administrator log of {@code account}. */
  public static AdminLog of(Account account) {
    return account.state(AdminLog.class, AdminLog::new);
  }

  /**
   * Records an entry; {@code description} is written as a JSON-encoded string (keep secrets out of
   * it).
   */
  public AdminLogEntry record(
      Instant at, String username, String action, String object, Map<String, ?> description) {
    String text;
    try {
      text = JSON.writeValueAsString(description);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("description is not JSON-serialisable", e);
    }
    AdminLogEntry entry = new AdminLogEntry(at, username, action, object, text);
    synchronized (entries) {
      entries.add(entry);
    }
    return entry;
  }

  /** Records an entry made by the calling integration: username {@code API (<name>)}. */
  public AdminLogEntry recordApi(
      ApiCall call, String action, String object, Map<String, ?> description) {
    String who = call.integration() == null ? "System" : "API (" + call.integration().name() + ")";
    return record(call.now(), who, action, object, description);
  }

  /** Every entry, oldest first. */
  public List<AdminLogEntry> entries() {
    synchronized (entries) {
      List<AdminLogEntry> copy = new ArrayList<>(entries);
      copy.sort(Comparator.comparing(AdminLogEntry::timestamp));
      return copy;
    }
  }
}
