package io.duoctl.app.console.schedules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cron expression in words, for the common shapes only (every N seconds or minutes, hourly, daily
 * or on weekdays at a time, monthly on a day); anything else is left to the expression itself.
 */
final class CronWords {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private static final Pattern STEP = Pattern.compile("(?:0|\\*)/(\\d{1,2})");

  private CronWords() {}

  /** The expression in words, or null when it is not one of the shapes this knows. */
  static String of(String expression) {
    String[] written = expression.strip().split("\\s+");
    if (written.length != 5 && written.length != 6) {
      return null;
    }
    String[] f = written.length == 6 ? written : prepend("0", written);
    String second = f[0];
    String minute = f[1];
    String hour = f[2];
    String day = f[3];
    String month = f[4];
    String weekday = f[5];
    if (!month.equals("*")) {
      return null;
    }
    if (minute.equals("*") && hour.equals("*") && day.equals("*") && weekday.equals("*")) {
      return everySecond(second);
    }
    if (!second.equals("0")) {
      return null;
    }
    if (hour.equals("*") && day.equals("*") && weekday.equals("*")) {
      return everyMinute(minute);
    }
    if (!NUMBER.matcher(minute).matches() || !NUMBER.matcher(hour).matches()) {
      return null;
    }
    String at = String.format("at %02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute));
    if (day.equals("*")) {
      return switch (weekday) {
        case "*" -> "every day " + at;
        case "MON-FRI", "1-5" -> "Monday to Friday " + at;
        default -> null;
      };
    }
    return NUMBER.matcher(day).matches() && weekday.equals("*")
        ? "on day " + Integer.parseInt(day) + " of every month " + at
        : null;
  }

  private static String everySecond(String second) {
    if (second.equals("*")) {
      return "every second";
    }
    Matcher step = STEP.matcher(second);
    if (step.matches()) {
      return every(step.group(1), "second");
    }
    return NUMBER.matcher(second).matches()
        ? "every minute, at second " + Integer.parseInt(second)
        : null;
  }

  private static String everyMinute(String minute) {
    if (minute.equals("*")) {
      return "every minute";
    }
    Matcher step = STEP.matcher(minute);
    if (step.matches()) {
      return every(step.group(1), "minute");
    }
    return NUMBER.matcher(minute).matches()
        ? "every hour, at minute " + Integer.parseInt(minute)
        : null;
  }

  private static String every(String count, String unit) {
    int n = Integer.parseInt(count);
    return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
