package io.duoctl.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointClassTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /admin/v1/users, GET_PAGE",
    "GET, /admin/v1/users/DU0123456789ABCDEFGH, GET_ONE",
    "GET, /admin/v1/users/DU0123456789ABCDEFGH/phones, GET_PAGE",
    "GET, /admin/v2/integrations/DI0123456789ABCDEFGH, GET_ONE",
    "GET, /admin/v1/info/summary, GET_PAGE",
    "POST, /admin/v1/users, MODIFY",
    "DELETE, /admin/v1/users/DU0123456789ABCDEFGH, MODIFY",
    "POST, /accounts/v1/account/list, MODIFY",
    "GET, /admin/v2/logs/authentication, LOGS",
    "GET, /admin/v1/logs/telephony, LOGS",
    "GET, /admin/v1/logs, LOGS",
    "GET, /auth/v2/check, AUTH",
    "POST, /auth/v2/auth, AUTH"
  })
  void of_classifiesAsDuoCountsThem(HttpMethod method, String path, EndpointClass expected) {
    assertThat(EndpointClass.of(method, path)).isEqualTo(expected);
  }
}
