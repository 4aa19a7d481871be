package io.duoctl.emulator.admin.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.fixture.FixtureSection;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;

/**
 * The fixture field {@code "auth_history": {"days": 30, "per_day": 20, "seed": 7}}: seeds the
 * account's auth log and Trust Monitor from its users ({@link AccountHistory}). Must be applied
 * after the users section. Defaults: 30 days, 20 a day, seed 1.
 */
public final class AuthHistorySection implements FixtureSection {

  @Override
  public String field() {
    return "auth_history";
  }

  @Override
  public void apply(Account account, JsonNode value, World world) {
    if (!value.isObject()) {
      throw new IllegalArgumentException("must be an object {\"days\", \"per_day\", \"seed\"}");
    }
    int days = count(value, "days", 30, 180);
    int perDay = count(value, "per_day", 20, 10_000);
    long seed = value.path("seed").asLong(1);
    AccountHistory.seed(world, account, days, perDay, seed);
  }

  private static int count(JsonNode value, String field, int fallback, int max) {
    JsonNode node = value.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.canConvertToInt() || node.asInt() < 0 || node.asInt() > max) {
      throw new IllegalArgumentException(field + " must be a whole number from 0 to " + max);
    }
    return node.asInt();
  }
}
