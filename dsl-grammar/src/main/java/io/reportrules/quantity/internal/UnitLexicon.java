package io.reportrules.quantity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The units of MEASURE figures, from a tab-separated data file: written unit, base unit,
 * multiplier. Matching takes the longest written unit at a position.
 */
public final class UnitLexicon {
  /** One unit: written form, the base unit and the factor from written to base. */
  public record Unit(String written, String base, BigDecimal factor) {}

  private final Map<String, Unit> units = new HashMap<>();
  /** Per first character, the longest unit starting with it (0: none): the lengths worth trying. */
  private final byte[] longestFrom = new byte[0x10000];

  public static UnitLexicon standard() {
    UnitLexicon lex = new UnitLexicon();
    try (InputStream in = UnitLexicon.class.getResourceAsStream("/io/reportrules/quantity/units.txt")) {
      if (in == null) {
        throw new IllegalStateException("units.txt is missing from the classpath");
      }
      lex.load(new InputStreamReader(in, StandardCharsets.UTF_8), "units.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  /** Adds units from a reader in the units.txt format; a bad line is an error naming source:line. */
  public UnitLexicon load(Reader reader, String source) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] cols = t.split("\t");
      if (cols.length != 3) {
        throw new IOException(source + ":" + n + ": expected 'unit<TAB>base unit<TAB>multiplier', found '" + t + "'");
      }
      try {
        add(new Unit(cols[0], cols[1], new BigDecimal(cols[2])));
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + n + ": multiplier '" + cols[2] + "' is not a number");
      }
    }
    return this;
  }

  public void add(Unit u) {
    units.put(u.written(), u);
    char first = u.written().charAt(0);
    longestFrom[first] = (byte) Math.max(longestFrom[first], Math.min(u.written().length(), 127));
  }

  /** The longest unit written at {@code from}, or null. */
  public Unit match(char[] text, int from) {
    if (from >= text.length || longestFrom[text[from]] == 0) {
      return null; // most characters after a number start no unit: no string built
    }
    for (int len = Math.min(longestFrom[text[from]], text.length - from); len >= 1; len--) {
      Unit u = units.get(new String(text, from, len));
      if (u != null) {
        return u;
      }
    }
    return null;
  }
}
