package io.duoctl.emulator.admin.groups;

import java.util.Map;
import java.util.TreeMap;

/** Writes Duo's group object (admin-api.md §6.4): status capitalised (§7.12). */
public final class GroupJson {

  private GroupJson() {}

  /** The group. */
  public static Map<String, Object> group(Group group) {
    Map<String, Object> json = new TreeMap<>();
    json.put("desc", group.desc());
    json.put("group_id", group.groupId());
    json.put("mobile_otp_enabled", group.mobileOtpEnabled());
    json.put("name", group.name());
    json.put("push_enabled", group.pushEnabled());
    json.put("sms_enabled", group.smsEnabled());
    json.put("status", group.status().wire());
    json.put("voice_enabled", group.voiceEnabled());
    return json;
  }
}
