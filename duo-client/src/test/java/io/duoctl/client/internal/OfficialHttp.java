package io.duoctl.client.internal;

import com.duosecurity.client.Http;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Field;
import okhttp3.Headers;

/**
 * Duo's official Java client (com.duosecurity:duo-client 0.7.1) opened just enough to read what it
 * signs: its canonical string and the Date and Authorization headers it sets.
 */
final class OfficialHttp extends Http {

  @SuppressWarnings("deprecation") // the builder hides the canonical string this test compares
  OfficialHttp(String method, String host, String path) {
    super(method, host, path);
  }

  String canonical(String date, int sigVersion) {
    try {
      return canonRequest(date, sigVersion);
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  String header(String name) {
    try {
      Field field = Http.class.getDeclaredField("headers");
      field.setAccessible(true);
      return ((Headers.Builder) field.get(this)).get(name);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("the official client changed its internals", e);
    }
  }
}
