package io.duoctl.core.logexport.sinks.syslog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An RFC 5424 message read back: header fields, structured data and the message after its BOM. */
record SyslogMessage(
    int pri,
    String timestamp,
    String hostname,
    String appName,
    String procId,
    String msgId,
    String structuredData,
    boolean bom,
    String msg) {
  private static final Pattern HEADER =
      Pattern.compile(
          "<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-|(?:\\[(?:[^\\]\\\\\"]|\\\\.|\"(?:[^\"\\\\]|\\\\.)*\")*\\])+) ");

  static SyslogMessage parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher header = HEADER.matcher(text);
    if (!header.lookingAt()) {
      throw new AssertionError("not an RFC 5424 message: " + text);
    }
    int headerBytes = text.substring(0, header.end()).getBytes(StandardCharsets.UTF_8).length;
    byte[] rest = Arrays.copyOfRange(bytes, headerBytes, bytes.length);
    boolean bom =
        rest.length >= 3
            && rest[0] == (byte) 0xEF
            && rest[1] == (byte) 0xBB
            && rest[2] == (byte) 0xBF;
    String msg = new String(rest, bom ? 3 : 0, rest.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
    return new SyslogMessage(
        Integer.parseInt(header.group(1)),
        header.group(2),
        header.group(3),
        header.group(4),
        header.group(5),
        header.group(6),
        header.group(7),
        bom,
        msg);
  }
}
