package io.reportrules.maven.internal;

import io.reportrules.Diagnostic;
import io.reportrules.RuleCompileException;
import io.reportrules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Compiles the rule sets of a request: rule files and folders, then classpath names. */
public final class RuleSetLoader {
  /** The standard rule sets run when a request names none. */
  public static final List<String> STANDARD = List.of("std.indicators", "std.quality");

  /** Rule files that did not compile; the message lists every diagnostic, located. */
  public static final class RuleLoadException extends Exception {
    public RuleLoadException(String message) {
      super(message);
    }
  }

  /** The resource every rule jar ships: the names of its rule sets, one a line. */
  public static final String INDEX = "META-INF/reportrules/index.txt";

  private RuleSetLoader() {}

  /**
   * The rule sets that jars on the class path announce in their {@link #INDEX}, in class path
   * order. Rule jars are found this way rather than by dependency injection, which Maven 3.8's
   * container does not offer for Java 17 components.
   */
  public static List<String> announced(ClassLoader loader) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    try {
      java.util.Enumeration<java.net.URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        try (InputStream in = indexes.nextElement().openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
              names.add(n);
            }
          }
        }
      }
    } catch (IOException e) {
      // an unreadable index announces nothing; naming its sets still works
    }
    return List.copyOf(names);
  }

  /**
   * Compiles rule files (shown in messages relative to {@code baseDir}) and classpath rule sets.
   *
   * @throws RuleLoadException with every diagnostic of every file when any does not compile
   */
  public static List<RuleSet> load(List<Path> files, List<String> names, ClassLoader loader, Path baseDir) throws RuleLoadException {
    Map<String, RuleSet> byName = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path p : expand(files, problems)) {
      try {
        add(byName, RuleSet.load(p, display(baseDir, p)), problems);
      } catch (RuleCompileException e) {
        e.diagnostics().stream().map(Diagnostic::render).forEach(problems::add);
      } catch (IOException e) {
        problems.add(p + ": cannot read rule file: " + e.getMessage());
      }
    }
    for (String name : names) {
      String n = name.trim();
      if (n.isEmpty()) {
        continue;
      }
      if (n.equals("*")) {
        // every rule set the class path announces
        for (String a : announced(loader)) {
          try {
            add(byName, RuleSet.loadResource(a, loader), problems);
          } catch (RuleCompileException e) {
            e.diagnostics().stream().map(Diagnostic::render).forEach(problems::add);
          } catch (IOException e) {
            problems.add(e.getMessage());
          }
        }
        continue;
      }
      try {
        add(byName, RuleSet.loadResource(n, loader), problems);
      } catch (RuleCompileException e) {
        e.diagnostics().stream().map(Diagnostic::render).forEach(problems::add);
      } catch (IOException e) {
        problems.add(e.getMessage() + "; rule sets on the class path: " + String.join(", ", announced(loader)));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleLoadException(String.join("\n", problems));
    }
    return List.copyOf(byName.values());
  }

  static String display(Path baseDir, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = baseDir.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static void add(Map<String, RuleSet> byName, RuleSet rs, List<String> problems) {
    RuleSet old = byName.putIfAbsent(rs.name(), rs);
    if (old != null && !old.sha256().equals(rs.sha256())) {
      problems.add(rs.source() + ": rule set '" + rs.name() + "' is also defined by " + old.source());
    }
  }

  private static List<Path> expand(List<Path> files, List<String> problems) {
    List<Path> out = new ArrayList<>();
    for (Path p : files) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".rules") && Files.isRegularFile(f)).sorted().forEach(out::add);
        } catch (IOException e) {
          problems.add(p + ": cannot list rule files: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        problems.add(p + ": no such rule file or folder");
      }
    }
    return out;
  }
}
