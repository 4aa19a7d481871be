package io.duoctl.client.admin.info;

/**
 * The account's counts at a glance. A count Duo did not send is null.
 *
 * @param adminCount administrators
 * @param integrationCount integrations
 * @param telephonyCreditsRemaining telephony credits left
 * @param userCount users
 * @param userPendingDeletionCount users in the Trash
 */
public record Summary(
    Long adminCount,
    Long integrationCount,
    Long telephonyCreditsRemaining,
    Long userCount,
    Long userPendingDeletionCount) {}
