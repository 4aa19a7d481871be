package io.duoctl.app.console.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronWordsTest {

  @Test
  void commonShapes_readAsWords() {
    assertThat(CronWords.of("0/2 * * * * *")).isEqualTo("every 2 seconds");
    assertThat(CronWords.of("*/15 * * * *")).isEqualTo("every 15 minutes");
    assertThat(CronWords.of("5 * * * *")).isEqualTo("every hour, at minute 5");
    assertThat(CronWords.of("0 7 * * MON-FRI")).isEqualTo("Monday to Friday at 07:00");
    assertThat(CronWords.of("30 18 * * *")).isEqualTo("every day at 18:30");
    assertThat(CronWords.of("0 0 6 1 * *")).isEqualTo("on day 1 of every month at 06:00");
  }

  @Test
  void otherShapes_areLeftToTheExpression() {
    assertThat(CronWords.of("0 7 * 1 MON")).isNull();
    assertThat(CronWords.of("0 7,19 * * *")).isNull();
    assertThat(CronWords.of("15 0 7 * * *")).isNull();
    assertThat(CronWords.of("* *")).isNull();
  }
}
