package io.duoctl.core.logexport.sinks.tls;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.InvalidSinkConfigException;
import io.duoctl.core.secrets.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Whom a sink trusts over TLS: the JDK's default CAs, or instead exactly the CA certificates of a
 * PEM file, or of a PKCS12/JKS trust store. Server hostnames are always verified.
 *
 * @param caFile PEM file of CA certificates to trust instead of the JDK's, or null
 * @param trustStore trust store (PKCS12 or JKS) to trust instead of the JDK's, or null
 * @param trustStorePassword the trust store's password, or null for none
 */
public record TlsTrust(Path caFile, Path trustStore, Secret trustStorePassword) {
  private static final TlsTrust JDK = new TlsTrust(null, null, null);

  /** The JDK's default trust. */
  public static TlsTrust jdkDefault() {
    return JDK;
  }

  /** Trusts exactly the CA certificates in the PEM file {@code caFile}. */
  public static TlsTrust caFile(Path caFile) {
    return new TlsTrust(caFile, null, null);
  }

  /** The problems of this trust as config errors (both files given); empty when none. */
  public List<FieldError> problems() {
    return caFile != null && trustStore != null
        ? List.of(new FieldError("trust_store", "give either ca_file or trust_store, not both"))
        : List.of();
  }

  /**
   * Reads the trust material into a TLS context.
   *
   * @throws InvalidSinkConfigException naming {@code ca_file} or {@code trust_store} when the file
   *     cannot be read or holds no certificate
   */
  public SSLContext sslContext(String sink) {
    try {
      if (caFile == null && trustStore == null) {
        return SSLContext.getDefault();
      }
      KeyStore trusted = caFile != null ? fromPem(sink) : fromStore(sink);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sink " + sink + ": cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private KeyStore fromPem(String sink) throws GeneralSecurityException {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(caFile)) {
      certificates =
          java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | GeneralSecurityException e) {
      throw unreadable(
          sink, "ca_file", caFile + " cannot be read as PEM certificates: " + e.getMessage());
    }
    if (certificates.isEmpty()) {
      throw unreadable(sink, "ca_file", caFile + " holds no PEM certificate");
    }
    KeyStore store = emptyStore();
    int i = 0;
    for (Certificate certificate : certificates) {
      store.setCertificateEntry("ca-" + i++, certificate);
    }
    return store;
  }

  private KeyStore fromStore(String sink) throws GeneralSecurityException {
    char[] password = trustStorePassword == null ? null : trustStorePassword.reveal().toCharArray();
    try (InputStream in = Files.newInputStream(trustStore)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(in, password);
      if (store.size() == 0) {
        throw unreadable(sink, "trust_store", trustStore + " holds no certificate");
      }
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw unreadable(
          sink,
          "trust_store",
          trustStore + " cannot be read as PKCS12 or JKS (check the path and password)");
    }
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      return store;
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
  }

  private static InvalidSinkConfigException unreadable(String sink, String field, String message) {
    return new InvalidSinkConfigException(sink, List.of(new FieldError(field, message)));
  }

  @Override
  public String toString() {
    return "TlsTrust[caFile=" + caFile + ", trustStore=" + trustStore + "]";
  }
}
