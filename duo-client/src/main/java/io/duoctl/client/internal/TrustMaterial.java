package io.duoctl.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS context: the JDK's default trust, plus (or instead of) CA certificates from a PEM
 * file and/or a trust store.
 */
public final class TrustMaterial {

  private TrustMaterial() {}

  /** A trust store file to read: path, type ({@code PKCS12}, {@code JKS}) and password. */
  public record TrustStoreFile(Path path, String type, char[] password) {
    @Override
    public String toString() {
      return "TrustStoreFile[" + path + ", " + type + "]";
    }
  }

  /**
   * The context to use.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
   */
  public static SSLContext sslContext(
      Optional<Path> pemFile, Optional<TrustStoreFile> trustStore, boolean replaceDefault) {
    try {
      if (pemFile.isEmpty() && trustStore.isEmpty()) {
        if (replaceDefault) {
          throw new IllegalArgumentException(
              "replaceDefaultTrust needs a CA PEM file or a trust store to trust instead");
        }
        return SSLContext.getDefault();
      }
      List<Certificate> trusted = new ArrayList<>();
      if (!replaceDefault) {
        Collections.addAll(trusted, defaultTrustManager().getAcceptedIssuers());
      }
      pemFile.ifPresent(path -> trusted.addAll(readPem(path)));
      trustStore.ifPresent(store -> trusted.addAll(readStore(store)));
      KeyStore keyStore = KeyStore.getInstance(KeyStore.getDefaultType());
      keyStore.load(null, null);
      for (int i = 0; i < trusted.size(); i++) {
        keyStore.setCertificateEntry("trusted-" + i, trusted.get(i));
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(keyStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot set up TLS trust: " + e.getMessage(), e);
    }
  }

  private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (var manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the JDK has no default X.509 trust manager");
  }

  private static List<Certificate> readPem(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      List<Certificate> certificates =
          new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("CA file " + path + " holds no PEM certificate");
      }
      return certificates;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "CA file " + path + " cannot be read as PEM certificates: " + e.getMessage(), e);
    }
  }

  private static List<Certificate> readStore(TrustStoreFile store) {
    try (InputStream in = Files.newInputStream(store.path())) {
      KeyStore keyStore = KeyStore.getInstance(store.type());
      keyStore.load(in, store.password());
      List<Certificate> certificates = new ArrayList<>();
      for (String alias : Collections.list(keyStore.aliases())) {
        Certificate certificate = keyStore.getCertificate(alias);
        if (certificate instanceof X509Certificate) {
          certificates.add(certificate);
        }
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("trust store " + store.path() + " holds no certificate");
      }
      return certificates;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "trust store "
              + store.path()
              + " cannot be read as "
              + store.type()
              + " (check the path, type and password): "
              + e.getMessage(),
          e);
    }
  }
}
