package io.duoctl.client.auth;

/**
 * A new enrollment: the activation code for Duo Mobile and the user it belongs to. The activation
 * code and barcode are secrets, so {@link #toString()} leaves them out.
 *
 * @param userId the user id
 * @param username the username (random when none was asked for)
 * @param activationCode the {@code duo://} activation code (secret)
 * @param activationBarcode the URL of a QR image of the code (secret)
 * @param activationUrl the activation link, or null
 * @param expiration when the code expires, Unix seconds, or null
 */
public record Enrollment(
    String userId,
    String username,
    String activationCode,
    String activationBarcode,
    String activationUrl,
    Long expiration) {

  @Override
  public String toString() {
    return "Enrollment[userId="
        + userId
        + ", username="
        + username
        + ", activation values hidden, expiration="
        + expiration
        + "]";
  }
}
