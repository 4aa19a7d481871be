package io.duoctl.client.admin.bypasscodes;

import io.duoctl.client.admin.users.UserSummary;

/**
 * Metadata of one bypass code; Duo never returns the code itself after creation.
 *
 * @param bypassCodeId the code's id
 * @param adminEmail the email of the administrator who created it, or null
 * @param created when it was created, Unix seconds, or null
 * @param expiration when it expires, Unix seconds, or null if never
 * @param reuseCount remaining uses, or null if unlimited
 * @param user the user it belongs to, or null
 */
public record BypassCode(
    String bypassCodeId,
    String adminEmail,
    Long created,
    Long expiration,
    Integer reuseCount,
    UserSummary user) {}
