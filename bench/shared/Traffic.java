import io.duoctl.emulator.record.RecordedRequest;
import java.util.List;

/** What the emulator saw: requests answered, and how many of them were 429s. */
record Traffic(int requests, long rateLimited, boolean truncated) {

  static Traffic of(List<RecordedRequest> recorded) {
    return new Traffic(
        recorded.size(),
        recorded.stream().filter(r -> r.status() == 429).count(),
        recorded.size() >= 10_000);
  }

  @Override
  public String toString() {
    return String.format(
        "%s%d requests reached the emulator, %d of them answered 429 (%.1f%%)",
        truncated ? ">= " : "", requests, rateLimited, 100.0 * rateLimited / Math.max(1, requests));
  }
}
