package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class PathsTest {

  @Property(tries = 1000)
  void segment_neverLeavesItsPathSegmentAndDecodesBackToTheId(@ForAll @NotBlank String id) {
    String segment = Paths.segment(id, "userId");

    assertThat(segment).matches("[A-Za-z0-9._~%-]+");
    assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(id);
  }

  @Test
  void segment_leavesDuoIdsAsTheyAre() {
    assertThat(Paths.segment("DUJZ2U4L80HT45MQ4EOQ", "userId")).isEqualTo("DUJZ2U4L80HT45MQ4EOQ");
  }

  @Test
  void segment_rejectsBlankIdsNamingTheField() {
    assertThatThrownBy(() -> Paths.segment("", "phoneId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phoneId must not be blank");
  }
}
