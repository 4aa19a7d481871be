package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.LogCursor;
import java.time.Instant;
import java.util.Objects;

/**
 * One SMS or phone call charged to the account (admin-api.md §6.16, §6.17).
 *
 * @param telephonyId a UUID
 * @param txid the transaction's UUID
 * @param context {@code authentication}, {@code administrator login}, {@code enrollment} or {@code
 *     verify}
 * @param type {@code sms} or {@code phone}
 * @param phone the E.164 number
 * @param credits credits charged
 */
public record TelephonyEntry(
    String telephonyId,
    String txid,
    Instant ts,
    String context,
    String type,
    String phone,
    int credits) {

  public TelephonyEntry {
    Objects.requireNonNull(telephonyId, "telephonyId");
    Objects.requireNonNull(ts, "ts");
    Objects.requireNonNull(context, "context");
    if (!type.equals("sms") && !type.equals("phone")) {
      throw new IllegalArgumentException("telephony type is sms or phone, not " + type);
    }
  }

  /** This entry's place in the v2 log: its millisecond and {@code telephony_id}. */
  public LogCursor position() {
    return new LogCursor(ts.toEpochMilli(), telephonyId);
  }
}
