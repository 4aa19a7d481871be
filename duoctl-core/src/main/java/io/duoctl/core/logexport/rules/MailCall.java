package io.duoctl.core.logexport.rules;

import io.duoctl.core.secrets.Secret;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends a firing's e-mail over SMTP (Jakarta Mail): STARTTLS required or TLS from the start when
 * the rule says so, with the server's name checked against its certificate. The Message-ID is made
 * of the firing's id, the same on every retry, so a repeat can be recognised. An authentication
 * failure or a rejected address is a refusal; anything else (server down, timeout) is worth
 * retrying. Thread-safe.
 */
final class MailCall {
  private static final String TIMEOUT_MS = "10000";

  void send(
      RuleAction.Email email,
      Optional<Secret> password,
      String firingId,
      String subject,
      String text)
      throws ActionFailedException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", email.host());
    properties.put("mail.smtp.port", Integer.toString(email.port()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    properties.put("mail.smtp.timeout", TIMEOUT_MS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
    switch (email.security()) {
      case STARTTLS -> {
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        properties.put("mail.smtp.ssl.enable", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> {
        // a relay on a trusted network
      }
    }
    email.username().ifPresent(user -> properties.put("mail.smtp.auth", "true"));
    Session session = Session.getInstance(properties);
    try {
      MimeMessage message = new FiringMessage(session, firingId, email.host());
      message.setFrom(new InternetAddress(email.from(), true));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(String.join(",", email.to()), true));
      message.setSubject(subject, "UTF-8");
      message.setText(text, "UTF-8");
      if (email.username().isPresent()) {
        Transport.send(message, email.username().get(), password.map(Secret::reveal).orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (AuthenticationFailedException e) {
      throw new ActionFailedException(
          "SMTP server " + email.host() + " refused the user name or password", false, null, e);
    } catch (SendFailedException | AddressException e) {
      throw new ActionFailedException(
          "SMTP server " + email.host() + " refused an address: " + e.getMessage(), false, null, e);
    } catch (MessagingException e) {
      throw new ActionFailedException(
          "SMTP server " + email.host() + ":" + email.port() + " failed: " + e.getMessage(),
          true,
          null,
          e);
    }
  }

  /** A message whose Message-ID is the firing's, not a random one. */
  private static final class FiringMessage extends MimeMessage {
    private final String id;

    FiringMessage(Session session, String firingId, String host) {
      super(session);
      this.id = "<" + firingId + "@duoctl." + host + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
