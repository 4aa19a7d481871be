package io.duoctl.client.admin.administrators;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import java.util.Set;

/**
 * Changes to an administrator: only non-null components are sent; at least one is required.
 *
 * @param name a new full name
 * @param phone a new phone number
 * @param passwordChangeRequired whether a password change is due at next login
 * @param role a new role
 * @param restrictedByAdminUnits whether administrative units restrict the administrator
 * @param status {@code Active} or {@code Disabled} (an Owner cannot be disabled)
 * @param tokenId a hardware token to attach
 * @param subaccountRole the role in child accounts (MSP parent accounts only)
 */
public record AdministratorUpdate(
    String name,
    String phone,
    Boolean passwordChangeRequired,
    String role,
    Boolean restrictedByAdminUnits,
    String status,
    String tokenId,
    String subaccountRole) {

  private static final Set<String> STATUSES = Set.of("Active", "Disabled");

  public AdministratorUpdate {
    Require.optionalText(name, "name");
    if (status != null && !STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be Active or Disabled, was " + status);
    }
    if (name == null
        && phone == null
        && passwordChangeRequired == null
        && role == null
        && restrictedByAdminUnits == null
        && status == null
        && tokenId == null
        && subaccountRole == null) {
      throw new IllegalArgumentException("an administrator update needs at least one change");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  Params toParams() {
    Params params =
        Params.of()
            .withIfPresent("name", name)
            .withIfPresent("phone", phone)
            .withIfPresent("role", role)
            .withIfPresent("status", status)
            .withIfPresent("token_id", tokenId)
            .withIfPresent("subaccount_role", subaccountRole);
    if (passwordChangeRequired != null) {
      params = params.with("password_change_required", Wire.bool(passwordChangeRequired));
    }
    if (restrictedByAdminUnits != null) {
      params = params.with("restricted_by_admin_units", Wire.bool(restrictedByAdminUnits));
    }
    return params;
  }

  /** Collects the changes of an {@link AdministratorUpdate}. Not thread-safe. */
  public static final class Builder extends AdministratorFieldsBuilder<Builder> {
    private String name;
    private Boolean passwordChangeRequired;
    private String status;

    private Builder() {}

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder passwordChangeRequired(boolean value) {
      this.passwordChangeRequired = value;
      return this;
    }

    /** {@code Active} or {@code Disabled}. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid, or when nothing
     *     would change
     */
    public AdministratorUpdate build() {
      return new AdministratorUpdate(
          name,
          phone,
          passwordChangeRequired,
          role,
          restrictedByAdminUnits,
          status,
          tokenId,
          subaccountRole);
    }
  }
}
