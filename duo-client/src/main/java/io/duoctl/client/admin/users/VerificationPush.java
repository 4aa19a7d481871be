package io.duoctl.client.admin.users;

/**
 * A verification push that was sent: read its outcome with {@link Users#verificationPushResult}.
 *
 * @param pushId the push id to poll with
 * @param confirmationCode the code the user should see on the device, or null
 */
public record VerificationPush(String pushId, String confirmationCode) {}
