package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private static final TrustedProxies PROXIES =
      TrustedProxies.of(List.of("10.0.0.0/8", "192.0.2.10", "2001:db8::/32"));

  @Test
  void byDefault_forwardedForIsIgnored() {
    assertThat(TrustedProxies.none().clientAddress("10.0.0.5", List.of("203.0.113.7")))
        .isEqualTo("10.0.0.5");
  }

  @Test
  void fromAnUntrustedPeer_forwardedForIsIgnored() {
    assertThat(PROXIES.clientAddress("198.51.100.9", List.of("203.0.113.7")))
        .isEqualTo("198.51.100.9");
  }

  @Test
  void fromATrustedProxy_theRightmostUntrustedAddressIsTheClient() {
    assertThat(PROXIES.clientAddress("10.0.0.5", List.of("1.1.1.1, 203.0.113.7, 10.1.2.3")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void addressesTheClientWroteBeforeTheProxyAppendedItsPeer_areNotBelieved() {
    assertThat(PROXIES.clientAddress("192.0.2.10", List.of("10.9.9.9", "203.0.113.7")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void fromATrustedProxy_withoutTheHeader_isTheProxy() {
    assertThat(PROXIES.clientAddress("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
  }

  @Test
  void fromATrustedProxy_whenEveryHopIsTrusted_isTheLeftmostHop() {
    assertThat(PROXIES.clientAddress("10.0.0.5", List.of("10.0.0.7, 10.0.0.6")))
        .isEqualTo("10.0.0.7");
  }

  @Test
  void aHopThatIsNoAddress_stopsTheWalkAtTheLastTrustedHop() {
    assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7, evil.example, 10.0.0.6")))
        .isEqualTo("10.0.0.6");
  }

  @Test
  void ipv6_rangesMatch_andAddressesComeOutCanonical() {
    assertThat(PROXIES.clientAddress("[2001:db8::1]", List.of("[2001:DB8:FFFF::2]:443, 2a00::1")))
        .isEqualTo("2a00:0:0:0:0:0:0:1");
    assertThat(PROXIES.clientAddress("2001:db9::1", List.of("203.0.113.7")))
        .isEqualTo("2001:db9:0:0:0:0:0:1");
  }

  @Test
  void hopsWithPorts_areUnderstood() {
    assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7:51000")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void ranges_areNormalized() {
    assertThat(TrustedProxies.of(List.of("10.1.2.3/8", "::1", " 192.0.2.10 ")).ranges())
        .containsExactly("10.0.0.0/8", "0:0:0:0:0:0:0:1/128", "192.0.2.10/32");
    assertThat(TrustedProxies.of(List.of()).isEmpty()).isTrue();
  }

  @Test
  void aValueThatIsNoRange_isRefusedWithAnExample() {
    for (String bad : List.of("", "proxy.example", "10.0.0.0/33", "10.0.0.0/x", "300.1.1.1")) {
      assertThatThrownBy(() -> TrustedProxies.of(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "trusted proxy \""
                  + bad
                  + "\" is not an IP address or CIDR range; give one like 10.0.0.0/8, 192.0.2.10"
                  + " or 2001:db8::/32");
    }
  }
}
