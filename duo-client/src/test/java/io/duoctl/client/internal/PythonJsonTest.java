package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.http.Params;
import io.duoctl.client.signing.SignatureVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our JSON bodies are byte for byte those of Duo's Python client: every JSON body among the
 * official signing vectors (sorted keys, compact, {@code \\uXXXX} escapes, astral characters as
 * surrogate pairs) is reproduced from its parsed form, and from plain parameters when its values
 * are strings.
 */
class PythonJsonTest {

  static Stream<Arguments> jsonBodies() throws IOException {
    try (InputStream in =
        PythonJsonTest.class.getResourceAsStream("/duo-reference/signing-vectors.json")) {
      JsonNode cases = new ObjectMapper().readTree(in).get("cases");
      return StreamSupport.stream(cases.spliterator(), false)
          .filter(c -> c.path("body").isTextual() && c.path("body").asText().startsWith("{"))
          .map(c -> Arguments.of(c.get("name").asText(), c.get("body").asText()))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonBodies")
  void write_reproducesThePythonClientsBody(String name, String body) throws IOException {
    JsonNode parsed = new ObjectMapper().readTree(body);

    assertThat(new String(PythonJson.write(parsed), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  static Stream<Arguments> flatStringBodies() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    return jsonBodies()
        .filter(
            a -> {
              try {
                JsonNode parsed = mapper.readTree((String) a.get()[1]);
                return parsed.properties().stream().allMatch(f -> f.getValue().isTextual());
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flatStringBodies")
  void encode_v5Post_sendsThePythonClientsBodyForStringParameters(String name, String body)
      throws IOException {
    JsonNode parsed = new ObjectMapper().readTree(body);
    Params params = Params.of();
    for (Map.Entry<String, JsonNode> field : parsed.properties()) {
      params = params.with(field.getKey(), field.getValue().textValue());
    }
    DuoRequest request = DuoRequest.of(HttpMethod.POST, "/x").withParams(params);

    WireRequest wire = new EncodingInterceptor(SignatureVersion.V5).encode(request);

    assertThat(new String(wire.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    assertThat(wire.signedParams()).isEmpty();
    assertThat(Call.of(DuoTarget.of("h", "i", "s"), request).withWire(wire).requireWire().query())
        .isEmpty();
  }
}
