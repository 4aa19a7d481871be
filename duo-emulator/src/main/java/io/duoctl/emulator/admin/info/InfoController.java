package io.duoctl.emulator.admin.info;

import io.duoctl.emulator.admin.LogWindow;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.logs.TelephonyEntry;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /admin/v1/info/*} (admin-api.md §5.15, §6.20): the summary counts read from the account's
 * state, and reports over a window in Unix seconds (default the last 30 days, at most 180 days
 * back): telephony credits used (telephony log), authentication attempts and distinct users by
 * result (auth log; {@code SUCCESS}, {@code FAILURE}, {@code FRAUD}, {@code ERROR}).
 */
final class InfoController {

  private static final Duration DEFAULT_SPAN = Duration.ofDays(30);

  private final World world;

  InfoController(World world) {
    this.world = world;
  }

  ApiResult summary(ApiCall call) {
    Account account = call.account();
    List<User> users = UserDirectory.of(world, account).all();
    long pending = users.stream().filter(u -> u.status() == UserStatus.PENDING_DELETION).count();
    Map<String, Object> view = new TreeMap<>();
    view.put("admin_count", AdminDirectory.of(account).count());
    view.put("integration_count", world.integrationsOf(account.id()).size());
    view.put("telephony_credits_remaining", account.telephonyCredits());
    view.put("user_count", users.size() - pending);
    view.put("user_pending_deletion_count", pending);
    return ApiResult.ok(view);
  }

  ApiResult telephonyCreditsUsed(ApiCall call) {
    LogWindow window = LogWindow.seconds(call, DEFAULT_SPAN);
    long used =
        TelephonyLog.of(world, call.account()).entries().stream()
            .filter(e -> !e.ts().isBefore(window.from()) && !e.ts().isAfter(window.to()))
            .mapToLong(TelephonyEntry::credits)
            .sum();
    Map<String, Object> view = new TreeMap<>();
    view.put("telephony_credits_used", used);
    return ApiResult.ok(windowed(view, window));
  }

  ApiResult authenticationAttempts(ApiCall call) {
    LogWindow window = LogWindow.seconds(call, DEFAULT_SPAN);
    Map<String, Long> counts = emptyCounts();
    for (AuthLogEntry entry : entries(call, window)) {
      counts.merge(bucket(entry.result()), 1L, Long::sum);
    }
    Map<String, Object> view = new TreeMap<>();
    view.put("authentication_attempts", counts);
    return ApiResult.ok(windowed(view, window));
  }

  ApiResult userAuthenticationAttempts(ApiCall call) {
    LogWindow window = LogWindow.seconds(call, DEFAULT_SPAN);
    Map<String, Set<String>> users = new TreeMap<>();
    for (AuthLogEntry entry : entries(call, window)) {
      users.computeIfAbsent(bucket(entry.result()), k -> new HashSet<>()).add(entry.user().key());
    }
    Map<String, Long> counts = emptyCounts();
    users.forEach((bucket, keys) -> counts.put(bucket, (long) keys.size()));
    Map<String, Object> view = new TreeMap<>();
    view.put("user_authentication_attempts", counts);
    return ApiResult.ok(windowed(view, window));
  }

  private static List<AuthLogEntry> entries(ApiCall call, LogWindow window) {
    AuthLog log = AuthLog.of(call.account());
    log.settle(call.now());
    return log.between(window.from(), window.to(), e -> true);
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String bucket : List.of("ERROR", "FAILURE", "FRAUD", "SUCCESS")) {
      counts.put(bucket, 0L);
    }
    return counts;
  }

  private static String bucket(String result) {
    return switch (result.toLowerCase(Locale.ROOT)) {
      case "success" -> "SUCCESS";
      case "fraud" -> "FRAUD";
      case "denied" -> "FAILURE";
      default -> "ERROR";
    };
  }

  private static Map<String, Object> windowed(Map<String, Object> view, LogWindow window) {
    view.put("maxtime", window.to().getEpochSecond());
    view.put("mintime", window.from().getEpochSecond());
    return view;
  }
}
