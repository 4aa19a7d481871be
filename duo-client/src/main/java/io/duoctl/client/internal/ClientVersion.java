package io.duoctl.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, from the build-filtered {@code duoctl-client.properties}. */
public final class ClientVersion {

  private static final String RESOURCE = "/io/duoctl/client/duoctl-client.properties";

  private ClientVersion() {}

  /** The version, or {@code unknown} when the resource is missing or unfiltered. */
  public static String version() {
    try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").trim();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** {@code duoctl/<version>}. */
  public static String userAgent() {
    return "duoctl/" + version();
  }
}
