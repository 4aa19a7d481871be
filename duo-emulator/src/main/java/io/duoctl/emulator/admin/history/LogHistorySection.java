package io.duoctl.emulator.admin.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.fixture.FixtureSection;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;

/**
 * The fixture field {@code "log_history": {"days": 30, "auth_per_day": 100, "admin_per_day": 5,
 * "telephony_per_day": 10, "activity_per_day": 20, "seed": 7}}: seeds all four logs from the
 * account's users, administrators and phones ({@link LogHistory}); absent fields take these
 * defaults (seed 1). Must be applied after every resource section.
 */
public final class LogHistorySection implements FixtureSection {

  @Override
  public String field() {
    return "log_history";
  }

  @Override
  public void apply(Account account, JsonNode value, World world) {
    LogHistory.seed(world, account, HistoryPlan.parse(value));
  }
}
