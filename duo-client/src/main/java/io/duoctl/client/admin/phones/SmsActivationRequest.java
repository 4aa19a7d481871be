package io.duoctl.client.admin.phones;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Wire;
import java.time.Duration;

/**
 * Options for sending an activation SMS; all optional, null ones take Duo's defaults (valid for 24
 * hours, no installation SMS, Duo's texts).
 *
 * @param validFor how long the activation code stays valid
 * @param install whether to send a Duo Mobile installation SMS first
 * @param installationMsg the installation text; must contain {@code <insturl>}
 * @param activationMsg the activation text; must contain {@code <acturl>}
 */
public record SmsActivationRequest(
    Duration validFor, Boolean install, String installationMsg, String activationMsg) {

  public SmsActivationRequest {
    if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
      throw new IllegalArgumentException("validFor must be positive");
    }
    if (installationMsg != null && !installationMsg.contains("<insturl>")) {
      throw new IllegalArgumentException("installationMsg must contain the placeholder <insturl>");
    }
    if (activationMsg != null && !activationMsg.contains("<acturl>")) {
      throw new IllegalArgumentException("activationMsg must contain the placeholder <acturl>");
    }
  }

  /** Duo's defaults for everything. */
  public static SmsActivationRequest defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  Params toParams() {
    Params params =
        Params.of()
            .withIfPresent("valid_secs", validFor == null ? null : validFor.toSeconds())
            .withIfPresent("installation_msg", installationMsg)
            .withIfPresent("activation_msg", activationMsg);
    return install == null ? params : params.with("install", Wire.flag(install));
  }

  /** Collects the options of a {@link SmsActivationRequest}. Not thread-safe. */
  public static final class Builder {
    private Duration validFor;
    private Boolean install;
    private String installationMsg;
    private String activationMsg;

    private Builder() {}

    public Builder validFor(Duration value) {
      this.validFor = value;
      return this;
    }

    public Builder install(boolean value) {
      this.install = value;
      return this;
    }

    public Builder installationMsg(String value) {
      this.installationMsg = value;
      return this;
    }

    public Builder activationMsg(String value) {
      this.activationMsg = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public SmsActivationRequest build() {
      return new SmsActivationRequest(validFor, install, installationMsg, activationMsg);
    }
  }
}
