package io.duoctl.client.admin.users;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Duo's reply to syncing one user from a directory. Duo does not document its shape, so the reply
 * is kept as it came; when it is a user object it is also read as a {@link User}.
 *
 * @param response Duo's {@code response} value, never null
 * @param user the synced user, when the reply is a user object
 */
public record DirectorySyncResult(JsonNode response, Optional<User> user) {

  public DirectorySyncResult {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(user, "user");
  }
}
