package io.duoctl.client.admin.integrations;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import java.util.Objects;

/**
 * Duo integrations through the current v3 endpoints ({@code /admin/v3/integrations}), read only.
 * Every method throws a {@link DuoApiException} subclass when Duo refuses. Immutable and
 * thread-safe.
 */
public final class Integrations {

  /** The page size for integrations (Duo documents no maximum; its default is 100). */
  public static final int PAGE_SIZE = 100;

  private static final String INTEGRATIONS = "/admin/v3/integrations";

  private final ApiClient api;

  public Integrations(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every integration, fetched lazily. */
  public Paged<Integration> list() {
    return api.offsetPaged(DuoRequest.get(INTEGRATIONS), Integration.class, PAGE_SIZE);
  }

  /**
   * The integration with this key.
   *
   * @throws DuoNotFoundException if there is none
   */
  public Integration get(String integrationKey) {
    return api.call(
        DuoRequest.get(INTEGRATIONS + "/" + segment(integrationKey, "integrationKey")),
        Integration.class);
  }
}
