package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTTPS_PROXY / NO_PROXY convention, read from a map the caller passes in. */
class ProxySettingsTest {

  @Test
  void fromEnvironment_readsHostPortAndPercentEncodedCredentials() {
    ProxySettings proxy =
        ProxySettings.fromEnvironment(
                Map.of("HTTPS_PROXY", "http://msp%40corp:p%3Ass@proxy.corp.example:3128/"))
            .orElseThrow();

    assertThat(proxy.host()).isEqualTo("proxy.corp.example");
    assertThat(proxy.port()).isEqualTo(3128);
    assertThat(proxy.username()).contains("msp@corp");
    assertThat(proxy.password()).contains("p:ss");
    assertThat(proxy.toString()).doesNotContain("p:ss").doesNotContain("p%3Ass");
  }

  @Test
  void fromEnvironment_prefersHttpsProxy_thenLowerCase_thenHttpProxy() {
    assertThat(
            ProxySettings.fromEnvironment(
                    Map.of("HTTP_PROXY", "http://b:2", "https_proxy", "http://a:1"))
                .map(ProxySettings::host))
        .contains("a");
    assertThat(ProxySettings.fromEnvironment(Map.of("HTTP_PROXY", "c:3")).map(ProxySettings::port))
        .contains(3);
    assertThat(
            ProxySettings.fromEnvironment(Map.of("HTTP_PROXY", "http://d"))
                .map(ProxySettings::port))
        .contains(80);
  }

  @Test
  void fromEnvironment_withoutProxyVariables_isEmpty_evenWithNoProxy() {
    assertThat(ProxySettings.fromEnvironment(Map.of("NO_PROXY", "*", "HTTPS_PROXY", " ")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void fromEnvironment_refusesAnHttpsProxyUrlNamingTheVariable() {
    assertThatThrownBy(
            () -> ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "https://proxy:443")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTPS_PROXY")
        .hasMessageContaining("http://");
  }

  @Test
  void noProxy_matchesHostsDomainsAndSubdomains_notLookalikes() {
    ProxySettings proxy =
        ProxySettings.fromEnvironment(
                Map.of(
                    "HTTPS_PROXY",
                    "http://proxy:3128",
                    "no_proxy",
                    "localhost, .internal.example ,duosecurity.com:8443,*.corp"))
            .orElseThrow();

    assertThat(proxy.noProxy())
        .isEqualTo(List.of("localhost", ".internal.example", "duosecurity.com:8443", "*.corp"));
    assertThat(proxy.bypasses("localhost", 80)).isTrue();
    assertThat(proxy.bypasses("LOCALHOST", 80)).isTrue();
    assertThat(proxy.bypasses("a.internal.example", 443)).isTrue();
    assertThat(proxy.bypasses("internal.example", 443)).isTrue();
    assertThat(proxy.bypasses("notinternal.example", 443)).isFalse();
    assertThat(proxy.bypasses("api-1.duosecurity.com", 8443)).isTrue();
    assertThat(proxy.bypasses("api-1.duosecurity.com", 443)).isFalse();
    assertThat(proxy.bypasses("x.corp", 443)).isTrue();
    assertThat(proxy.bypasses("example.com", 443)).isFalse();
  }

  @Test
  void noProxyStar_bypassesEverything() {
    assertThat(ProxySettings.of("p", 1).withNoProxy("*").bypasses("api-1.duosecurity.com", 443))
        .isTrue();
  }

  @Test
  void invalidSettings_areRefusedNamingTheField() {
    assertThatThrownBy(() -> ProxySettings.of("p", 0)).hasMessageContaining("port");
    assertThatThrownBy(() -> ProxySettings.of(" ", 8080)).hasMessageContaining("host");
  }
}
