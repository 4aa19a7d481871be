package io.duoctl.client.admin.billing;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import java.util.Objects;

/**
 * A child account's edition and telephony credits ({@code /admin/v1/billing}), set by its parent.
 * Works only on a child-account target (the parent's Accounts API keys plus the child's {@code
 * account_id}, which the transport adds to every request), and only where Duo support enabled it;
 * otherwise Duo answers 403 ({@link DuoForbiddenException}). Immutable and thread-safe.
 */
public final class Billing {

  private static final String EDITION = "/admin/v1/billing/edition";
  private static final String CREDITS = "/admin/v1/billing/telephony_credits";

  private final ApiClient api;

  public Billing(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * The child's edition as Duo names it ({@code ENTERPRISE}, {@code PLATFORM}, {@code BEYOND},
   * {@code PERSONAL}, or a newer name).
   *
   * @throws IllegalStateException if the target is not a child account
   * @throws DuoApiException when Duo refuses
   */
  public String edition() {
    requireChild();
    return api.call(DuoRequest.get(EDITION)).path("edition").asText();
  }

  /** Changes the child's edition. */
  public void setEdition(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    requireChild();
    api.call(DuoRequest.post(EDITION).param("edition", edition.name()));
  }

  /** The child's telephony credit balance. */
  public long telephonyCredits() {
    requireChild();
    return api.call(DuoRequest.get(CREDITS)).path("credits").asLong();
  }

  /**
   * Sets the child's balance to {@code credits}; the difference is taken from or given back to the
   * parent's balance.
   */
  public void setTelephonyCredits(long credits) {
    if (credits < 0) {
      throw new IllegalArgumentException("credits must not be negative, was " + credits);
    }
    requireChild();
    api.call(DuoRequest.post(CREDITS).param("credits", Long.toString(credits)));
  }

  private void requireChild() {
    if (api.target().accountId().isEmpty()) {
      throw new IllegalStateException(
          "billing works on a child account only: use AccountsApi.adminFor(child)");
    }
  }
}
