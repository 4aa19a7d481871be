package io.duoctl.core.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the embedded database of a data directory, commits one audit entry, prints "committed" and
 * waits to be killed.
 */
final class CommitThenWait {
  private CommitThenWait() {}

  public static void main(String[] args) throws IOException {
    Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])));
    db.jdbi()
        .useTransaction(
            h ->
                h.execute(
                    "INSERT INTO audit_event (occurred_at, actor, subject_type, subject_id,"
                        + " action, changes) VALUES (CURRENT_TIMESTAMP, 'a', 'MAPPING', 'x', 'y',"
                        + " '[]')"));
    System.out.println("committed");
    System.out.flush();
    while (System.in.read() != -1) {
      // killed by the test before it closes our stdin
    }
  }
}
