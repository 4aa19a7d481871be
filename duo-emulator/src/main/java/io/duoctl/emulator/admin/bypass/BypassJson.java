package io.duoctl.emulator.admin.bypass;

import java.util.Map;
import java.util.TreeMap;

/** Writes Duo's bypass-code metadata (admin-api.md §6.5); never the code itself. */
public final class BypassJson {

  private BypassJson() {}

  /** The metadata with the user's scalar fields. */
  public static Map<String, Object> code(BypassCode code, Object user) {
    Map<String, Object> json = new TreeMap<>();
    json.put("admin_email", code.adminEmail());
    json.put("bypass_code_id", code.bypassCodeId());
    json.put("created", code.created());
    json.put("expiration", code.expiration());
    json.put("reuse_count", code.reuseCount());
    json.put("user", user);
    return json;
  }
}
