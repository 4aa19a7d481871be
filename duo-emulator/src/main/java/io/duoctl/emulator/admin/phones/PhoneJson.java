package io.duoctl.emulator.admin.phones;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes Duo's phone object (admin-api.md §6.2) with keys in Duo's alphabetical order. */
public final class PhoneJson {

  private PhoneJson() {}

  /** The phone as it appears inside a user ({@code users} omitted). */
  public static Map<String, Object> phone(Phone phone) {
    Map<String, Object> json = new TreeMap<>();
    json.put("activated", phone.activated());
    json.put("capabilities", phone.capabilities());
    json.put("encrypted", phone.encrypted());
    json.put("extension", phone.extension());
    json.put("fingerprint", phone.fingerprint());
    json.put("last_seen", phone.lastSeen());
    json.put("model", phone.model());
    json.put("name", phone.name());
    json.put("number", phone.number());
    json.put("phone_id", phone.phoneId());
    json.put("platform", phone.platform().wire());
    json.put("postdelay", phone.postdelay());
    json.put("predelay", phone.predelay());
    json.put("screenlock", phone.screenlock());
    json.put("sms_passcodes_sent", phone.smsPasscodesSent());
    json.put("tampered", phone.tampered());
    json.put("type", phone.type().wire());
    return json;
  }

  /** The phone as the phone endpoints write it, with its (reduced) users. */
  public static Map<String, Object> withUsers(Phone phone, List<?> users) {
    Map<String, Object> json = phone(phone);
    json.put("users", users);
    return json;
  }
}
