package io.duoctl.client.http;

/** The HTTP methods Duo's APIs use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE;

  /** Whether parameters travel in the body (POST, PUT, PATCH) rather than the query. */
  public boolean carriesBody() {
    return this == POST || this == PUT || this == PATCH;
  }

  /** Whether Duo may have acted on the request once it was sent: everything but GET. */
  public boolean isMutating() {
    return this != GET;
  }
}
