/**
 * The administrator and telephony logs (admin-api.md §5.14, §6.16, §6.17, §7.8). Any feature may
 * record: {@code AdminLog.of(account).recordApi(call, "user_update", object, description)} and
 * {@code TelephonyLog.of(world, account).sms(context, number)} / {@code call(context, number)},
 * which also charges the account's telephony credits (stopping at zero).
 */
package io.duoctl.emulator.admin.logs;
