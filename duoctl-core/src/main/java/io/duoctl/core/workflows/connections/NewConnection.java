package io.duoctl.core.workflows.connections;

import io.duoctl.core.secrets.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection to store; {@link ConnectionService#create} checks every field at once.
 *
 * @param name lower-case words joined by dashes, such as {@code halo-psa}
 * @param baseUrl an https URL (http only for localhost), such as {@code
 *     https://api-na.myconnectwise.net/v4_6_release/apis/3.0}
 * @param headers header name to value, sent with every request in this order; null for none
 * @param description what the connection is for; null for none
 */
public record NewConnection(
    String name, String baseUrl, Map<String, Secret> headers, String description) {
  public NewConnection {
    headers =
        Collections.unmodifiableMap(
            headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers));
  }
}
