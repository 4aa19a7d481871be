package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.duoctl.client.ConflictingParameterException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.signing.SignatureVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the account_id and encoding steps hand on, seen by a fake last step (OkHttp style). */
class EncodingInterceptorTest {

  static final DuoTarget CHILD =
      DuoTarget.childAccount(
          DuoTarget.of("api-parent.duosecurity.com", "DIXXXXXXXXXXXXXXXXXX", "skey"),
          "DA012345678901234567",
          "api-child.duosecurity.com");

  final List<Call> seen = new ArrayList<>();

  Call run(SignatureVersion version, DuoTarget target, DuoRequest request) {
    Interceptor terminal =
        chain -> {
          seen.add(chain.call());
          return new DuoResponse(200, Map.of(), new byte[0]);
        };
    RealChain.run(
        List.of(new AccountIdInterceptor(), new EncodingInterceptor(version), terminal),
        Call.of(target, request));
    return seen.get(0);
  }

  static String body(Call call) {
    return new String(call.requireWire().body(), StandardCharsets.UTF_8);
  }

  @Test
  void patch_v5_travelsAsJsonWithAccountId() {
    Call call =
        run(SignatureVersion.V5, CHILD, DuoRequest.of(HttpMethod.PATCH, "/x").param("a", "1"));

    assertThat(body(call)).isEqualTo("{\"a\":\"1\",\"account_id\":\"DA012345678901234567\"}");
    assertThat(call.requireWire().contentType()).contains("application/json");
  }

  @Test
  void accountIdOfTheTarget_neverReplacesAnotherOneOnTheRequest() {
    DuoRequest request = DuoRequest.get("/admin/v1/users").param("account_id", "DAOTHER");

    assertThatThrownBy(() -> run(SignatureVersion.V5, CHILD, request))
        .isInstanceOf(ConflictingParameterException.class)
        .hasMessageContaining("DAOTHER")
        .hasMessageContaining("DA012345678901234567");
    assertThat(seen).isEmpty();
  }

  @Test
  void targetWithoutAccount_addsNothing() {
    Call call =
        run(
            SignatureVersion.V5,
            DuoTarget.of("h", "i", "s"),
            DuoRequest.post("/accounts/v1/account/delete").param("account_id", "DA1"));

    assertThat(body(call)).isEqualTo("{\"account_id\":\"DA1\"}");
  }

  @Test
  void delete_withExplicitJsonBody_keepsParamsInQueryAndSendsTheBody() {
    var body = JsonNodeFactory.instance.objectNode();
    body.putArray("registered_device_key_list").add("k1");
    Call call =
        run(
            SignatureVersion.V5,
            CHILD,
            DuoRequest.delete("/admin/v1/registered_devices/blocked").withJsonBody(body));

    assertThat(call.requireWire().query()).isEqualTo("account_id=DA012345678901234567");
    assertThat(body(call)).isEqualTo("{\"registered_device_key_list\":[\"k1\"]}");
    assertThat(call.requireWire().signedParams()).containsKey("account_id");
  }

  @Test
  void get_withJsonBody_isRefused() {
    DuoRequest request = DuoRequest.get("/x").withJsonBody(JsonNodeFactory.instance.objectNode());
    assertThatThrownBy(() -> run(SignatureVersion.V5, CHILD, request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GET");
  }

  @Test
  void jsonBodyThatIsNotAnObject_isRefusedForPost() {
    DuoRequest request = DuoRequest.post("/x").withJsonBody(JsonNodeFactory.instance.arrayNode());
    assertThatThrownBy(() -> run(SignatureVersion.V5, CHILD, request))
        .hasMessageContaining("JSON object");
  }

  @Test
  void chainWithoutALastStep_failsLoudly() {
    assertThatThrownBy(
            () ->
                RealChain.run(
                    List.of(new AccountIdInterceptor()), Call.of(CHILD, DuoRequest.get("/x"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without sending");
  }
}
