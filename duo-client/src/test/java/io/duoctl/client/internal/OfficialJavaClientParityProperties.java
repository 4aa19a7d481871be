package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * For random requests, our transport's encoding and signing produce the same canonical string and
 * the same {@code Authorization} header as Duo's official Java client ({@code
 * com.duosecurity:duo-client:0.7.1}) given the same date.
 *
 * <p>The domain is where both clients are meant to agree; outside it the official client differs by
 * design or by bug, as the reference notes:
 *
 * <ul>
 *   <li>signature v2 and v5, HMAC-SHA512 (the official client never signs with SHA-1);
 *   <li>methods GET, POST, PUT, DELETE (it sends PATCH parameters in the query);
 *   <li>one value per key (it keeps only one), keys of RFC 3986 unreserved characters (it sorts by
 *       raw key, we by encoded key; both orders agree on these), values any Unicode text;
 *   <li>v5 POST/PUT bodies with at most one parameter of printable ASCII without {@code /}
 *       (org.json writes keys in hash order and escapes differently from Python's {@code
 *       json.dumps});
 *   <li>host names without {@code I}: the official client lower-cases in the JVM's locale, which
 *       the tests set to Turkish, where {@code I} becomes a dotless {@code ı};
 *   <li>X-Duo-* header names already lower-case (it does not lower-case them before sorting).
 * </ul>
 */
class OfficialJavaClientParityProperties {

  record Sample(
      SignatureVersion version,
      HttpMethod method,
      String host,
      String path,
      String ikey,
      String skey,
      Map<String, String> params,
      Map<String, String> xDuoHeaders) {}

  @Property(tries = 1000)
  void canonicalStringAndAuthorizationMatchTheOfficialClient(@ForAll("samples") Sample sample) {
    int officialVersion = sample.version() == SignatureVersion.V2 ? 2 : 5;
    OfficialHttp official = new OfficialHttp(sample.method().name(), sample.host(), sample.path());
    sample.params().forEach(official::addParam);
    if (!sample.xDuoHeaders().isEmpty()) {
      official.addAdditionalDuoHeader(sample.xDuoHeaders());
    }
    try {
      official.signRequest(sample.ikey(), sample.skey(), officialVersion);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
    String date = official.header("Date");

    DuoRequest request = DuoRequest.of(sample.method(), sample.path());
    for (Map.Entry<String, String> param : sample.params().entrySet()) {
      request = request.withParams(request.params().with(param.getKey(), param.getValue()));
    }
    for (Map.Entry<String, String> header : sample.xDuoHeaders().entrySet()) {
      request = request.header(header.getKey(), header.getValue());
    }
    DuoTarget target = DuoTarget.of(sample.host(), sample.ikey(), sample.skey());
    Call call =
        Call.of(target, request)
            .withWire(new EncodingInterceptor(sample.version()).encode(request));
    Signer signer = new Signer(sample.version(), HmacAlgorithm.SHA512);

    assertThat(signer.canonical(call, date).text())
        .isEqualTo(official.canonical(date, officialVersion));
    assertThat(signer.headers(call, date).get("Authorization"))
        .isEqualTo(official.header("Authorization"));
  }

  @Provide
  Arbitrary<Sample> samples() {
    Arbitrary<SignatureVersion> versions = Arbitraries.of(SignatureVersion.V2, SignatureVersion.V5);
    Arbitrary<HttpMethod> methods =
        Arbitraries.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    return Combinators.combine(versions, methods, hosts(), paths(), ikeys(), skeys())
        .as(Tuple::of)
        .flatMap(
            shape ->
                Combinators.combine(params(shape.get1(), shape.get2()), xDuoHeaders())
                    .as(
                        (params, headers) ->
                            new Sample(
                                shape.get1(),
                                shape.get2(),
                                shape.get3(),
                                shape.get4(),
                                shape.get5(),
                                shape.get6(),
                                params,
                                headers)));
  }

  private static Arbitrary<Map<String, String>> params(
      SignatureVersion version, HttpMethod method) {
    boolean jsonBody = version == SignatureVersion.V5 && method.carriesBody();
    Arbitrary<String> values = jsonBody ? jsonSafeAscii() : unicodeText();
    return Arbitraries.maps(unreservedKeys(), values).ofMaxSize(jsonBody ? 1 : 6);
  }

  private static Arbitrary<String> unreservedKeys() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('-', '.', '_', '~')
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  /** Any Unicode text: ASCII (reserved characters included), Latin, CJK and astral code points. */
  private static Arbitrary<String> unicodeText() {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
            Tuple.of(1, Arbitraries.integers().between(0x00, 0x1f)),
            Tuple.of(2, Arbitraries.integers().between(0x80, 0x7ff)),
            Tuple.of(2, Arbitraries.integers().between(0x800, 0xd7ff)),
            Tuple.of(1, Arbitraries.integers().between(0xe000, 0xfffd)),
            Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoints
        .list()
        .ofMaxSize(12)
        .map(
            list ->
                list.stream()
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
  }

  private static Arbitrary<String> jsonSafeAscii() {
    return Arbitraries.strings().withCharRange(' ', '.').withCharRange('0', '~').ofMaxLength(16);
  }

  private static Arbitrary<String> hosts() {
    Arbitrary<String> label =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'H')
            .withCharRange('J', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(1)
            .ofMaxLength(12);
    return label.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
  }

  private static Arbitrary<String> paths() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('-', '.', '_', '~')
            .ofMinLength(1)
            .ofMaxLength(10);
    Arbitrary<String> escaped =
        Arbitraries.integers().between(0, 255).map(b -> String.format("%%%02X", b));
    Arbitrary<String> segment =
        Arbitraries.oneOf(plain, plain, escaped)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(l -> String.join("", l));
    return segment.list().ofMinSize(1).ofMaxSize(5).map(l -> "/" + String.join("/", l));
  }

  private static Arbitrary<String> ikeys() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .ofLength(20)
        .map(s -> "DI" + s.substring(2));
  }

  private static Arbitrary<String> skeys() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .ofLength(40);
  }

  private static Arbitrary<Map<String, String>> xDuoHeaders() {
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('-')
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(s -> "x-duo-" + s);
    Arbitrary<String> values =
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(12);
    return Arbitraries.maps(names, values)
        .ofMaxSize(3)
        .map(
            m ->
                m.entrySet().stream()
                    .collect(
                        Collectors.toMap(
                            Map.Entry::getKey,
                            Map.Entry::getValue,
                            (a, b) -> a,
                            LinkedHashMap::new)));
  }
}
