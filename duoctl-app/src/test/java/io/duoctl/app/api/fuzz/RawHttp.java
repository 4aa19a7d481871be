package io.duoctl.app.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} refuses to send: any method, any
 * bytes in the path ({@code %00}, raw invalid UTF-8), any body. One request per connection.
 */
public final class RawHttp {

  /** One response: status, headers (names lower-case), the body as text and, when JSON, a tree. */
  public record Response(int status, Map<String, String> headers, String text, JsonNode json) {
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public String code() {
      return json.path("error").path("code").asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String host;
  private final int port;

  public RawHttp(URI base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  /** Sends {@code method target} with the headers and body given; Host and length are added. */
  public Response send(String method, byte[] target, Map<String, String> headers, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(target);
    StringBuilder head = new StringBuilder(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    head.append("Connection: close\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      request.writeBytes(body);
    }
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.toByteArray());
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before reading a whole oversized body
      }
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code method path} with the headers and body given. */
  public Response send(String method, String path, Map<String, String> headers, String body) {
    return send(
        method,
        path.getBytes(StandardCharsets.UTF_8),
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static Response parse(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String raw = new String(all, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no HTTP response head in " + all.length + " bytes");
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] bodyBytes = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      bodyBytes = dechunk(bodyBytes);
    }
    String text = new String(bodyBytes, StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
    } catch (IOException notJson) {
      json = JSON.missingNode();
    }
    return new Response(status, headers, text, json);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < chunked.length) {
      int lineEnd = i;
      while (lineEnd + 1 < chunked.length
          && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeText = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeText.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
