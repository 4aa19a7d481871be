package io.duoctl.core.db;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the embedded database of a data directory and holds it until its stdin closes. */
final class HoldDatabase {
  private HoldDatabase() {}

  public static void main(String[] args) throws IOException {
    try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
      db.jdbi().useHandle(h -> h.execute("SELECT 1"));
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() != -1) {
        // held open until the test closes our stdin
      }
    }
  }
}
