package io.reportrules.internal.engine;

import java.util.List;

/** How tests of the readers of broken text show what they cut: the characters around each cut. */
final class Cuts {
  private Cuts() {}

  /** Each cut [from, to) as the {@code width} characters before it, "|", the {@code width} after it. */
  static List<String> around(String text, List<int[]> cuts, int width) {
    return cuts.stream()
        .map(c -> text.substring(c[0] - width, c[0]) + "|" + text.substring(c[1], c[1] + width))
        .toList();
  }
}
