package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The signatures of accepted deliveries, in the database, so that a delivery sent again is refused
 * by every node and after a restart. Each check is one insert in its own transaction: the primary
 * key (webhook, signature) lets exactly one of two concurrent inserts of a signature through, on H2
 * and PostgreSQL alike. Thread-safe.
 */
final class SeenSignatures {
  private final Jdbi jdbi;

  SeenSignatures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Records {@code signature} of the webhook {@code webhookId} as seen at {@code now}.
   *
   * @return true the first time, false when it was recorded before
   */
  boolean firstSeen(String webhookId, String signature, Instant now) {
    try {
      jdbi.useTransaction(
          handle ->
              handle
                  .createUpdate(
                      """
                      INSERT INTO webhook_signature_seen (webhook_id, signature, seen_at)
                      VALUES (:webhook, :signature, :at)
                      """)
                  .bind("webhook", webhookId)
                  .bind("signature", signature)
                  .bind("at", SqlTimes.toDb(now))
                  .execute());
      return true;
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Forgets the signatures seen before {@code before}; returns how many. */
  int forgetBefore(Instant before) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM webhook_signature_seen WHERE seen_at < :before")
                .bind("before", SqlTimes.toDb(before))
                .execute());
  }
}
