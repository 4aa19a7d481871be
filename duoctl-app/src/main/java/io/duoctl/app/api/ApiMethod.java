package io.duoctl.app.api;

import io.javalin.http.HandlerType;
import java.util.Locale;

/** The HTTP methods API routes use. */
public enum ApiMethod {
  GET(HandlerType.GET),
  POST(HandlerType.POST),
  PUT(HandlerType.PUT),
  PATCH(HandlerType.PATCH),
  DELETE(HandlerType.DELETE);

  private final HandlerType handlerType;

  ApiMethod(HandlerType handlerType) {
    this.handlerType = handlerType;
  }

  HandlerType handlerType() {
    return handlerType;
  }

  /** The lower-case name OpenAPI uses as the operation key, e.g. {@code get}. */
  public String openApiKey() {
    return name().toLowerCase(Locale.ROOT);
  }
}
