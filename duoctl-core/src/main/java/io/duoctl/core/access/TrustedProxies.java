package io.duoctl.core.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header is believed, as CIDR ranges (IPv4 and
 * IPv6), and the rule that names the address a request comes from: the socket's peer, unless that
 * peer is a trusted proxy; then the right-most address in {@code X-Forwarded-For} that is not a
 * trusted proxy (everything left of it may be written by the client). With no trusted proxy (the
 * default) the header is ignored. Immutable and thread-safe.
 */
public final class TrustedProxies {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d+");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\](:\\d+)?");
  private static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** Trusts no proxy: every request comes from its socket's peer. */
  public static TrustedProxies none() {
    return NONE;
  }

  /**
   * Trusts the proxies in these ranges.
   *
   * @param cidrs each an address ({@code 10.0.0.5}, {@code ::1}) or a CIDR range ({@code
   *     10.0.0.0/8}, {@code 2001:db8::/32})
   * @throws IllegalArgumentException naming the first value that is neither, and the fix
   */
  public static TrustedProxies of(List<String> cidrs) {
    List<Range> ranges = new ArrayList<>();
    for (String cidr : cidrs) {
      ranges.add(Range.parse(cidr));
    }
    return ranges.isEmpty() ? NONE : new TrustedProxies(ranges);
  }

  /** Whether no proxy is trusted. */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** The trusted ranges as given, normalized (e.g. {@code 10.0.0.0/8}). */
  public List<String> ranges() {
    return ranges.stream().map(Range::toString).toList();
  }

  /**
   * The address a request comes from.
   *
   * @param peerAddress the socket's peer address, as the server reports it
   * @param forwardedFor every {@code X-Forwarded-For} header value in order (each may list several
   *     addresses, comma-separated); ignored unless the peer is trusted
   * @return the client's address in canonical text ({@code 203.0.113.7}, {@code
   *     2001:db8:0:0:0:0:0:1}), or {@code peerAddress} as given when it is not an IP address
   */
  public String clientAddress(String peerAddress, List<String> forwardedFor) {
    Optional<InetAddress> peer = literal(peerAddress);
    if (peer.isEmpty()) {
      return peerAddress;
    }
    InetAddress client = peer.get();
    if (!trusts(client)) {
      return client.getHostAddress();
    }
    List<String> hops = hops(forwardedFor);
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      client = hop.get();
      if (!trusts(client)) {
        break;
      }
    }
    return client.getHostAddress();
  }

  private boolean trusts(InetAddress address) {
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  private static List<String> hops(List<String> headerValues) {
    List<String> hops = new ArrayList<>();
    for (String value : headerValues == null ? List.<String>of() : headerValues) {
      for (String hop : value.split(",")) {
        hops.add(hop.strip());
      }
    }
    return hops;
  }

  /**
   * The address in {@code text} ({@code 1.2.3.4}, {@code 1.2.3.4:80}, {@code ::1}, {@code [::1]},
   * {@code [::1]:80}), parsed without any DNS look-up; empty when it is no IP address.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    var bracketed = BRACKETED.matcher(s);
    if (bracketed.matches()) {
      s = bracketed.group(1);
    } else {
      var withPort = IPV4_WITH_PORT.matcher(s);
      if (withPort.matches()) {
        s = withPort.group(1);
      }
    }
    return bare(s);
  }

  /** The address written bare ({@code 1.2.3.4}, {@code ::1}), never looked up in DNS. */
  private static Optional<InetAddress> bare(String s) {
    if (IPV4.matcher(s).matches()) {
      for (String octet : s.split("\\.")) {
        if (Integer.parseInt(octet) > 255 || octet.length() > 1 && octet.startsWith("0")) {
          return Optional.empty();
        }
      }
    } else if (!IPV6.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      // a literal of these characters only is parsed, never looked up
      return Optional.of(InetAddress.getByName(s));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "TrustedProxies" + ranges();
  }

  private record Range(byte[] network, int prefix) {
    static Range parse(String cidr) {
      String text = cidr == null ? "" : cidr.strip();
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      InetAddress base = bare(address).orElse(null);
      int bits = base == null ? 0 : base.getAddress().length * 8;
      int prefix = bits;
      if (base != null && slash >= 0) {
        String length = text.substring(slash + 1);
        prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
      }
      if (base == null || prefix < 0 || prefix > bits || address.contains(":") && isIpv4(base)) {
        throw new IllegalArgumentException(
            "trusted proxy \""
                + text
                + "\" is not an IP address or CIDR range; give one like 10.0.0.0/8, 192.0.2.10"
                + " or 2001:db8::/32");
      }
      return new Range(mask(base.getAddress(), prefix), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static boolean isIpv4(InetAddress address) {
      return address.getAddress().length == 4;
    }

    private static byte[] mask(byte[] address, int prefix) {
      byte[] masked = address.clone();
      for (int i = 0; i < masked.length; i++) {
        int keep = Math.max(0, Math.min(8, prefix - i * 8));
        masked[i] &= (byte) (0xFF << (8 - keep));
      }
      return masked;
    }

    @Override
    public String toString() {
      try {
        return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
