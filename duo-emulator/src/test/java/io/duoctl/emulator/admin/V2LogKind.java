package io.duoctl.emulator.admin;

import io.duoctl.emulator.admin.activity.ActivityEntry;
import io.duoctl.emulator.admin.activity.ActivityLog;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.logs.TelephonyEntry;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.List;

/** The three v2 logs for tests: path, items field, id field, how to add an entry, ground truth. */
public enum V2LogKind {
  AUTHENTICATION("/admin/v2/logs/authentication", "authlogs", "txid"),
  TELEPHONY("/admin/v2/logs/telephony", "items", "telephony_id"),
  ACTIVITY("/admin/v2/logs/activity", "items", "activity_id");

  public final String path;
  public final String items;
  public final String id;

  V2LogKind(String path, String items, String id) {
    this.path = path;
    this.items = items;
    this.id = id;
  }

  /** Adds an entry at {@code at}; {@code id} is its id where the log lets the caller choose. */
  public void add(World world, Account account, Instant at, String id) {
    switch (this) {
      case AUTHENTICATION ->
          AuthLog.of(account)
              .record(
                  new AuthLogEntry(
                      id,
                      at,
                      "authentication",
                      "duo_push",
                      "success",
                      "user_approved",
                      new AuthLogEntry.Subject("DU1", "alice", List.of(), List.of()),
                      new AuthLogEntry.Party("DI1", "VPN"),
                      new AuthLogEntry.AccessDevice("192.0.2.1", "ws", null, "Chrome", "Windows"),
                      null,
                      "",
                      "alice"));
      case TELEPHONY ->
          TelephonyLog.of(world, account).record(at, "authentication", "sms", "+15555550100", 1);
      case ACTIVITY ->
          ActivityLog.of(account)
              .record(
                  new ActivityEntry(
                      id,
                      at,
                      account.id(),
                      "user_update",
                      "SUCCESS",
                      new ActivityEntry.Party("DI1", "API (x)", "integration"),
                      null,
                      ""));
    }
  }

  /** The ids of every entry of this log, oldest first: the ground truth an export is held to. */
  public List<String> ids(World world, Account account) {
    return switch (this) {
      case AUTHENTICATION ->
          AuthLog.of(account).entries().stream().map(AuthLogEntry::txid).toList();
      case TELEPHONY ->
          TelephonyLog.of(world, account).entries().stream()
              .map(TelephonyEntry::telephonyId)
              .toList();
      case ACTIVITY ->
          ActivityLog.of(account).entries().stream().map(ActivityEntry::activityId).toList();
    };
  }
}
