package io.duoctl.client.admin.phones;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import java.util.Locale;

/**
 * The attributes of a phone to create or change. All are optional; null ones are not sent. A
 * smartphone platform without a number describes a tablet.
 *
 * @param number the number; without a leading {@code +} Duo assumes {@code +1}
 * @param name a free-form label
 * @param extension the extension
 * @param type the phone type
 * @param platform e.g. {@code apple ios}, {@code google android}, {@code generic smartphone}
 * @param predelay seconds to wait before speaking on a call
 * @param postdelay seconds to wait after speaking on a call
 */
public record PhoneDetails(
    String number,
    String name,
    String extension,
    PhoneType type,
    String platform,
    Integer predelay,
    Integer postdelay) {

  public PhoneDetails {
    Require.optionalText(number, "number");
    Require.optionalText(platform, "platform");
    Require.range(predelay, 0, 3600, "predelay");
    Require.range(postdelay, 0, 3600, "postdelay");
  }

  /** A mobile phone with this number. */
  public static PhoneDetails mobile(String number) {
    return builder().number(Require.text(number, "number")).type(PhoneType.MOBILE).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  boolean isEmpty() {
    return number == null
        && name == null
        && extension == null
        && type == null
        && platform == null
        && predelay == null
        && postdelay == null;
  }

  Params toParams() {
    Params params =
        Params.of()
            .withIfPresent("number", number)
            .withIfPresent("name", name)
            .withIfPresent("extension", extension)
            .withIfPresent("predelay", predelay)
            .withIfPresent("postdelay", postdelay);
    if (type != null) {
      params = params.with("type", type.wireValue());
    }
    if (platform != null) {
      params = params.with("platform", platform.toLowerCase(Locale.ROOT));
    }
    return params;
  }

  /** Collects the attributes of a {@link PhoneDetails}. Not thread-safe. */
  public static final class Builder {
    private String number;
    private String name;
    private String extension;
    private PhoneType type;
    private String platform;
    private Integer predelay;
    private Integer postdelay;

    private Builder() {}

    public Builder number(String value) {
      this.number = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder extension(String value) {
      this.extension = value;
      return this;
    }

    public Builder type(PhoneType value) {
      this.type = value;
      return this;
    }

    public Builder platform(String value) {
      this.platform = value;
      return this;
    }

    public Builder predelay(int seconds) {
      this.predelay = seconds;
      return this;
    }

    public Builder postdelay(int seconds) {
      this.postdelay = seconds;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public PhoneDetails build() {
      return new PhoneDetails(number, name, extension, type, platform, predelay, postdelay);
    }
  }
}
