package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {
  @ParameterizedTest
  @CsvSource({
    "MARTHA, MARHTA, 0.9611",
    "DWAYNE, DUANE, 0.8400",
    "DIXON, DICKSONX, 0.8133",
    "abc, xyz, 0.0",
    "same, same, 1.0"
  })
  void matchesPublishedValues(String a, String b, double expected) {
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.0001));
  }

  @Property
  void isSymmetricAndBetweenZeroAndOne(@ForAll String a, @ForAll String b) {
    double ab = JaroWinkler.similarity(a, b);
    assertThat(ab).isBetween(0.0, 1.0).isCloseTo(JaroWinkler.similarity(b, a), within(1e-9));
  }
}
