package io.duoctl.emulator.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority made at start: an EC P-256 CA and one server certificate it
 * signs for {@code localhost}, {@code 127.0.0.1}, {@code *.duo.test} and any extra hostnames.
 * Immutable once built; the key store and SSL contexts are made once, never per request.
 */
public final class CertificateAuthority {

  /** Password of the in-memory server key store (it never leaves the process). */
  static final char[] KEY_STORE_PASSWORD = "duo-emulator".toCharArray();

  private final X509Certificate caCertificate;
  private final KeyStore serverKeyStore;

  private CertificateAuthority(X509Certificate caCertificate, KeyStore serverKeyStore) {
    this.caCertificate = caCertificate;
    this.serverKeyStore = serverKeyStore;
  }

  /**
   * Generates the CA and a server certificate valid from a day ago for two years.
   *
   * @param hostnames extra DNS names for the server certificate (account hostnames)
   */
  public static CertificateAuthority generate(Collection<String> hostnames) {
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair caKeys = generator.generateKeyPair();
      KeyPair serverKeys = generator.generateKeyPair();
      Instant now = Instant.now();
      Date from = Date.from(now.minus(Duration.ofDays(1)));
      Date until = Date.from(now.plus(Duration.ofDays(730)));
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X500Name caName = new X500Name("CN=duoctl Duo emulator CA,O=duoctl");

      X509v3CertificateBuilder ca =
          new JcaX509v3CertificateBuilder(
                  caName, serial(random), from, until, caName, caKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate caCertificate = sign(ca, caKeys);

      X509v3CertificateBuilder server =
          new JcaX509v3CertificateBuilder(
                  caCertificate,
                  serial(random),
                  from,
                  until,
                  new X500Name("CN=duo.test,O=duoctl"),
                  serverKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
              .addExtension(Extension.subjectAlternativeName, false, names(hostnames))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(caCertificate));
      X509Certificate serverCertificate = sign(server, caKeys);

      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(
          "server",
          serverKeys.getPrivate(),
          KEY_STORE_PASSWORD,
          new Certificate[] {serverCertificate, caCertificate});
      return new CertificateAuthority(caCertificate, keyStore);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate the emulator's TLS certificates", e);
    }
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(64, random).add(BigInteger.ONE);
  }

  private static GeneralNames names(Collection<String> hostnames) {
    Set<String> dns = new LinkedHashSet<>(List.of("localhost", "*.duo.test"));
    dns.addAll(hostnames);
    List<GeneralName> names = new ArrayList<>();
    dns.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
    names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }

  /** The CA certificate clients must trust. */
  public X509Certificate caCertificate() {
    return caCertificate;
  }

  /** The CA certificate in PEM form. */
  public String caCertificatePem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(caCertificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The server's key and chain, for the TLS listener. */
  KeyStore serverKeyStore() {
    return serverKeyStore;
  }

  /** A key store holding only the CA certificate, for a client's trust store. */
  public KeyStore trustStore() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("duo-emulator-ca", caCertificate);
      return trust;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a trust store", e);
    }
  }

  /** A client-side TLS context that trusts this CA (and nothing else). */
  public SSLContext clientSslContext() {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a client TLS context", e);
    }
  }
}
