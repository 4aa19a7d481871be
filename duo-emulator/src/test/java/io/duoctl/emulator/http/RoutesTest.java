package io.duoctl.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.Test;

class RoutesTest {

  private static final ApiHandler ONE = call -> ApiResult.ok("one");
  private static final ApiHandler ENROLL = call -> ApiResult.ok("enroll");

  private final Routes routes =
      new Routes()
          .get("/admin/v1/users/{user_id}", Permission.ADMIN_READ_RESOURCE, ONE)
          .post("/admin/v1/users/{user_id}", Permission.ADMIN_WRITE_RESOURCE, ONE)
          .post("/admin/v1/users/enroll", Permission.ADMIN_WRITE_RESOURCE, ENROLL);

  @Test
  void literalSegment_winsOverVariable() {
    assertThat(routes.match("POST", "/admin/v1/users/enroll").route().handler()).isSameAs(ENROLL);
    assertThat(routes.match("POST", "/admin/v1/users/DU1").route().handler()).isSameAs(ONE);
  }

  @Test
  void pathVariables_areDecoded() {
    assertThat(routes.match("GET", "/admin/v1/users/a%2Fb+c").pathVariables())
        .containsEntry("user_id", "a/b c");
  }

  @Test
  void unknownPath_is404_knownPathOtherMethod_is405() {
    assertThatThrownBy(() -> routes.match("GET", "/admin/v1/users"))
        .isInstanceOfSatisfying(DuoError.class, e -> assertThat(e.code()).isEqualTo(40401));
    assertThatThrownBy(() -> routes.match("DELETE", "/admin/v1/users/DU1"))
        .isInstanceOfSatisfying(DuoError.class, e -> assertThat(e.status()).isEqualTo(405));
  }

  @Test
  void registeringTheSameRouteTwice_isRefused() {
    assertThatThrownBy(() -> routes.unsigned("GET", "/admin/v1/users/{user_id}", ONE))
        .hasMessageContaining("registered twice");
  }

  @Test
  void rateClass_isInferredFromMethodAndShape_section3() {
    assertThat(RateClass.infer("GET", "/admin/v1/users")).isEqualTo(RateClass.GET_PAGE);
    assertThat(RateClass.infer("GET", "/admin/v1/users/{user_id}")).isEqualTo(RateClass.GET_ONE);
    assertThat(RateClass.infer("POST", "/admin/v1/users")).isEqualTo(RateClass.MODIFY);
    assertThat(RateClass.infer("GET", "/admin/v2/logs/authentication")).isEqualTo(RateClass.LOGS);
  }
}
