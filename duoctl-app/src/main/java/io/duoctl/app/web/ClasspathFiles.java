package io.duoctl.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Files the server sends from its own jar: its assets and the WebJars it bundles. */
public final class ClasspathFiles {
  private ClasspathFiles() {}

  /**
   * The resource path of {@code file} in the WebJar {@code group:artifact} on the classpath, e.g.
   * {@code META-INF/resources/webjars/swagger-ui/5.35.0/swagger-ui.css}, its version read from the
   * WebJar's own Maven properties.
   *
   * @throws IllegalStateException if the WebJar is not on the classpath
   */
  public static String webJarFile(String group, String artifact, String file) {
    Properties pom = new Properties();
    try (InputStream in = stream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of the WebJar " + artifact, e);
    }
    return "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file;
  }

  /**
   * The bytes of a classpath resource.
   *
   * @throws IllegalStateException if there is no such resource
   */
  public static byte[] read(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing from the jar: " + resource);
    }
    return in;
  }
}
