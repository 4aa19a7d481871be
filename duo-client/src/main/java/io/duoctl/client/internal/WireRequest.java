package io.duoctl.client.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as it goes on the wire: the encoded query, the body bytes, and the parameters that
 * belong on the signature's params line.
 *
 * @param query the query string without {@code ?}, empty for none
 * @param body the exact body bytes, empty for none
 * @param contentType the body's media type, empty when there is no body
 * @param signedParams the decoded parameters of the params line (empty for a JSON body)
 */
record WireRequest(
    String query,
    byte[] body,
    Optional<String> contentType,
    Map<String, List<String>> signedParams) {

  WireRequest {
    body = body.clone();
    signedParams = Map.copyOf(signedParams);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  boolean hasBody() {
    return contentType.isPresent();
  }
}
