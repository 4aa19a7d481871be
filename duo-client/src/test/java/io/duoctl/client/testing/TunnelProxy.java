package io.duoctl.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal HTTP CONNECT proxy on a free loopback port: records each CONNECT head (request line and
 * header lines), then tunnels bytes both ways to the named host.
 */
public final class TunnelProxy implements AutoCloseable {

  private final ServerSocket socket;
  private final List<String> heads = new CopyOnWriteArrayList<>();

  public TunnelProxy() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::acceptLoop);
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Each received request head, lines joined with LF. */
  public List<String> heads() {
    return List.copyOf(heads);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread.ofVirtual().start(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      heads.add(head);
      String[] requestLine = head.split("\n", 2)[0].split(" ");
      if (!requestLine[0].equals("CONNECT")) {
        client
            .getOutputStream()
            .write("HTTP/1.1 405 Only CONNECT\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      String[] hostPort = requestLine[1].split(":");
      try (Socket upstream = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
        client
            .getOutputStream()
            .write(
                "HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Thread back = Thread.ofVirtual().start(() -> pump(upstream, client));
        pump(client, upstream);
        back.join();
      }
    } catch (IOException | InterruptedException ignored) {
      // the test sees the failure on the client side
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1).strip().replace("\r\n", "\n");
  }

  private static void pump(Socket from, Socket to) {
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      in.transferTo(out);
      to.shutdownOutput();
    } catch (IOException ignored) {
      // one side closed
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
