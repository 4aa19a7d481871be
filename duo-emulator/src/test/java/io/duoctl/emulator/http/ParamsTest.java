package io.duoctl.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void parse_decodesPlusAndPercent_keepsRepeatsInWireOrder_section1_3() {
    Params params = Params.parseUrlEncoded("b=2&a=x+y%21&next_offset=9&next_offset=1&flag");

    assertThat(params.first("a")).contains("x y!");
    assertThat(params.all("next_offset")).containsExactly("9", "1");
    assertThat(params.first("flag")).contains("");
    assertThat(params.asMap().keySet()).containsExactly("b", "a", "next_offset", "flag");
  }

  @Test
  void parse_ofTrailingQuestionMarksEmptyQuery_isEmpty() {
    assertThat(Params.parseUrlEncoded("").isEmpty()).isTrue();
    assertThat(Params.parseUrlEncoded(null).isEmpty()).isTrue();
  }
}
