package io.duoctl.client.admin.bypasscodes;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import java.util.Objects;

/**
 * Bypass codes: created per user ({@code /admin/v1/users/{id}/bypass_codes}), read and revoked
 * account-wide ({@code /admin/v1/bypass_codes}). Every method throws a {@link DuoApiException}
 * subclass when Duo refuses. Immutable and thread-safe.
 */
public final class BypassCodes {

  /** Duo's maximum page size for bypass-code lists. */
  public static final int PAGE_SIZE = 500;

  private static final String BYPASS_CODES = "/admin/v1/bypass_codes";

  private final ApiClient api;

  public BypassCodes(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Creates bypass codes for a user and returns them in plaintext, the only time they can be read.
   */
  public GeneratedBypassCodes create(String userId, NewBypassCodes request) {
    DuoRequest post = DuoRequest.post(userCodesPath(userId)).params(request.toParams());
    return new GeneratedBypassCodes(api.callList(post, String.class));
  }

  /** Metadata of every bypass code in the account. */
  public Paged<BypassCode> list() {
    return api.offsetPaged(DuoRequest.get(BYPASS_CODES), BypassCode.class, PAGE_SIZE);
  }

  /** Metadata of one user's bypass codes. */
  public Paged<BypassCode> forUser(String userId) {
    return api.offsetPaged(DuoRequest.get(userCodesPath(userId)), BypassCode.class, PAGE_SIZE);
  }

  /**
   * Metadata of one bypass code.
   *
   * @throws DuoNotFoundException if there is none
   */
  public BypassCode get(String bypassCodeId) {
    return api.call(DuoRequest.get(codePath(bypassCodeId)), BypassCode.class);
  }

  /** Revokes one bypass code. */
  public void delete(String bypassCodeId) {
    api.call(DuoRequest.delete(codePath(bypassCodeId)));
  }

  private static String codePath(String bypassCodeId) {
    return BYPASS_CODES + "/" + segment(bypassCodeId, "bypassCodeId");
  }

  private static String userCodesPath(String userId) {
    return "/admin/v1/users/" + segment(userId, "userId") + "/bypass_codes";
  }
}
