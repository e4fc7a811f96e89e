package io.reportrules.maven.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the documents under a root that match Ant-style include/exclude globs, in path order.
 * Globbing is the JDK's {@link PathMatcher}; {@code **}{@code /} also matches zero folders, as in Ant.
 */
public final class DocumentFinder {
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  public DocumentFinder(List<String> includes, List<String> excludes) {
    this.includes = matchers(includes);
    this.excludes = matchers(excludes);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      String glob = g.trim().replace('\\', '/');
      if (glob.isEmpty()) {
        continue;
      }
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return out;
  }

  /** Regular files under {@code root} (relative paths) that an include matches and no exclude does. */
  public List<Path> find(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(p -> includes.stream().anyMatch(m -> m.matches(p)))
          .filter(p -> excludes.stream().noneMatch(m -> m.matches(p)))
          .sorted()
          .toList();
    }
  }
}
