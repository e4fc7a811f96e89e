package io.reportrules.internal.engine;

import java.util.Map;

/**
 * Zero-width anchors of the rule language. A clause ends at 。;!?,, or a line break, a sentence at
 * 。!? or a line break, a line at a line break; blanks next to the boundary are skipped, so
 * {@code CLAUSE_START 全年} matches "; 全年". The start and end of the text count as every boundary.
 * {@code NAME_START} holds where no character an INDICATOR may hold stands just before: a list's
 * first name starts there, not inside another name ("固定资产投资" has no name start at 资).
 * {@code ROW_START} holds where the name of a statistical table's row starts (see {@link Tables}).
 */
public final class Anchors {
  public static final int CLAUSE_START = 0;
  public static final int CLAUSE_END = 1;
  public static final int SENTENCE_START = 2;
  public static final int SENTENCE_END = 3;
  public static final int LINE_START = 4;
  public static final int LINE_END = 5;
  public static final int NAME_START = 6;
  public static final int ROW_START = 7;

  /** Name in rules → kind. */
  public static final Map<String, Integer> KINDS = Map.of(
      "CLAUSE_START", CLAUSE_START, "CLAUSE_END", CLAUSE_END,
      "SENTENCE_START", SENTENCE_START, "SENTENCE_END", SENTENCE_END,
      "LINE_START", LINE_START, "LINE_END", LINE_END, "NAME_START", NAME_START, "ROW_START", ROW_START);

  private Anchors() {}

  /** True when the anchor holds at position p of the document's (folded) text. */
  static boolean holds(int kind, DocumentContext doc, char[] text, int p) {
    if (kind == ROW_START) {
      return doc.rowStartAt(p);
    }
    if (kind == NAME_START) {
      return p == 0 || !doc.indicatorAt(p - 1);
    }
    boolean start = kind % 2 == 0;
    int level = kind / 2;
    if (start) {
      int i = p - 1;
      while (i >= 0 && isBlank(text[i])) {
        i--;
      }
      return i < 0 || isBoundary(level, text[i]);
    }
    int i = p;
    while (i < text.length && isBlank(text[i])) {
      i++;
    }
    return i >= text.length || isBoundary(level, text[i]);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  private static boolean isBoundary(int level, char c) {
    if (c == '\n') {
      return true;
    }
    if (level == 2) {
      return false;
    }
    boolean sentence = c == '\u3002' || c == '!' || c == '?';
    return level == 1 ? sentence : sentence || c == ';' || c == ',';
  }
}
