package io.duoctl.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "api-1234abcd.duosecurity.com",
        "API-1234ABCD.DUOSECURITY.COM",
        "localhost:8443",
        "127.0.0.1:65535",
        "duo-emulator"
      })
  void acceptsHostsAndHostPort(String host) {
    assertThat(HostNames.problem(host)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://api-1.duosecurity.com | without a scheme",
        "api-1.duosecurity.com/admin | without a path",
        "api-1.duosecurity.com?x=1 | without a path",
        "api-1.duosecurity.com:0 | invalid port",
        "api-1.duosecurity.com:70000 | invalid port",
        "api-1.duosecurity.com: | invalid port",
        "api_1.duosecurity.com | not a valid hostname",
        "-api.duosecurity.com | not a valid hostname",
        "api..duosecurity.com | not a valid hostname",
        "'   ' | is required"
      })
  void rejectsWithTheFix(String host, String expected) {
    assertThat(HostNames.problem(host)).hasValueSatisfying(p -> assertThat(p).contains(expected));
  }
}
