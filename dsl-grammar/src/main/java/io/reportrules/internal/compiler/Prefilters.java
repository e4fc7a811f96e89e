package io.reportrules.internal.compiler;

import io.reportrules.internal.engine.Prefilter;
import io.reportrules.internal.engine.Trie;
import java.util.ArrayList;
import java.util.List;

/** Derives a rule's {@link Prefilter} from its pattern. */
final class Prefilters {
  private Prefilters() {}

  static Prefilter of(PatternNode root) {
    PatternNode core = root instanceof PatternNode.Capture c ? c.body() : root;
    if (core instanceof PatternNode.DocumentFeature f) {
      // the whole pattern is one document feature: run only where the document has it
      return new Prefilter(0, List.of(), false, f.kind());
    }
    Req r = required(root);
    return new Prefilter(r == null ? 0 : r.typeMask, r == null ? List.of() : r.tries, !mayCrossBoundary(root));
  }

  /** Something every match contains: a figure of one of typeMask, or a word of one of tries. */
  private record Req(int typeMask, List<Trie> tries) {}

  private static Req required(PatternNode n) {
    if (n instanceof PatternNode.Typed t) {
      return t.indicator() ? null : new Req(t.typeMask(), List.of());
    }
    if (n instanceof PatternNode.Lexicon l) {
      return new Req(0, List.of(l.trie()));
    }
    if (n instanceof PatternNode.Capture c) {
      return required(c.body());
    }
    if (n instanceof PatternNode.Repeat r) {
      return r.min() >= 1 ? required(r.body()) : null;
    }
    if (n instanceof PatternNode.Seq s) {
      Req best = null;
      for (PatternNode item : s.items()) {
        Req r = required(item);
        // a figure is the cheapest test: prefer it over a word list
        if (r != null && (best == null || (best.typeMask == 0 && r.typeMask != 0))) {
          best = r;
        }
      }
      return best;
    }
    if (n instanceof PatternNode.Alt a) {
      int mask = 0;
      List<Trie> tries = new ArrayList<>();
      for (PatternNode o : a.options()) {
        Req r = required(o);
        if (r == null) {
          return null;
        }
        mask |= r.typeMask;
        tries.addAll(r.tries);
      }
      return new Req(mask, tries);
    }
    return null;
  }

  /** True unless every part of the pattern is known never to consume 。;!? or a line break. */
  private static final io.reportrules.internal.engine.CharPredicate BOUNDARY =
      ch -> ch == '\u3002' || ch == ';' || ch == '!' || ch == '?' || ch == '\n' || ch == '\r';

  private static boolean mayCrossBoundary(PatternNode n) {
    if (n instanceof PatternNode.Char c) {
      for (char b : new char[] {'\u3002', ';', '!', '?', '\n', '\r'}) {
        if (c.predicate().test(b)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof PatternNode.Regex || n instanceof PatternNode.DocumentFeature) {
      return true;
    }
    if (n instanceof PatternNode.Lexicon l) {
      return l.trie().anyChar(BOUNDARY);
    }
    if (n instanceof PatternNode.Capture c) {
      return mayCrossBoundary(c.body());
    }
    if (n instanceof PatternNode.Repeat r) {
      return mayCrossBoundary(r.body());
    }
    if (n instanceof PatternNode.Seq s) {
      return s.items().stream().anyMatch(Prefilters::mayCrossBoundary);
    }
    if (n instanceof PatternNode.Alt a) {
      return a.options().stream().anyMatch(Prefilters::mayCrossBoundary);
    }
    return false;
  }
}
