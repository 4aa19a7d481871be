package io.duoctl.core.logexport.sinks.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SampleEvents;
import io.duoctl.core.logexport.SinkRejectedException;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig.Payload;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig.Transport;
import io.duoctl.core.logexport.sinks.tls.TlsTrust;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyslogSinkTest {
  @TempDir static Path certificates;
  private static SelfSignedCertificate certificate;

  @BeforeAll
  static void makeCertificate() throws Exception {
    certificate = SelfSignedCertificate.forLocalhost(certificates);
  }

  @Test
  void tcpJson_sendsOneRfc5424MessagePerEventWithTheEventAsJson() throws Exception {
    ExportedEvent denied = SampleEvents.authentication("tx-1", "jdoe", "denied");
    ExportedEvent odd =
        new ExportedEvent(
            "org-9",
            "Acme \"R&D\" [EU] \\ Ünïcode",
            LogKind.TELEPHONY,
            "tel-1",
            SampleEvents.AT,
            SampleEvents.json("{\"type\":\"sms\",\"credits\":1}"));
    try (SyslogReceiver receiver = new SyslogReceiver(null);
        SyslogSink sink = tcpSink(receiver)) {
      sink.deliver(List.of(denied, odd));

      List<SyslogMessage> messages = receiver.take(2).stream().map(SyslogMessage::parse).toList();
      SyslogMessage first = messages.get(0);
      assertThat(first.pri()).isEqualTo(10 * 8 + 5);
      assertThat(first.timestamp()).isEqualTo("2026-12-07T10:15:30.250Z");
      assertThat(first.hostname()).isEqualTo("duoctl-test");
      assertThat(first.appName()).isEqualTo("duoctl");
      assertThat(first.procId()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThat(first.msgId()).isEqualTo("authentication");
      assertThat(first.structuredData())
          .isEqualTo("[duoctl@32473 org_id=\"org-1\" org_name=\"Harbor Dental\" key=\"tx-1\"]");
      assertThat(first.bom()).isTrue();
      assertThat(SampleEvents.json(first.msg())).isEqualTo(ExportedEventJson.of(denied));

      SyslogMessage second = messages.get(1);
      assertThat(second.pri()).isEqualTo(10 * 8 + 6);
      assertThat(second.msgId()).isEqualTo("telephony");
      assertThat(second.structuredData())
          .isEqualTo(
              "[duoctl@32473 org_id=\"org-9\" org_name=\"Acme \\\"R&D\\\" [EU\\] \\\\ Ünïcode\""
                  + " key=\"tel-1\"]");
      assertThat(SampleEvents.json(second.msg()).at("/organization/name").asText())
          .isEqualTo("Acme \"R&D\" [EU] \\ Ünïcode");
    }
  }

  @Test
  void tlsCef_mapsTheMainFieldsAndEscapesHeaderAndExtension() throws Exception {
    ExportedEvent admin =
        new ExportedEvent(
            "org-2",
            "Globex | East",
            LogKind.ADMINISTRATOR,
            "adm-1",
            SampleEvents.AT,
            SampleEvents.json(
                """
                {"username":"Ann Admin","action":"user|create\\\\x","object":"jdoe",
                 "description":"a=b | c\\\\d\\nnext line"}
                """));
    ExportedEvent fraud = SampleEvents.authentication("tx-9", "jdoe", "fraud");
    try (SyslogReceiver receiver = new SyslogReceiver(certificate.serverContext());
        SyslogSink sink = tlsSink(receiver, "localhost", Payload.CEF)) {
      sink.deliver(List.of(admin, fraud));

      List<SyslogMessage> messages = receiver.take(2).stream().map(SyslogMessage::parse).toList();
      assertThat(messages.get(0).msg())
          .isEqualTo(
              "CEF:0|Cisco|Duo|v1|administrator:user\\|create\\\\x|Administrator action"
                  + " user\\|create\\\\x|3|suser=Ann Admin act=user|create\\\\x"
                  + " msg=a\\=b | c\\\\d\\nnext line cs3=jdoe cs3Label=object"
                  + " rt=1796638530250 externalId=adm-1 cat=administrator"
                  + " cs1=Globex | East cs1Label=organization cs2=org-2 cs2Label=organizationId");
      assertThat(messages.get(1).pri()).isEqualTo(10 * 8 + 4);
      assertThat(messages.get(1).msg())
          .startsWith("CEF:0|Cisco|Duo|v2|authentication:fraud|Authentication fraud|8|")
          .contains("|8|suser=jdoe src=203.0.113.7 shost=laptop-7 outcome=fraud")
          .contains(" cs3=VPN cs3Label=application cs4=duo_push cs4Label=factor")
          .contains(" externalId=tx-9 ");
    }
  }

  @Test
  void tls_refusesACertificateThatDoesNotNameTheHost() throws Exception {
    try (SyslogReceiver receiver = new SyslogReceiver(certificate.serverContext());
        SyslogSink sink = tlsSink(receiver, "127.0.0.1", Payload.JSON)) {
      assertThatThrownBy(() -> sink.deliver(SampleEvents.batch("a", 1)))
          .isInstanceOf(SinkRejectedException.class)
          .hasMessageStartingWith("sink siem: TLS with tls://127.0.0.1:" + receiver.port())
          .hasMessageContaining("check that the receiver's certificate names 127.0.0.1");
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void receiverGoneThenBack_failsAsUnavailableThenReconnects(Transport transport) throws Exception {
    try (SyslogReceiver receiver =
            new SyslogReceiver(transport == Transport.TLS ? certificate.serverContext() : null);
        SyslogSink sink =
            transport == Transport.TLS
                ? tlsSink(receiver, "localhost", Payload.JSON)
                : tcpSink(receiver)) {
      sink.deliver(SampleEvents.batch("before", 2));
      assertThat(receiver.take(2)).hasSize(2);

      receiver.stop();
      assertThatThrownBy(() -> deliverUntilRefused(sink))
          .isInstanceOf(SinkUnavailableException.class)
          .hasMessageStartingWith("sink siem: ")
          .hasMessageContaining(transport.name().toLowerCase(java.util.Locale.ROOT) + "://");

      receiver.start();
      sink.deliver(SampleEvents.batch("after", 3));
      List<String> keys =
          receiver.take(3).stream()
              .map(SyslogMessage::parse)
              .map(message -> SampleEvents.json(message.msg()).get("key").asText())
              .toList();
      assertThat(keys).containsExactly("after-0", "after-1", "after-2");
      assertThat(receiver.waiting()).isZero();
      assertThat(receiver.cutOffFrames()).isZero();
    }
  }

  /**
   * Delivers batches until one is refused. Plain TCP has no acknowledgement: a write the kernel
   * took just as the receiver went away may still succeed once (the sink's check for a closed
   * connection races the peer's close), which is the loss the README's guarantees name; the next
   * delivery must then fail.
   */
  private static void deliverUntilRefused(SyslogSink sink) throws InterruptedException {
    for (int attempt = 0; attempt < 5; attempt++) {
      sink.deliver(SampleEvents.batch("while-down-" + attempt, 2));
      Thread.sleep(50);
    }
  }

  private static SyslogSink tcpSink(SyslogReceiver receiver) {
    SyslogSinkConfig config =
        SyslogSinkConfig.tcp("siem", "127.0.0.1", receiver.port()).withHostname("duoctl-test");
    return new SyslogSink(config, null, "-");
  }

  private static SyslogSink tlsSink(SyslogReceiver receiver, String host, Payload payload) {
    TlsTrust trust = TlsTrust.caFile(certificate.pem());
    SyslogSinkConfig config =
        SyslogSinkConfig.tls("siem", host, receiver.port())
            .withTransport(Transport.TLS, trust)
            .withPayload(payload)
            .withHostname("duoctl-test");
    SSLContext context = trust.sslContext(config.name());
    return new SyslogSink(config, context, "-");
  }
}
