package io.duoctl.client.admin.info;

/**
 * Telephony credits used in a time window.
 *
 * @param telephonyCreditsUsed the credits used
 * @param mintime the window's start, Unix seconds, or null
 * @param maxtime the window's end, Unix seconds, or null
 */
public record TelephonyCreditsUsed(long telephonyCreditsUsed, Long mintime, Long maxtime) {}
