package io.duoctl.core.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A stored row as read from a stream of rows: its fields, and its data still compressed, so that
 * reading many rows holds one at a time.
 *
 * @param row the row's fields; its {@link JobRow#data()} is null (the data is in {@code data})
 * @param data the action's data with secrets redacted, or null when there is none
 */
public record StoredRow(JobRow row, RowData data) {

  /** The row with its data as a tree: the whole data in memory. */
  public JobRow whole() {
    return data == null ? row : row.withData(data.tree());
  }

  /** Writes the data as the generator's next value (null when there is none), without a tree. */
  public void writeData(JsonGenerator json) throws IOException {
    if (data == null) {
      json.writeNull();
    } else {
      data.copyTo(json);
    }
  }
}
