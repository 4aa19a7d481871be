package io.duoctl.core.workflows.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sample mappings shipped with duoctl, as resources {@code webhooks/PSA.cel}: each turns one PSA's
 * ticket callback into the inputs of {@code offboard-everywhere} ({@code user}, {@code mode}),
 * from a custom field or the ticket's summary, and starts nothing for other tickets.
 */
public final class WebhookSamples {
  /** The PSAs with a sample, by the name {@link #mapping} takes. */
  public static final List<String> NAMES = List.of("connectwise", "halopsa", "autotask");

  /** The workflow the samples map to. */
  public static final String WORKFLOW = "offboard-everywhere";

  private WebhookSamples() {}

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
