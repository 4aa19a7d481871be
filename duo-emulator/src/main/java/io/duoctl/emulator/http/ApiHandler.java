package io.duoctl.emulator.http;

/**
 * Answers one API call that already passed authentication, authorization and account resolution.
 * Implementations are called concurrently.
 */
@FunctionalInterface
public interface ApiHandler {

  /**
   * Handles the call.
   *
   * @throws DuoError for a Duo failure answer (e.g. {@link DuoError#notFound()})
   */
  ApiResult handle(ApiCall call);
}
