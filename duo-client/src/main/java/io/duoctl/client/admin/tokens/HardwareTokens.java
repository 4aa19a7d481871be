package io.duoctl.client.admin.tokens;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import io.duoctl.client.paging.Paged;
import java.util.Objects;
import java.util.Optional;

/**
 * Hardware (OTP) tokens ({@code /admin/v1/tokens}). Assigning a token to a user is on {@code
 * Users}. Every method throws a {@link DuoApiException} subclass when Duo refuses. Immutable and
 * thread-safe.
 */
public final class HardwareTokens {

  /** Duo's maximum page size for {@code /admin/v1/tokens}. */
  public static final int PAGE_SIZE = 500;

  private static final String TOKENS = "/admin/v1/tokens";

  private final ApiClient api;

  public HardwareTokens(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every hardware token, fetched lazily. */
  public Paged<HardwareToken> list() {
    return api.offsetPaged(DuoRequest.get(TOKENS), HardwareToken.class, PAGE_SIZE);
  }

  /** The token of this type and serial number, if any. */
  public Optional<HardwareToken> findBySerial(TokenType type, String serial) {
    Objects.requireNonNull(type, "type");
    DuoRequest lookup =
        DuoRequest.get(TOKENS)
            .param("type", type.wireValue())
            .param("serial", Require.text(serial, "serial"));
    return api.callList(lookup, HardwareToken.class).stream().findFirst();
  }

  /**
   * The token with this id.
   *
   * @throws DuoNotFoundException if there is none
   */
  public HardwareToken get(String tokenId) {
    return api.call(DuoRequest.get(tokenPath(tokenId)), HardwareToken.class);
  }

  /** Imports a token and returns it. */
  public HardwareToken create(NewHardwareToken token) {
    return api.call(DuoRequest.post(TOKENS).params(token.toParams()), HardwareToken.class);
  }

  /** Deletes the token. */
  public void delete(String tokenId) {
    api.call(DuoRequest.delete(tokenPath(tokenId)));
  }

  /** Resynchronizes a HOTP or D-100 token from three consecutive codes it generated. */
  public void resync(String tokenId, String code1, String code2, String code3) {
    api.call(
        DuoRequest.post(tokenPath(tokenId) + "/resync")
            .param("code1", Require.text(code1, "code1"))
            .param("code2", Require.text(code2, "code2"))
            .param("code3", Require.text(code3, "code3")));
  }

  private static String tokenPath(String tokenId) {
    return TOKENS + "/" + segment(tokenId, "tokenId");
  }
}
