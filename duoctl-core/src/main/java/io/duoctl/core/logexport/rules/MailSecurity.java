package io.duoctl.core.logexport.rules;

/** How an e-mail action's SMTP connection is protected. */
public enum MailSecurity {
  /** Plain SMTP; only for a relay on a trusted network. */
  NONE,
  /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
  STARTTLS,
  /** TLS from the first byte (port 465). */
  TLS
}
