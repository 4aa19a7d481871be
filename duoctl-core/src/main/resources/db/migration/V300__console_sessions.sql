-- Console sessions, shared by every node on the database so a restart or another node behind the
-- load balancer keeps operators signed in. Portable across H2 2.x and PostgreSQL 14+. The session
-- id lives only in the browser's cookie; the table keeps its SHA-256 (hex). A session before
-- sign-in has no operator (it still carries the CSRF token of the sign-in form).

CREATE TABLE console_session (
  id_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
  csrf_token   VARCHAR(64) NOT NULL,
  operator_id  VARCHAR(36),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT console_session_operator FOREIGN KEY (operator_id)
    REFERENCES console_operator (id) ON DELETE CASCADE
);

CREATE INDEX console_session_operator_id ON console_session (operator_id);
CREATE INDEX console_session_last_seen ON console_session (last_seen_at);
CREATE INDEX console_session_created ON console_session (created_at);
