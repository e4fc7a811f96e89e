package io.reportrules.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportrules.report.DocumentReport;
import io.reportrules.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results of earlier runs, so that a rerun extracts only documents that changed. The cache is
 * valid for one key: the plugin version, the rule sets' content and the configuration; a document
 * is reused when its bytes hash the same. A cache that cannot be read is ignored, never an error.
 */
public final class DocumentCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the cache file holds. */
  public record Stored(String key, Map<String, Entry> documents) {}

  /** One document's bytes hash and its report. */
  public record Entry(String hash, DocumentReport report) {}

  private final Path file;
  private final String key;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();

  private DocumentCache(Path file, String key, Map<String, Entry> previous) {
    this.file = file;
    this.key = key;
    this.previous = previous;
  }

  /** Opens the cache in {@code file} for {@code key}; entries of another key are dropped. */
  public static DocumentCache open(Path file, String key) {
    Map<String, Entry> previous = Map.of();
    if (Files.isRegularFile(file)) {
      try {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        if (key.equals(stored.key()) && stored.documents() != null) {
          previous = stored.documents();
        }
      } catch (IOException | RuntimeException unreadable) {
        // an old or damaged cache only costs a full run
      }
    }
    return new DocumentCache(file, key, previous);
  }

  /** The cached report of a document whose bytes hash to {@code hash}, or null. */
  public DocumentReport lookup(String path, String hash) {
    Entry e = previous.get(path);
    if (e != null && e.hash().equals(hash)) {
      next.put(path, e);
      return e.report();
    }
    return null;
  }

  public void put(String path, String hash, DocumentReport report) {
    next.put(path, new Entry(hash, report));
  }

  /** True when the previous run had results for this configuration. */
  public boolean warm() {
    return !previous.isEmpty();
  }

  /** Writes the entries of this run (documents that are gone drop out). */
  public void save() throws IOException {
    ReportWriter.writeAtomically(file, out -> JSON.writeValue(out, new Stored(key, new TreeMap<>(next))));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
