package io.duoctl.app.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.jobs.JobRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobRowsViewTest {

  private static List<JobRow> rows(int... indexes) {
    return IntStream.of(indexes)
        .mapToObj(
            i ->
                new JobRow(
                    "j1",
                    i,
                    "org-" + i,
                    "Org " + i,
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Duration.ofMillis(5),
                    Instant.EPOCH))
        .toList();
  }

  @Test
  void runningJob_stopsAtTheFirstOrganizationStillRunning_andPollsFromThere() {
    JobRowsView page = JobRowsView.of("j1", 1, rows(2, 3, 5, 6), 100, true);

    assertThat(page.rows()).extracting(JobRowsView.Row::index).containsExactly(2, 3);
    assertThat(page.next()).isEqualTo(JobRowsView.Next.POLL);
    assertThat(page.nextUrl()).isEqualTo("/console/jobs/j1/rows?after=3");
  }

  @Test
  void runningJob_withNothingNewAfterTheLastRowShown_pollsFromTheSameRow() {
    JobRowsView page = JobRowsView.of("j1", 3, rows(5), 100, true);

    assertThat(page.rows()).isEmpty();
    assertThat(page.nextUrl()).isEqualTo("/console/jobs/j1/rows?after=3");
  }

  @Test
  void endedJob_showsAPage_andOffersMoreOnlyWhenMoreFollow() {
    JobRowsView full = JobRowsView.of("j1", -1, rows(0, 1, 2), 2, false);
    JobRowsView last = JobRowsView.of("j1", 1, rows(2), 2, false);

    assertThat(full.rows()).extracting(JobRowsView.Row::index).containsExactly(0, 1);
    assertThat(full.next()).isEqualTo(JobRowsView.Next.MORE);
    assertThat(last.rows()).extracting(JobRowsView.Row::index).containsExactly(2);
    assertThat(last.next()).isEqualTo(JobRowsView.Next.NONE);
  }
}
