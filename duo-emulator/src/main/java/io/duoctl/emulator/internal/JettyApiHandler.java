package io.duoctl.emulator.internal;

import io.duoctl.emulator.http.ApiPipeline;
import io.duoctl.emulator.http.RawRequest;
import io.duoctl.emulator.http.RawResponse;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Adapts Jetty requests to the {@link ApiPipeline} and writes its answers. */
public final class JettyApiHandler extends Handler.Abstract {

  /** Bodies above this size are refused; Duo's requests are small. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final ApiPipeline pipeline;

  public JettyApiHandler(ApiPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    RawRequest raw = toRaw(request);
    RawResponse answer = pipeline.serve(raw);
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  /** The request as received: raw path and query, headers by lower-case name, body bytes. */
  public static RawRequest toRaw(Request request) throws java.io.IOException {
    HttpURI uri = request.getHttpURI();
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers
          .computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>(1))
          .add(field.getValue());
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null) {
      host = uri.getAuthority();
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY_BYTES);
    }
    return new RawRequest(
        request.getMethod(),
        host,
        uri.getPath() == null ? "/" : uri.getPath(),
        uri.getQuery(),
        headers,
        body);
  }
}
