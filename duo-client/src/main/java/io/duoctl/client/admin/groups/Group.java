package io.duoctl.client.admin.groups;

/**
 * A Duo group. Duo sends {@code status} capitalized ({@code Active}) on some endpoints and lower
 * case on others; compare it case-insensitively.
 *
 * @param groupId the group id ({@code DG…}); null in the short form some old user replies carry
 * @param name the name (directory-synced names include the source directory)
 * @param desc the description, or null
 * @param status {@code Active}, {@code Bypass} or {@code Disabled} in any casing, or null
 * @param pushEnabled legacy factor flag, or null
 * @param smsEnabled legacy factor flag, or null
 * @param voiceEnabled legacy factor flag, or null
 * @param mobileOtpEnabled legacy factor flag, or null
 */
public record Group(
    String groupId,
    String name,
    String desc,
    String status,
    Boolean pushEnabled,
    Boolean smsEnabled,
    Boolean voiceEnabled,
    Boolean mobileOtpEnabled) {}
