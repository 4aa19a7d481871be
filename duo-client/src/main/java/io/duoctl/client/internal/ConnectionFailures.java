package io.duoctl.client.internal;

import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoConnectionException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Names why java.net.http got no answer, looking through the causes it wraps. */
final class ConnectionFailures {

  private ConnectionFailures() {}

  static Kind classify(IOException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return Kind.UNKNOWN_HOST;
      }
      if (t instanceof HttpConnectTimeoutException) {
        return Kind.CONNECT_TIMEOUT;
      }
      if (t instanceof HttpTimeoutException) {
        return Kind.TIMEOUT;
      }
      if (t instanceof SSLException) {
        return Kind.TLS;
      }
    }
    return failure instanceof ConnectException ? Kind.CONNECTION_REFUSED : Kind.IO;
  }

  static DuoConnectionException toException(IOException failure, Call call) {
    Kind kind = classify(failure);
    return new DuoConnectionException(
        kind, describe(kind, call), call.request().method().name(), call.safePath(), failure);
  }

  private static String describe(Kind kind, Call call) {
    String host = call.target().host();
    return switch (kind) {
      case UNKNOWN_HOST -> "the host " + host + " did not resolve; check the API hostname";
      case CONNECTION_REFUSED -> "the connection to " + host + " was refused";
      case CONNECT_TIMEOUT -> "no connection to " + host + " within the connect timeout";
      case TIMEOUT -> "no answer from " + host + " within the request timeout";
      case TLS -> "the TLS handshake with " + host + " failed; check the trusted certificates";
      case INTERRUPTED -> "interrupted while calling " + host;
      case IO -> "the connection to " + host + " failed";
    };
  }
}
