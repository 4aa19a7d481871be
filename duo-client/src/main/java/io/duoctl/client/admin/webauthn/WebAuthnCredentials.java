package io.duoctl.client.admin.webauthn;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import java.util.Objects;

/**
 * WebAuthn credentials ({@code /admin/v1/webauthncredentials}); a user's own are on {@code Users}.
 * Every method throws a {@link DuoApiException} subclass when Duo refuses. Immutable and
 * thread-safe.
 */
public final class WebAuthnCredentials {

  /** Duo's maximum page size for {@code /admin/v1/webauthncredentials}. */
  public static final int PAGE_SIZE = 500;

  private static final String CREDENTIALS = "/admin/v1/webauthncredentials";

  private final ApiClient api;

  public WebAuthnCredentials(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every WebAuthn credential, fetched lazily. */
  public Paged<WebAuthnCredential> list() {
    return api.offsetPaged(DuoRequest.get(CREDENTIALS), WebAuthnCredential.class, PAGE_SIZE);
  }

  /**
   * The credential with this key.
   *
   * @throws DuoNotFoundException if there is none
   */
  public WebAuthnCredential get(String webauthnkey) {
    return api.call(DuoRequest.get(path(webauthnkey)), WebAuthnCredential.class);
  }

  /** Deletes the credential, e.g. when its owner lost the key. */
  public void delete(String webauthnkey) {
    api.call(DuoRequest.delete(path(webauthnkey)));
  }

  private static String path(String webauthnkey) {
    return CREDENTIALS + "/" + segment(webauthnkey, "webauthnkey");
  }
}
