package io.duoctl.client.admin.administrators;

/**
 * The optional administrator attributes {@link NewAdministrator.Builder} and {@link
 * AdministratorUpdate.Builder} both collect. Not thread-safe.
 */
abstract class AdministratorFieldsBuilder<B extends AdministratorFieldsBuilder<B>> {
  String phone;
  String role;
  Boolean restrictedByAdminUnits;
  String tokenId;
  String subaccountRole;

  AdministratorFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B phone(String value) {
    this.phone = value;
    return self();
  }

  public B role(String value) {
    this.role = value;
    return self();
  }

  public B restrictedByAdminUnits(boolean value) {
    this.restrictedByAdminUnits = value;
    return self();
  }

  public B tokenId(String value) {
    this.tokenId = value;
    return self();
  }

  public B subaccountRole(String value) {
    this.subaccountRole = value;
    return self();
  }
}
