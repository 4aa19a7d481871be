package io.duoctl.client.admin.administrators;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;

/**
 * An administrator to create; Duo creates it pending activation. {@code email} and {@code name} are
 * required, the rest are sent only when not null.
 *
 * @param email the email address (required)
 * @param name the full name (required)
 * @param phone the phone number
 * @param role e.g. {@code Administrator}, {@code Help Desk}, {@code Read-only}
 * @param restrictedByAdminUnits whether administrative units restrict the administrator
 * @param sendEmail whether Duo emails the activation link
 * @param tokenId a hardware token to attach
 * @param validDays how many days the activation link stays valid (1–31; Duo's default 7)
 * @param subaccountRole the role in child accounts (MSP parent accounts only)
 */
public record NewAdministrator(
    String email,
    String name,
    String phone,
    String role,
    Boolean restrictedByAdminUnits,
    Boolean sendEmail,
    String tokenId,
    Integer validDays,
    String subaccountRole) {

  public NewAdministrator {
    Require.text(email, "email");
    Require.text(name, "name");
    Require.optionalText(role, "role");
    Require.optionalText(tokenId, "tokenId");
    Require.range(validDays, 1, 31, "validDays");
  }

  public static Builder builder(String email, String name) {
    return new Builder(email, name);
  }

  Params toParams() {
    Params params =
        Params.of("email", email)
            .with("name", name)
            .withIfPresent("phone", phone)
            .withIfPresent("role", role)
            .withIfPresent("token_id", tokenId)
            .withIfPresent("valid_days", validDays)
            .withIfPresent("subaccount_role", subaccountRole);
    if (restrictedByAdminUnits != null) {
      params = params.with("restricted_by_admin_units", Wire.bool(restrictedByAdminUnits));
    }
    return sendEmail == null ? params : params.with("send_email", Wire.flag(sendEmail));
  }

  /** Collects the optional attributes of a {@link NewAdministrator}. Not thread-safe. */
  public static final class Builder extends AdministratorFieldsBuilder<Builder> {
    private final String email;
    private final String name;
    private Boolean sendEmail;
    private Integer validDays;

    private Builder(String email, String name) {
      this.email = email;
      this.name = name;
    }

    public Builder sendEmail(boolean value) {
      this.sendEmail = value;
      return this;
    }

    public Builder validDays(int value) {
      this.validDays = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public NewAdministrator build() {
      return new NewAdministrator(
          email,
          name,
          phone,
          role,
          restrictedByAdminUnits,
          sendEmail,
          tokenId,
          validDays,
          subaccountRole);
    }
  }
}
