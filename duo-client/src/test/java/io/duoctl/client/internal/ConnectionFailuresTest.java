package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoConnectionException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** java.net.http's failures, often wrapped, map to the kind that decides whether to resend. */
class ConnectionFailuresTest {

  static IOException wrapped(Throwable cause) {
    return new ConnectException("wrapper") {
      {
        initCause(cause);
      }
    };
  }

  @Test
  void classify_namesEachFailure() {
    assertThat(ConnectionFailures.classify(new UnknownHostException("x")))
        .isEqualTo(Kind.UNKNOWN_HOST);
    assertThat(ConnectionFailures.classify(wrapped(new UnresolvedAddressException())))
        .isEqualTo(Kind.UNKNOWN_HOST);
    assertThat(ConnectionFailures.classify(new ConnectException("refused")))
        .isEqualTo(Kind.CONNECTION_REFUSED);
    assertThat(ConnectionFailures.classify(new HttpConnectTimeoutException("t")))
        .isEqualTo(Kind.CONNECT_TIMEOUT);
    assertThat(ConnectionFailures.classify(new HttpTimeoutException("t"))).isEqualTo(Kind.TIMEOUT);
    assertThat(ConnectionFailures.classify(new IOException(new SSLHandshakeException("cert"))))
        .isEqualTo(Kind.TLS);
    assertThat(ConnectionFailures.classify(new IOException("connection reset"))).isEqualTo(Kind.IO);
  }

  @Test
  void onlyFailuresBeforeSending_areSafeToResendForAnyMethod() {
    assertThat(Kind.UNKNOWN_HOST.beforeSending()).isTrue();
    assertThat(Kind.CONNECTION_REFUSED.beforeSending()).isTrue();
    assertThat(Kind.CONNECT_TIMEOUT.beforeSending()).isTrue();
    assertThat(Kind.TIMEOUT.beforeSending()).isFalse();
    assertThat(Kind.IO.beforeSending()).isFalse();
    assertThat(Kind.TLS.beforeSending()).isFalse();
  }
}
