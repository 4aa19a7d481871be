package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A dry run's planned request, as the CLI and the REST API show it, read as a settings POST. */
public final class PlannedSettingsPost {
  private PlannedSettingsPost() {}

  /**
   * The parameters of {@code request}, which must be {@code POST /admin/v1/settings}, without the
   * {@code account_id} duoctl adds: {@code {lockout_threshold=[5]}}.
   */
  public static Map<String, List<String>> parameters(JsonNode request) {
    assertThat(request.path("method").asText()).isEqualTo("POST");
    assertThat(request.path("path").asText()).isEqualTo("/admin/v1/settings");
    Map<String, List<String>> params = new TreeMap<>();
    request
        .path("parameters")
        .properties()
        .forEach(p -> params.put(p.getKey(), List.of(p.getValue().get(0).asText())));
    params.remove("account_id");
    return params;
  }
}
