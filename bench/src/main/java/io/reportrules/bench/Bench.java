package io.reportrules.bench;

import io.reportrules.Extractor;
import io.reportrules.RuleSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Throughput of the std rule sets on a corpus repeated in memory to a size, single-threaded after
 * warm-up, against one hand-written java.util.regex pattern for the amount + growth family. The
 * two run document by document in turn, each timed on its own, so that a machine whose speed
 * drifts during the run (a shared VM) weighs on both alike.
 * Prints MB/s of UTF-8 input for both, peak heap, and last
 * {@code throughput engine=<MB/s> regex=<MB/s> ratio=<engine/regex>}.
 *
 * <p>Usage: {@code Bench [folder] [megabytes]}.
 */
public final class Bench {
  /** The baseline: indicator, amount in 元 with 万/亿, optional 增长/下降 percent. */
  static final Pattern BASELINE = Pattern.compile(
      "([\\u4e00-\\u9fa5“”]{2,20}?)(\\d+(?:\\.\\d+)?)(万|亿)?元(?:[,,]?(?:同比|比上年)?(增长|下降)(\\d+(?:\\.\\d+)?)%)?");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/sample-corpus/src/main/reports");
    int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    if (!Files.isDirectory(folder)) {
      System.err.println("not a folder: " + folder.toAbsolutePath().normalize()
          + " (relative paths are read from the project root)");
      System.exit(2);
    }
    List<String> docs = read(folder);
    if (docs.isEmpty()) {
      System.err.println("no .txt or .md documents under " + folder);
      System.exit(2);
    }
    long unit = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    long target = megabytes * 1_000_000L;
    List<String> corpus = new ArrayList<>();
    long bytes = 0;
    while (bytes < target) {
      corpus.addAll(docs);
      bytes += unit;
    }
    ClassLoader cl = Bench.class.getClassLoader();
    List<RuleSet> sets = new ArrayList<>();
    for (String name : List.of("std.indicators", "std.quality", "std.quantities")) {
      sets.add(RuleSet.loadResource(name, cl));
    }
    Extractor extractor = new Extractor(sets);
    System.out.printf(Locale.ROOT, "corpus %s: %d documents, %d bytes, repeated to %d documents, %.1f MB%n",
        folder, docs.size(), unit, corpus.size(), bytes / 1e6);
    System.out.println("rule sets: " + sets.stream().map(RuleSet::name).toList());

    // warm-up: 20 MB (-Dbench.warmup=<bytes>) through both, so the JIT has compiled the hot
    // paths of every rule; with a few MB only, the engine's many code paths are still warming up
    long warm = 0;
    for (int i = 0; warm < Long.getLong("bench.warmup", 20_000_000L); i = (i + 1) % corpus.size()) {
      extractor.extract(corpus.get(i));
      regex(corpus.get(i));
      warm += corpus.get(i).length() * 3L;
    }

    // interleaved document by document, so that a noisy machine (a shared VM) slows both alike
    long facts = 0;
    long hits = 0;
    long engineNanos = 0;
    long regexNanos = 0;
    for (String d : corpus) {
      long t0 = System.nanoTime();
      facts += extractor.extract(d).facts().size();
      long t1 = System.nanoTime();
      hits += regex(d);
      long t2 = System.nanoTime();
      engineNanos += t1 - t0;
      regexNanos += t2 - t1;
    }
    double engineSeconds = engineNanos / 1e9;
    double regexSeconds = regexNanos / 1e9;

    double engine = bytes / 1e6 / engineSeconds;
    double regex = bytes / 1e6 / regexSeconds;
    System.out.printf(Locale.ROOT, "engine: %.2f s, %d facts, %.2f MB/s%n", engineSeconds, facts, engine);
    System.out.printf(Locale.ROOT, "regex:  %.2f s, %d matches, %.2f MB/s%n", regexSeconds, hits, regex);
    System.out.printf(Locale.ROOT, "peak heap: %.1f MB%n", peakHeap() / 1e6);
    System.out.printf(Locale.ROOT, "throughput engine=%.2f regex=%.2f ratio=%.2f%n", engine, regex, engine / regex);
  }

  static int regex(String text) {
    Matcher m = BASELINE.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static List<String> read(Path folder) throws IOException {
    List<String> docs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
        docs.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return docs;
  }
}
