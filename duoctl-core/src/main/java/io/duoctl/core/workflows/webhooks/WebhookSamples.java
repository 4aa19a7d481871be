package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.errors.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Sample mappings shipped with duoctl, as resources {@code webhooks/PSA.cel}: each turns one PSA's
 * ticket callback into the inputs of {@code offboard-everywhere} ({@code user}, {@code mode}), from
 * a custom field or the ticket's summary, and starts nothing for other tickets.
 */
public final class WebhookSamples {
  /** The PSAs with a sample, by the name {@link #mapping} takes. */
  public static final List<String> NAMES = List.of("connectwise", "halopsa", "autotask");

  /** The workflow the samples map to. */
  public static final String WORKFLOW = "offboard-everywhere";

  private WebhookSamples() {}

  /**
   * The mapping a request gives, either as text or as the name of a sample: exactly one of them.
   *
   * @param mapping the mapping's text, or null
   * @param sample a sample's name ({@link #NAMES}), or null
   * @throws InvalidWebhookException naming {@code mapping} or {@code sample} when both or neither
   *     are given, or the sample is unknown
   */
  public static String choose(String mapping, String sample) {
    boolean text = mapping != null && !mapping.isBlank();
    boolean named = sample != null && !sample.isBlank();
    if (text == named) {
      throw new InvalidWebhookException(
          List.of(
              new FieldError(
                  "mapping",
                  text
                      ? "give either a mapping or a sample, not both"
                      : "is required: a CEL expression, or a sample ("
                          + String.join(", ", NAMES)
                          + ")")));
    }
    if (text) {
      return mapping;
    }
    String psa = sample.strip().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(psa)) {
      throw new InvalidWebhookException(
          List.of(
              new FieldError(
                  "sample",
                  "no sample \""
                      + sample.strip()
                      + "\"; the samples are "
                      + String.join(", ", NAMES))));
    }
    return mapping(psa);
  }

  /**
   * The sample mapping for {@code psa}, as shipped (comments included).
   *
   * @throws IllegalArgumentException naming the samples when there is none for {@code psa}
   */
  public static String mapping(String psa) {
    if (!NAMES.contains(psa)) {
      throw new IllegalArgumentException(
          "no sample mapping for \"" + psa + "\"; the samples are " + String.join(", ", NAMES));
    }
    String resource = "webhooks/" + psa + ".cel";
    try (InputStream in = WebhookSamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the sample mapping " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
