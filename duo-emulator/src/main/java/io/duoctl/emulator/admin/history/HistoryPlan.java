package io.duoctl.emulator.admin.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How much log history to seed into an account: {@code days} days before now (at most 180, Duo's
 * retention) with about so many entries a working day in each log (weekends a fifth).
 *
 * @param days how many days back
 * @param authPerDay authentication log entries a day
 * @param adminPerDay administrator log entries a day
 * @param telephonyPerDay telephony log entries a day
 * @param activityPerDay activity log entries a day
 * @param seed the seed of the generated entries
 */
public record HistoryPlan(
    int days, int authPerDay, int adminPerDay, int telephonyPerDay, int activityPerDay, long seed) {

  /** The most days of history (Duo keeps logs for 180 days). */
  public static final int MAX_DAYS = 180;

  /** The most entries a day in one log. */
  public static final int MAX_PER_DAY = 100_000;

  /** Defaults of the {@code log_history} fixture section for the counts not given. */
  public static final HistoryPlan DEFAULTS = new HistoryPlan(30, 100, 5, 10, 20, 1);

  private static final List<String> FIELDS =
      List.of(
          "days", "auth_per_day", "admin_per_day", "telephony_per_day", "activity_per_day", "seed");

  public HistoryPlan {
    check("days", days, MAX_DAYS);
    check("auth_per_day", authPerDay, MAX_PER_DAY);
    check("admin_per_day", adminPerDay, MAX_PER_DAY);
    check("telephony_per_day", telephonyPerDay, MAX_PER_DAY);
    check("activity_per_day", activityPerDay, MAX_PER_DAY);
  }

  private static void check(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          field + " must be a whole number from 0 to " + max + ", not " + value);
    }
  }

  /**
   * The plan of a {@code log_history} fixture value; absent fields take {@link #DEFAULTS}.
   *
   * @throws IllegalArgumentException naming the field that is not a whole number in range
   */
  public static HistoryPlan parse(JsonNode value) {
    if (!value.isObject()) {
      throw new IllegalArgumentException(
          "must be an object {\"days\", \"auth_per_day\", \"admin_per_day\", \"telephony_per_day\","
              + " \"activity_per_day\", \"seed\"}");
    }
    value
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(
                    "unknown field " + name + "; accepted: " + String.join(", ", FIELDS));
              }
            });
    return new HistoryPlan(
        count(value, "days", DEFAULTS.days()),
        count(value, "auth_per_day", DEFAULTS.authPerDay()),
        count(value, "admin_per_day", DEFAULTS.adminPerDay()),
        count(value, "telephony_per_day", DEFAULTS.telephonyPerDay()),
        count(value, "activity_per_day", DEFAULTS.activityPerDay()),
        value.path("seed").asLong(DEFAULTS.seed()));
  }

  private static int count(JsonNode value, String field, int fallback) {
    JsonNode node = value.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new IllegalArgumentException(field + " must be a whole number, not " + node);
    }
    return node.asInt();
  }

  /** The {@code log_history} fixture value of this plan. */
  public ObjectNode toJson() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("days", days)
        .put("auth_per_day", authPerDay)
        .put("admin_per_day", adminPerDay)
        .put("telephony_per_day", telephonyPerDay)
        .put("activity_per_day", activityPerDay)
        .put("seed", seed);
  }

  /** This plan with another seed. */
  public HistoryPlan withSeed(long newSeed) {
    return new HistoryPlan(days, authPerDay, adminPerDay, telephonyPerDay, activityPerDay, newSeed);
  }
}
