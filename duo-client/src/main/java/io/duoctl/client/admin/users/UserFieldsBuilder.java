package io.duoctl.client.admin.users;

import java.util.List;

/**
 * The optional user attributes {@link NewUser.Builder} and {@link UserUpdate.Builder} both collect.
 * Not thread-safe.
 */
abstract class UserFieldsBuilder<B extends UserFieldsBuilder<B>> {
  String realname;
  String firstname;
  String lastname;
  String email;
  UserStatus status;
  String notes;
  List<String> aliases;
  Boolean enableAutoPrompt;

  UserFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B realname(String value) {
    this.realname = value;
    return self();
  }

  public B firstname(String value) {
    this.firstname = value;
    return self();
  }

  public B lastname(String value) {
    this.lastname = value;
    return self();
  }

  public B email(String value) {
    this.email = value;
    return self();
  }

  public B status(UserStatus value) {
    this.status = value;
    return self();
  }

  public B notes(String value) {
    this.notes = value;
    return self();
  }

  public B aliases(List<String> value) {
    this.aliases = value;
    return self();
  }

  public B enableAutoPrompt(boolean value) {
    this.enableAutoPrompt = value;
    return self();
  }
}
