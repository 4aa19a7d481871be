package io.duoctl.emulator.admin.groups;

import java.util.Objects;

/**
 * A group (admin-api.md §6.4) without its members, which {@link Groups} keeps. The factor flags are
 * Duo's deprecated legacy settings, kept for fidelity. Immutable.
 */
public record Group(
    String groupId,
    String name,
    String desc,
    GroupStatus status,
    boolean pushEnabled,
    boolean smsEnabled,
    boolean voiceEnabled,
    boolean mobileOtpEnabled) {

  public Group {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(name, "name");
    desc = desc == null ? "" : desc;
    Objects.requireNonNull(status, "status");
  }

  /** A new active group with every legacy factor enabled; the ID is assigned on creation. */
  public static Group named(String name) {
    return new Group("", name, "", GroupStatus.ACTIVE, true, true, true, true);
  }

  public Group withId(String id) {
    return new Group(
        id, name, desc, status, pushEnabled, smsEnabled, voiceEnabled, mobileOtpEnabled);
  }

  public Group withName(String v) {
    return new Group(
        groupId, v, desc, status, pushEnabled, smsEnabled, voiceEnabled, mobileOtpEnabled);
  }

  public Group withDesc(String v) {
    return new Group(
        groupId, name, v, status, pushEnabled, smsEnabled, voiceEnabled, mobileOtpEnabled);
  }

  public Group withStatus(GroupStatus v) {
    return new Group(
        groupId, name, desc, v, pushEnabled, smsEnabled, voiceEnabled, mobileOtpEnabled);
  }

  /** This group with the legacy factor flags set. */
  public Group withFactors(boolean push, boolean sms, boolean voice, boolean mobileOtp) {
    return new Group(groupId, name, desc, status, push, sms, voice, mobileOtp);
  }
}
