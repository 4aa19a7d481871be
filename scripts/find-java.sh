# Sourced by ./duoctl and the bench scripts: defines find_java, which prints the path of a Java
# runtime of at least $min_java (default 21): $JAVA_HOME, then `java` on PATH, then the newest
# under /usr/lib/jvm. Prints nothing and returns 1 when there is none.

: "${min_java:=21}"

# The major version from the runtime's `release` file (no JVM start); asks the JVM when it has none.
java_major() {
  local release major=""
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$release" ]; then
    major="$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1)"
  fi
  if [ -z "$major" ]; then
    major="$("$1" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)"
  fi
  echo "$major"
}

java_usable() {
  [ -x "$1" ] || return 1
  local major
  major="$(java_major "$1")"
  [ -n "$major" ] && [ "$major" -ge "$min_java" ]
}

find_java() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && java_usable "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME/bin/java"; return 0
  fi
  if candidate="$(command -v java 2>/dev/null)" && java_usable "$candidate"; then
    echo "$candidate"; return 0
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge "$min_java" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}
