package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.http.DuoError;
import java.util.Locale;

/** A phone's platform with Duo's response casing (admin-api.md §6.2). */
public enum PhonePlatform {
  APPLE_IOS("Apple iOS", "Apple iPhone"),
  GOOGLE_ANDROID("Google Android", "Google Android"),
  WINDOWS_PHONE("Windows Phone", "Windows Phone"),
  RIM_BLACKBERRY("RIM BlackBerry", "RIM BlackBerry"),
  JAVA_J2ME("Java J2ME", "Java J2ME"),
  PALM_WEBOS("Palm WebOS", "Palm WebOS"),
  SYMBIAN_OS("Symbian OS", "Symbian OS"),
  WINDOWS_MOBILE("Windows Mobile", "Windows Mobile"),
  GENERIC_SMARTPHONE("Generic Smartphone", "Generic Smartphone"),
  UNKNOWN("Unknown", "Unknown");

  private final String wire;
  private final String model;

  PhonePlatform(String wire, String model) {
    this.wire = wire;
    this.model = model;
  }

  /** The value Duo writes, e.g. {@code Apple iOS}. */
  public String wire() {
    return wire;
  }

  /** The model Duo reports for a phone of this platform when nothing better is known. */
  public String defaultModel() {
    return model;
  }

  /** Whether Duo Mobile runs on it (push, passcodes). */
  public boolean isSmartphone() {
    return this != UNKNOWN;
  }

  /**
   * Parses a request value in any case; {@code windows phone 7} is an alias of {@code windows
   * phone}.
   *
   * @throws DuoError 400 40002 {@code platform} for an unknown value
   */
  public static PhonePlatform parse(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    if (wanted.equals("windows phone 7")) {
      return WINDOWS_PHONE;
    }
    for (PhonePlatform platform : values()) {
      if (platform.wire.toLowerCase(Locale.ROOT).equals(wanted)) {
        return platform;
      }
    }
    throw DuoError.invalidParameter("platform");
  }
}
