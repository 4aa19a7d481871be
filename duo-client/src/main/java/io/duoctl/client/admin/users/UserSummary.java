package io.duoctl.client.admin.users;

/**
 * The reduced user Duo nests inside phones, tokens, bypass codes and WebAuthn credentials, and
 * lists as group members. Only {@code userId} and {@code username} are always present.
 *
 * @param userId the user id ({@code DU…})
 * @param username the username
 * @param realname the full name, or null
 * @param email the email address, or null
 * @param status the user's status as Duo spells it, or null
 * @param lastLogin the last login, Unix seconds, or null
 */
public record UserSummary(
    String userId, String username, String realname, String email, String status, Long lastLogin) {}
