package io.duoctl.client.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official test vectors TV-1 to TV-9 of the reference, each checked on its own. */
class CanonicalTest {

  private static final String SKEY = "gtdfxv9YgVBYcF6dl2Eq17KUQJN2PLM2ODVTkvoT";
  private static final String DATE = "Fri, 07 Dec 2012 17:18:00 -0000";
  private static final String JSON_BODY =
      "{\"alpha\":[\"a\",\"b\",\"c\",\"d\"],\"data\":\"abc123\",\"info\":{\"another\":2,\"test\":1}}";
  private static final String JSON_BODY_SHA512 =
      "c30ca4ffc7fe4272aa6ae7a3c94cf71c11ed8ae7aaa32e81a401a59f1cef0866ccb02304380cdc48a813b1566c457653fa62736022f0cfeadcec8cd7c6233480";

  @Test
  void params_tv1_emptyIsEmptyLine() {
    assertThat(Canonical.params(Map.of())).isEmpty();
  }

  @Test
  void params_tv1_spaceIsPercent20AndKeysSorted() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("username", List.of("root"));
    params.put("realname", List.of("First Last"));
    assertThat(Canonical.params(params)).isEqualTo("realname=First%20Last&username=root");
  }

  @Test
  void params_tv1_printableAsciiAndWhitespace() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("digits", List.of("0123456789"));
    params.put("letters", List.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    params.put("punctuation", List.of("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"));
    params.put("whitespace", List.of("\t\n\u000b\f\r "));
    assertThat(Canonical.params(params))
        .isEqualTo(
            "digits=0123456789&letters=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "&punctuation=%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~"
                + "&whitespace=%09%0A%0B%0C%0D%20");
  }

  @Test
  void params_tv1_prefixKeySortsBeforeLongerKey() {
    assertThat(Canonical.params(Map.of("foo_bar", List.of("2"), "foo", List.of("1"))))
        .isEqualTo("foo=1&foo_bar=2");
  }

  @Test
  void params_sortsOnEncodedKeyLikeThePythonClient() {
    // '[' encodes to %5B, which sorts before 'Z' although '[' sorts after it raw.
    assertThat(Canonical.params(Map.of("Z", List.of("1"), "[", List.of("2"))))
        .isEqualTo("%5B=2&Z=1");
  }

  @Test
  void params_repeatedKeyKeepsAllValuesSorted() {
    assertThat(
            Canonical.params(
                Map.of(
                    "next_offset",
                    List.of("1f6e1807-1732-49aa-8068-a973e6144e5e", "1597671838335"))))
        .isEqualTo("next_offset=1597671838335&next_offset=1f6e1807-1732-49aa-8068-a973e6144e5e");
  }

  @Test
  void sign_tv4_v2WithHmacSha1() {
    String canonical = v2(Map.of("realname", List.of("First Last"))).text();
    assertThat(canonical).startsWith(DATE + "\nPOST\nfoo.bar52.com\n/Foo/BaR2/qux\n");
    String unicodeCanonical =
        DATE + "\nPOST\nfoo.bar52.com\n/Foo/BaR2/qux\n" + OfficialU4.CANONICAL;
    assertThat(Signatures.sign(HmacAlgorithm.SHA1, SKEY, unicodeCanonical))
        .isEqualTo("f01811cbbf9561623ab45b893096267fd46a5178");
    assertThat(
            Signatures.authorizationHeader("test_ikey", "f01811cbbf9561623ab45b893096267fd46a5178"))
        .isEqualTo("Basic dGVzdF9pa2V5OmYwMTgxMWNiYmY5NTYxNjIzYWI0NWI4OTMwOTYyNjdmZDQ2YTUxNzg=");
  }

  @Test
  void sign_tv5_v2WithHmacSha512() {
    String canonical = v2(OfficialU4.PARAMS).text();
    assertThat(Signatures.sign(HmacAlgorithm.SHA512, SKEY, canonical))
        .isEqualTo(
            "0508065035a03b2a1de2f453e629e791d180329e157f65df6b3e0f08299d4321e1c5c7a7c7ee6b9e5fc80d1fb6fbf3ad5eb7c44dd3b3985a02c37aca53ec3698");
  }

  @Test
  void canonicalize_tv6_v4HashesTheBody() {
    CanonicalRequest request =
        new CanonicalRequest(
            SignatureVersion.V4,
            "Tue, 04 Jul 2017 14:12:00",
            "POST",
            "foO.BaR52.cOm",
            "/Foo/BaR2/qux",
            Map.of(),
            JSON_BODY.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(request.text())
        .isEqualTo(
            "Tue, 04 Jul 2017 14:12:00\nPOST\nfoo.bar52.com\n/Foo/BaR2/qux\n\n" + JSON_BODY_SHA512);
    assertThat(Signatures.sign(HmacAlgorithm.SHA512, SKEY, request.text()))
        .isEqualTo(
            "3976798a617fe6ba74fd9d7c77765aa1cac3e5ff5ca519eeca8adf87f7629df6355ca51210ef13baed6d4ab0937e17e2d1924104cff2935bff3cf3770106a059");
  }

  @Test
  void canonicalize_tv7_v5HashesXDuoHeaders() {
    CanonicalRequest request =
        new CanonicalRequest(
            SignatureVersion.V5,
            "Tue, 17 Nov 2020 14:12:00",
            "POST",
            "foO.BaR52.cOm",
            "/Foo/BaR2/qux",
            Map.of(),
            JSON_BODY.getBytes(StandardCharsets.UTF_8),
            Map.of("X-Duo-Header-1", "header_value_1"));
    assertThat(request.text())
        .isEqualTo(
            "Tue, 17 Nov 2020 14:12:00\nPOST\nfoo.bar52.com\n/Foo/BaR2/qux\n\n"
                + JSON_BODY_SHA512
                + "\n630b4bfe7e9abd03da2eee8f0a5d4e60a254ec880a839bcc2223bb5b9443e8ef24d58f0254f1f5934bf8c017ebd0fd5b1acf86766bdbe74185e712a4092df3ed");
    assertThat(Signatures.sign(HmacAlgorithm.SHA512, SKEY, request.text()))
        .isEqualTo(
            "d683285f6ca48f26d885d77c5200b3394e8a33ebab4b08fb2ecc7776dfdab5c3a6ec312e733d44824cb2d2b2910bfdf58b50f383429f0b65a772990e02199649");
  }

  @Test
  void xDuoHeaders_tv8_lowerCasedThenSorted() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Duo-B", "header_value_2");
    headers.put("x-duo-A", "header_value_1");
    assertThat(Canonical.xDuoHeadersHash(headers))
        .isEqualTo(
            "60be11a30e0756f2ee2afdce1db849b987dcf86c1133394bd7bbbc9877920330c4d78aceacbb377ab8cbd9a8efe6a410fed4047376635ac71226ab46ca10d2b1");
  }

  @Test
  void xDuoHeaders_rejectsOtherHeadersAndCaseDuplicates() {
    assertThatThrownBy(() -> Canonical.xDuoHeadersHash(Map.of("Accept", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Accept");
    assertThatThrownBy(() -> Canonical.xDuoHeadersHash(Map.of("X-Duo-A", "1", "x-duo-a", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void canonicalize_tv9_v5EmptyPostBodyAndGetParams() {
    CanonicalRequest post =
        new CanonicalRequest(
            SignatureVersion.V5,
            DATE,
            "POST",
            "foO.BAr52.cOm",
            "/Foo/BaR2/qux",
            Map.of(),
            "{}".getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(post.text())
        .isEqualTo(
            DATE
                + "\nPOST\nfoo.bar52.com\n/Foo/BaR2/qux\n\n"
                + "27c74670adb75075fad058d5ceaf7b20c4e7786c83bae8a32f626f9782af34c9a33c2046ef60fd2a7878d378e29fec851806bbd9a67878f3a9f1cda4830763fd\n"
                + Canonical.EMPTY_SHA512);
    CanonicalRequest get =
        new CanonicalRequest(
            SignatureVersion.V5,
            DATE,
            "gEt",
            "foO.BAr52.cOm",
            "/Foo/BaR2/qux",
            Map.of("data", List.of("abc123")),
            null,
            Map.of());
    assertThat(get.text())
        .isEqualTo(
            DATE
                + "\nGET\nfoo.bar52.com\n/Foo/BaR2/qux\ndata=abc123\n"
                + Canonical.EMPTY_SHA512
                + "\n"
                + Canonical.EMPTY_SHA512);
    assertThat(Signatures.sign(HmacAlgorithm.SHA512, SKEY, get.text()))
        .isEqualTo(
            "23249b672b219d2a738fe85a7b1b8b075ee849f4c8107b61a7a9262e83d35bda91f1988eca9fa54f8798e0fa088bf4a7a189041bef27b6a0aa47a6fa78974c91");
  }

  @Test
  void dates_formatInUtcWithEnglishNamesWhateverTheDefaultLocale() {
    // Surefire runs tests in Pacific/Chatham with a Turkish locale to catch accidental defaults.
    assertThat(DuoDates.format(Instant.parse("2012-12-07T17:18:00Z"))).isEqualTo(DATE);
  }

  @Test
  void dates_parseAnyNumericOffset() {
    assertThat(DuoDates.parse(DATE)).contains(Instant.parse("2012-12-07T17:18:00Z"));
    assertThat(DuoDates.parse("Sat, 28 Nov 2026 09:05:07 +0100"))
        .contains(Instant.parse("2026-11-28T08:05:07Z"));
    assertThat(DuoDates.parse("Fri, 07 Dec 2012 17:18:00 GMT")).isPresent();
    assertThat(DuoDates.parse("Cum, 07 Ara 2012 17:18:00 -0000")).isEmpty();
    assertThat(DuoDates.parse("")).isEmpty();
  }

  @Test
  void authorization_parsesBackIntoKeyAndSignature() {
    String header = Signatures.authorizationHeader("DIABCDEFGHIJKLMNOPQR", "abc123");
    assertThat(Signatures.parseAuthorization(header))
        .hasValue(new Signatures.BasicCredentials("DIABCDEFGHIJKLMNOPQR", "abc123"));
    assertThat(Signatures.parseAuthorization("Bearer x")).isEmpty();
    assertThat(Signatures.parseAuthorization("Basic !!!")).isEmpty();
    assertThat(Signatures.parseAuthorization(null)).isEmpty();
  }

  private static CanonicalRequest v2(Map<String, List<String>> params) {
    return new CanonicalRequest(
        SignatureVersion.V2, DATE, "PoSt", "foO.BAr52.cOm", "/Foo/BaR2/qux", params, null, null);
  }
}
