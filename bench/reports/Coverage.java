import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** One organization's MFA coverage figures: as counted from a fixture, or as a report row says. */
record Coverage(
    long users,
    long active,
    long bypass,
    long disabled,
    long lockedOut,
    long pendingDeletion,
    long enrolled) {

  /**
   * Counted from a generated fixture's JSON, not from the emulator: each child account's users by
   * their {@code status} (none: active) and enrolled when they have a phone (the generator gives
   * users no hardware tokens or WebAuthn keys).
   *
   * @return by child account name
   */
  static Map<String, Coverage> fromFixture(JsonNode fixture) {
    Map<String, Coverage> byName = new HashMap<>();
    for (JsonNode parent : fixture.path("accounts")) {
      for (JsonNode child : parent.path("children")) {
        long[] counts = new long[7];
        for (JsonNode user : child.path("users")) {
          counts[0]++;
          switch (user.path("status").asText("active")) {
            case "active" -> counts[1]++;
            case "bypass" -> counts[2]++;
            case "disabled" -> counts[3]++;
            case "locked out" -> counts[4]++;
            case "pending deletion" -> counts[5]++;
            default -> throw new IllegalStateException("unknown status in the fixture: " + user);
          }
          if (!user.path("phones").isEmpty()) {
            counts[6]++;
          }
        }
        byName.put(
            child.path("name").asText(),
            new Coverage(
                counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
      }
    }
    return byName;
  }

  /** The figures of one line of the report's JSON. */
  static Coverage fromRow(JsonNode row) {
    return new Coverage(
        row.path("users").asLong(-1),
        row.path("active").asLong(-1),
        row.path("bypass").asLong(-1),
        row.path("disabled").asLong(-1),
        row.path("locked_out").asLong(-1),
        row.path("pending_deletion").asLong(-1),
        row.path("enrolled").asLong(-1));
  }

  /** Whether the users by status add up to the users. */
  boolean statusesSumUp() {
    return active + bypass + disabled + lockedOut + pendingDeletion == users;
  }
}
