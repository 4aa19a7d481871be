package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ConfigurationUpdate;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit page's filters and paging, over plain HTTP. */
@Tag("slow")
class AuditPageTest {
  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;

  @BeforeEach
  void start() {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("alice", ApiScope.READ);
    for (int i = 0; i < 55; i++) {
      console.app.settings().save(ConfigurationUpdate.named("config-" + i), "cli:bob");
    }
    console.app.settings().save(ConfigurationUpdate.named("by-carol"), "console:carol");
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void audit_pagesFiftyEntriesNewestFirst() {
    HttpResponse<String> first = console.get("/console/audit", "Cookie", cookie);
    HttpResponse<String> second = console.get("/console/audit?page=1", "Cookie", cookie);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Entries 1–50 of ").contains("Older →");
    assertThat(first.body().indexOf("by-carol")).isLessThan(first.body().indexOf("config-54"));
    assertThat(first.body()).doesNotContain("config-0<");
    assertThat(second.body()).contains("Entries 51–").contains("config-0").contains("← Newer");
  }

  @Test
  void audit_filtersByActorAndAction() {
    HttpResponse<String> carol =
        console.get("/console/audit?actor=console:carol&action=created", "Cookie", cookie);
    HttpResponse<String> nobody =
        console.get("/console/audit?actor=console:carol&action=deleted", "Cookie", cookie);

    assertThat(carol.body()).contains("Entries 1–1 of 1").contains("by-carol");
    assertThat(nobody.body()).contains("No entries match.");
  }

  @Test
  void audit_byAWorkflowRunThatRanNoAction_findsNothing_andKeepsTheFilter() {
    HttpResponse<String> run =
        console.get("/console/audit?run=0b9c5f7e-no-such-run&actor=cli:bob", "Cookie", cookie);

    assertThat(run.body())
        .contains("No entries match.")
        .contains("id=\"run\" name=\"run\" type=\"text\" value=\"0b9c5f7e-no-such-run\"");
  }

  @Test
  void audit_futureDayFindsNothing_badRangeIsExplained() {
    HttpResponse<String> future = console.get("/console/audit?from=2999-01-01", "Cookie", cookie);
    HttpResponse<String> swapped =
        console.get("/console/audit?from=2026-11-28&to=2026-11-01", "Cookie", cookie);

    assertThat(future.body()).contains("No entries match.");
    assertThat(swapped.statusCode()).isEqualTo(422);
    assertThat(swapped.body()).contains("The \"to\" day is before the \"from\" day");
  }
}
