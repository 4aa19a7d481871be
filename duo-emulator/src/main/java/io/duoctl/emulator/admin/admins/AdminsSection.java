package io.duoctl.emulator.admin.admins;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.fixture.FixtureSection;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;

/**
 * The fixture field {@code "admins": [{"name", "email", "role"}]}: active administrators (role
 * defaults to Owner, Duo's casing: {@code Owner}, {@code Help Desk}, {@code Read-only} …).
 */
public final class AdminsSection implements FixtureSection {

  @Override
  public String field() {
    return "admins";
  }

  @Override
  public void apply(Account account, JsonNode value, World world) {
    if (!value.isArray()) {
      throw new IllegalArgumentException("must be an array of {\"name\", \"email\", \"role\"}");
    }
    AdminDirectory admins = AdminDirectory.of(account);
    for (int i = 0; i < value.size(); i++) {
      JsonNode admin = value.get(i);
      String name = admin.path("name").asText("");
      String email = admin.path("email").asText("");
      if (name.isBlank() || !email.contains("@")) {
        throw new IllegalArgumentException("[" + i + "] needs a name and an email address");
      }
      AdminRole role;
      try {
        role = AdminRole.parse(admin.path("role").asText("Owner"));
      } catch (DuoError unknown) {
        throw new IllegalArgumentException(
            "["
                + i
                + "].role must be one of Owner, Administrator, Application Manager, User"
                + " Manager, Help Desk, Billing, Phishing Manager, Read-only");
      }
      admins.create(world, name, email, role);
    }
  }
}
