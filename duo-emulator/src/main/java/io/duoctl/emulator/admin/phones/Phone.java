package io.duoctl.emulator.admin.phones;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phone or tablet (admin-api.md §6.2) without its users, which {@link PhoneBook} keeps.
 * Immutable.
 *
 * @param number E.164, or "" for a tablet
 * @param predelay seconds as a string, or null
 * @param postdelay seconds as a string, or null
 * @param lastSeen {@code YYYY-MM-DDTHH:MM:SS}, or null
 * @param behaviour how the device answers pushes
 */
public record Phone(
    String phoneId,
    String number,
    String extension,
    String name,
    PhoneType type,
    PhonePlatform platform,
    String model,
    String predelay,
    String postdelay,
    boolean activated,
    boolean smsPasscodesSent,
    String lastSeen,
    String encrypted,
    String fingerprint,
    String screenlock,
    String tampered,
    DeviceBehaviour behaviour) {

  public Phone {
    Objects.requireNonNull(phoneId, "phoneId");
    number = number == null ? "" : number;
    extension = extension == null ? "" : extension;
    name = name == null ? "" : name;
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(platform, "platform");
    model = model == null ? platform.defaultModel() : model;
    encrypted = encrypted == null ? "" : encrypted;
    fingerprint = fingerprint == null ? "" : fingerprint;
    screenlock = screenlock == null ? "" : screenlock;
    tampered = tampered == null ? "" : tampered;
    Objects.requireNonNull(behaviour, "behaviour");
  }

  /**
   * What the phone can do, derived from type, platform and activation: an activated smartphone
   * {@code auto, push, sms, phone, mobile_otp} (a tablet without number: {@code auto, push,
   * mobile_otp}); a landline {@code phone}; a mobile or unknown phone that is not activated {@code
   * sms, phone}.
   */
  public List<String> capabilities() {
    List<String> out = new ArrayList<>(5);
    boolean hasNumber = !number.isEmpty();
    boolean duoMobile = activated && platform.isSmartphone();
    if (type == PhoneType.LANDLINE) {
      if (hasNumber) {
        out.add("phone");
      }
      return List.copyOf(out);
    }
    if (duoMobile) {
      out.add("auto");
      out.add("push");
    }
    if (hasNumber) {
      out.add("sms");
      out.add("phone");
    }
    if (duoMobile) {
      out.add("mobile_otp");
    }
    return List.copyOf(out);
  }

  /** Whether the phone has {@code capability}, e.g. {@code push}. */
  public boolean can(String capability) {
    return capabilities().contains(capability);
  }

  /** A builder holding this phone's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder for a new phone; the phone book assigns the ID if unset. */
  public static Builder builder() {
    return new Builder(null);
  }

  /** Builds {@link Phone}s; not thread-safe. */
  public static final class Builder {
    String phoneId;
    String number = "";
    String extension = "";
    String name = "";
    PhoneType type = PhoneType.UNKNOWN;
    PhonePlatform platform = PhonePlatform.UNKNOWN;
    String model;
    String predelay;
    String postdelay;
    boolean activated;
    boolean smsPasscodesSent;
    String lastSeen;
    String encrypted = "";
    String fingerprint = "";
    String screenlock = "";
    String tampered = "";
    DeviceBehaviour behaviour = DeviceBehaviour.APPROVE;

    Builder(Phone p) {
      if (p == null) {
        return;
      }
      phoneId = p.phoneId;
      number = p.number;
      extension = p.extension;
      name = p.name;
      type = p.type;
      platform = p.platform;
      model = p.model;
      predelay = p.predelay;
      postdelay = p.postdelay;
      activated = p.activated;
      smsPasscodesSent = p.smsPasscodesSent;
      lastSeen = p.lastSeen;
      encrypted = p.encrypted;
      fingerprint = p.fingerprint;
      screenlock = p.screenlock;
      tampered = p.tampered;
      behaviour = p.behaviour;
    }

    public Builder phoneId(String v) {
      phoneId = v;
      return this;
    }

    /** The number, normalised to E.164 ({@link PhoneNumbers#normalise}). */
    public Builder number(String v) {
      number = PhoneNumbers.normalise(v == null ? "" : v);
      return this;
    }

    public Builder extension(String v) {
      extension = v;
      return this;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder type(PhoneType v) {
      type = v;
      return this;
    }

    /** Sets the platform; the model follows unless set explicitly afterwards. */
    public Builder platform(PhonePlatform v) {
      platform = v;
      model = null;
      return this;
    }

    public Builder model(String v) {
      model = v;
      return this;
    }

    public Builder predelay(String v) {
      predelay = v;
      return this;
    }

    public Builder postdelay(String v) {
      postdelay = v;
      return this;
    }

    public Builder activated(boolean v) {
      activated = v;
      return this;
    }

    public Builder smsPasscodesSent(boolean v) {
      smsPasscodesSent = v;
      return this;
    }

    public Builder lastSeen(String v) {
      lastSeen = v;
      return this;
    }

    /** Device health fields (Advantage/Premier): encrypted, fingerprint, screenlock, tampered. */
    public Builder health(
        String encrypted, String fingerprint, String screenlock, String tampered) {
      this.encrypted = encrypted;
      this.fingerprint = fingerprint;
      this.screenlock = screenlock;
      this.tampered = tampered;
      return this;
    }

    public Builder behaviour(DeviceBehaviour v) {
      behaviour = v;
      return this;
    }

    public Phone build() {
      return new Phone(
          phoneId,
          number,
          extension,
          name,
          type,
          platform,
          model,
          predelay,
          postdelay,
          activated,
          smsPasscodesSent,
          lastSeen,
          encrypted,
          fingerprint,
          screenlock,
          tampered,
          behaviour);
    }
  }
}
