package io.reportrules.internal.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the files a rule file refers to (imports, lexicon word lists) relative to where the rule
 * file came from: a file path, or {@code classpath:} and a resource path.
 */
final class Sources {
  static final String CLASSPATH = "classpath:";

  /** A file that was found: its name for messages and its text. */
  record Found(String source, String text) {}

  private Sources() {}

  /** {@code ref} relative to the folder of {@code from}; null when there is no such file. */
  static Found sibling(String from, String ref) throws IOException {
    if (from.startsWith(CLASSPATH)) {
      String base = from.substring(CLASSPATH.length());
      int slash = base.lastIndexOf('/');
      String path = normalize((slash < 0 ? "" : base.substring(0, slash + 1)) + ref);
      return resource(path);
    }
    Path base = Path.of(from).toAbsolutePath().getParent();
    Path file = base == null ? Path.of(ref) : base.resolve(ref);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return new Found(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** A classpath resource, or null. */
  static Found resource(String path) throws IOException {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    InputStream in = cl == null ? null : cl.getResourceAsStream(path);
    if (in == null) {
      in = Sources.class.getClassLoader().getResourceAsStream(path);
    }
    if (in == null) {
      return null;
    }
    try (InputStream s = in) {
      return new Found(CLASSPATH + path, new String(s.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String normalize(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.equals("..") && !parts.isEmpty()) {
        parts.removeLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
