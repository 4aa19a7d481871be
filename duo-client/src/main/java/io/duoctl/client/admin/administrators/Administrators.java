package io.duoctl.client.admin.administrators;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import java.util.Objects;

/**
 * Duo administrators ({@code /admin/v1/admins}); needs the "Grant administrators" permission. Every
 * method throws a {@link DuoApiException} subclass when Duo refuses. Immutable and thread-safe.
 */
public final class Administrators {

  /** The page size for administrators (Duo documents no maximum; its default is 100). */
  public static final int PAGE_SIZE = 100;

  private static final String ADMINS = "/admin/v1/admins";

  private final ApiClient api;

  public Administrators(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every administrator, fetched lazily. */
  public Paged<Administrator> list() {
    return api.offsetPaged(DuoRequest.get(ADMINS), Administrator.class, PAGE_SIZE);
  }

  /**
   * The administrator with this id.
   *
   * @throws DuoNotFoundException if there is none
   */
  public Administrator get(String adminId) {
    return api.call(DuoRequest.get(path(adminId)), Administrator.class);
  }

  /** Creates an administrator, pending activation, and returns it. */
  public Administrator create(NewAdministrator admin) {
    return api.call(DuoRequest.post(ADMINS).params(admin.toParams()), Administrator.class);
  }

  /** Applies {@code update} and returns the changed administrator. */
  public Administrator update(String adminId, AdministratorUpdate update) {
    return api.call(DuoRequest.post(path(adminId)).params(update.toParams()), Administrator.class);
  }

  /** Deletes the administrator (not possible for directory-synced administrators). */
  public void delete(String adminId) {
    api.call(DuoRequest.delete(path(adminId)));
  }

  private static String path(String adminId) {
    return ADMINS + "/" + segment(adminId, "adminId");
  }
}
