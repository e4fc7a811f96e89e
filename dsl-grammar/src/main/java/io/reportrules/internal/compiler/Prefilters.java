package io.reportrules.internal.compiler;

import io.reportrules.internal.engine.CharPredicate;
import io.reportrules.internal.engine.Prefilter;
import io.reportrules.internal.engine.Prefilter.Need;
import java.util.ArrayList;
import java.util.List;

/** Derives a rule's {@link Prefilter} from its pattern. */
final class Prefilters {
  private Prefilters() {}

  static Prefilter of(PatternNode root) {
    PatternNode core = root instanceof PatternNode.Capture c ? c.body() : root;
    if (core instanceof PatternNode.DocumentFeature f) {
      // the whole pattern is one document feature: run only where the document has it
      return new Prefilter(List.of(), "", f.kind());
    }
    StringBuilder split = new StringBuilder();
    for (char b : Prefilter.BOUNDARIES.toCharArray()) {
      if (!mayConsume(root, b)) {
        split.append(b);
      }
    }
    return new Prefilter(ranked(required(root)), split.toString(), Prefilter.NO_FEATURE);
  }

  /** Things every match contains (all of them), without duplicates. */
  static List<Need> required(PatternNode n) {
    List<Need> out = new ArrayList<>();
    if (n instanceof PatternNode.Typed t) {
      if (!t.indicator() && t.typeMask() != 0) {
        out.add(Need.figure(t.typeMask()));
      }
    } else if (n instanceof PatternNode.Lexicon l) {
      out.add(Need.lexicon(l.trie()));
    } else if (n instanceof PatternNode.Regex r) {
      java.util.BitSet first = io.reportrules.internal.engine.StartSet.firstChars(r.pattern());
      if (first.cardinality() < 0x10000) {
        out.add(Need.anyOf(first));
      }
    } else if (literal(n) != 0) {
      out.add(Need.word(String.valueOf(literal(n))));
    } else if (n instanceof PatternNode.Capture c) {
      out.addAll(required(c.body()));
    } else if (n instanceof PatternNode.Repeat r) {
      if (r.min() >= 1) {
        out.addAll(required(r.body()));
      }
    } else if (n instanceof PatternNode.Seq s) {
      StringBuilder word = new StringBuilder();
      for (PatternNode item : s.items()) {
        char c = literal(item);
        if (c != 0 && io.reportrules.internal.engine.DocumentContext.mayFollowBlanks(c)) {
          // blanks may stand before a clause punctuation mark: the text need not hold "亿元,"
          addWord(out, word);
          word.append(c);
          addWord(out, word);
          continue;
        }
        if (c != 0) {
          word.append(c);
          continue;
        }
        addWord(out, word);
        out.addAll(required(item));
      }
      addWord(out, word);
    } else if (n instanceof PatternNode.Alt a) {
      // what every option needs is needed; failing that, one of the options' best needs is
      List<Need> common = null;
      Need union = null;
      for (PatternNode o : a.options()) {
        List<Need> needs = required(o);
        Need best = best(needs);
        if (best == null) {
          return List.of();
        }
        union = union == null ? best : union.or(best);
        if (common == null) {
          common = new ArrayList<>(needs);
        } else {
          common.retainAll(needs);
        }
      }
      if (common != null && !common.isEmpty()) {
        out.addAll(common);
      } else if (union != null) {
        out.add(union);
      }
    }
    return out.stream().distinct().toList();
  }

  /** The needs, the likely rarest first (the matcher looks them up in that order). */
  static List<Need> ranked(List<Need> needs) {
    List<Need> out = new ArrayList<>(needs);
    out.sort(java.util.Comparator.comparingInt(n -> -rank(n)));
    if (out.size() > 1) {
      // a single character such as , or 、 is in nearly every segment: testing it costs more than it saves
      out.removeIf(n -> n.typeMask() == 0 && n.tries().isEmpty() && n.chars().isEmpty()
          && n.words().stream().allMatch(w -> w.length() == 1));
    }
    return out.isEmpty() ? List.copyOf(needs) : out;
  }

  private static void addWord(List<Need> out, StringBuilder word) {
    if (word.length() > 0) {
      out.add(Need.word(word.toString()));
      word.setLength(0);
    }
  }

  /**
   * The need of a list most likely to be rare: the longest literal word of two or more
   * characters, else a figure type, else a word list, else a single character.
   */
  private static Need best(List<Need> needs) {
    Need best = null;
    for (Need n : needs) {
      if (best == null || rank(n) > rank(best)) {
        best = n;
      }
    }
    return best;
  }

  private static int rank(Need n) {
    int shortest = n.words().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    if (n.typeMask() == 0 && n.tries().isEmpty() && shortest >= 2) {
      return 100 + Math.min(shortest, 50);
    }
    if (n.words().isEmpty() && n.tries().isEmpty()) {
      return 50 - Integer.bitCount(n.typeMask());
    }
    if (n.typeMask() == 0 && n.words().isEmpty() && n.chars().isEmpty()) {
      return 20;
    }
    if (n.typeMask() == 0 && n.words().isEmpty() && n.tries().isEmpty()) {
      return 30 - Math.min(20, n.chars().cardinality()); // a few rare characters: a good filter
    }
    return 0;
  }

  /** The character a node stands for when it is one literal character, else 0. */
  private static char literal(PatternNode n) {
    if (n instanceof PatternNode.Char c && c.predicate() instanceof CharPredicate.Literal l) {
      return l.expected();
    }
    return 0;
  }

  /** False only when no part of the pattern can consume {@code b}. */
  private static boolean mayConsume(PatternNode n, char b) {
    if (n instanceof PatternNode.Char c) {
      return c.predicate().test(b);
    }
    if (n instanceof PatternNode.Regex || n instanceof PatternNode.DocumentFeature) {
      return true;
    }
    if (n instanceof PatternNode.Lexicon l) {
      return l.trie().anyChar(ch -> ch == b);
    }
    if (n instanceof PatternNode.Capture c) {
      return mayConsume(c.body(), b);
    }
    if (n instanceof PatternNode.Repeat r) {
      return mayConsume(r.body(), b);
    }
    if (n instanceof PatternNode.Seq s) {
      return s.items().stream().anyMatch(item -> mayConsume(item, b));
    }
    if (n instanceof PatternNode.Alt a) {
      return a.options().stream().anyMatch(o -> mayConsume(o, b));
    }
    return false;
  }
}
