import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of {@code mfa_coverage} answered, checked line by line: each organization ok with
 * {@code users} users, its statuses and enrollment adding up, its percent matching (to one decimal), and its figures
 * equal to those counted from the fixture (for the organizations the fixture of part 1 has).
 *
 * @param matched lines equal to the fixture's figures
 * @param problems what was wrong, and on how many lines
 */
record Check(int rows, int ok, long users, int matched, Map<String, Integer> problems) {

  static Check of(JsonNode lines, Map<String, Coverage> expected, int users) {
    int rows = 0;
    int ok = 0;
    long counted = 0;
    int matched = 0;
    Map<String, Integer> problems = new TreeMap<>();
    for (JsonNode line : lines) {
      rows++;
      if (!line.path("ok").asBoolean()) {
        problems.merge("not ok: " + line.path("error").path("code").asText(), 1, Integer::sum);
        continue;
      }
      ok++;
      Coverage figures = Coverage.fromRow(line);
      counted += figures.users();
      if (figures.users() != users) {
        problems.merge("users not " + users, 1, Integer::sum);
      }
      if (!figures.statusesSumUp()) {
        problems.merge("statuses do not sum to users", 1, Integer::sum);
      }
      if (figures.enrolled() + line.path("not_enrolled").asLong(-1) != figures.users()) {
        problems.merge("enrolled + not_enrolled != users", 1, Integer::sum);
      }
      double percent = Math.round(1000.0 * figures.enrolled() / figures.users()) / 10.0;
      if (Math.abs(line.path("percent_enrolled").asDouble(-1) - percent) > 1e-9) {
        problems.merge("percent_enrolled off", 1, Integer::sum);
      }
      Coverage fixture = expected.get(line.path("organization").asText());
      if (fixture != null) {
        if (fixture.equals(figures)) {
          matched++;
        } else {
          problems.merge("figures differ from the fixture's", 1, Integer::sum);
        }
      }
    }
    return new Check(rows, ok, counted, matched, problems);
  }

  /** Every one of {@code orgs} organizations on a line, and nothing wrong with any. */
  boolean complete(int orgs) {
    return rows == orgs && ok == orgs && problems.isEmpty();
  }

  String describe(int orgs) {
    if (complete(orgs)) {
      return String.format(
          "every row ok, %,d users, statuses and enrollment summing up, %d of %d equal to the"
              + " figures counted from the fixture",
          users, matched, rows);
    }
    return String.format("INCOMPLETE (%d rows of %d expected): %s", rows, orgs, problems);
  }
}
