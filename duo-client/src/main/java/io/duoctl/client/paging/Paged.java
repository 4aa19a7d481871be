package io.duoctl.client.paging;

import io.duoctl.client.http.Params;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily paged Duo list. Iterating fetches the first page, then the next one only when the
 * current one is used up, re-sending the original parameters plus the page's cursor. Each iteration
 * starts again from the first page. Not thread-safe while iterating.
 */
public final class Paged<T> implements Iterable<T> {

  private final Function<Params, Page<T>> fetch;

  /**
   * @param fetch fetches the page for the given cursor parameters (empty for the first page)
   */
  public Paged(Function<Params, Page<T>> fetch) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  /** The first page only. */
  public Page<T> firstPage() {
    return fetch.apply(Params.of());
  }

  /** The page after {@code page}. */
  public Page<T> nextPage(Page<T> page) {
    return fetch.apply(page.next().orElseThrow(() -> new NoSuchElementException("last page")));
  }

  /** Every item of every page, fetched now. */
  public List<T> all() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return List.copyOf(all);
  }

  /** A sequential stream that fetches pages as it is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The pages themselves, fetched one at a time. */
  public Iterator<Page<T>> pages() {
    return new Iterator<>() {
      private Page<T> current;

      @Override
      public boolean hasNext() {
        return current == null || current.hasNext();
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        current = current == null ? firstPage() : nextPage(current);
        return current;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages();
    return new Iterator<>() {
      private Iterator<T> items = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && pages.hasNext()) {
          items = pages.next().items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }
}
