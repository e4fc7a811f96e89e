package io.reportrules.internal.compiler;

import io.reportrules.internal.engine.Program;
import java.util.List;

/** Thompson construction of a {@link Program} from a {@link PatternNode}. */
final class Codegen {
  private static final io.reportrules.internal.engine.CharPredicate INDICATOR_CHAR =
      io.reportrules.internal.engine.DocumentContext.INDICATOR_CHAR;

  private final Program.Builder b = new Program.Builder();

  static Program generate(PatternNode root, int captureCount) {
    Codegen g = new Codegen();
    g.emit(root);
    g.b.emit(Program.MATCH, 0, 0, null);
    return g.b.build(captureCount);
  }

  private void emit(PatternNode n) {
    if (n instanceof PatternNode.Char c) {
      b.emit(Program.CHAR, 0, 0, c.predicate(), c.display().length() == 1 ? "'" + c.display() + "'" : c.display());
    } else if (n instanceof PatternNode.Typed t && t.indicator()) {
      // INDICATOR = one or more indicator characters, as a loop so that threads merge per position
      int loop = b.emit(Program.CHAR, 0, 0, INDICATOR_CHAR, "INDICATOR (a noun phrase)");
      b.emit(Program.SPLIT, loop, b.next() + 1, null);
    } else if (n instanceof PatternNode.Typed t) {
      b.emit(Program.TOKEN, t.typeMask(), 0, null, "a figure " + t.display());
    } else if (n instanceof PatternNode.Anchor an) {
      b.emit(Program.ANCHOR, an.kind(), 0, null);
    } else if (n instanceof PatternNode.DocumentFeature f) {
      b.emit(Program.DOCUMENT_FEATURE, f.kind(), 0, null, "a document feature");
    } else if (n instanceof PatternNode.Gap g) {
      b.emit(Program.GAP, g.min(), g.max(), null, "a gap …{" + g.min() + "," + g.max() + "}");
    } else if (n instanceof PatternNode.Lexicon l) {
      b.emit(Program.LEXICON, 0, 0, l.trie(), "a word of @" + l.name());
    } else if (n instanceof PatternNode.Regex r) {
      b.emit(Program.REGEX, 0, 0, r.pattern(), "/" + r.pattern().pattern() + "/");
    } else if (n instanceof PatternNode.NotLexicon nl) {
      b.emit(Program.NOT_LEXICON, nl.before() ? 1 : 0, 0, nl.trie());
    } else if (n instanceof PatternNode.Seq s) {
      s.items().forEach(this::emit);
    } else if (n instanceof PatternNode.Capture c) {
      b.emit(Program.SAVE, 2 * c.index(), 0, null);
      emit(c.body());
      b.emit(Program.SAVE, 2 * c.index() + 1, 0, null);
    } else if (n instanceof PatternNode.Alt a) {
      emitAlt(a, 0);
    } else if (n instanceof PatternNode.Repeat r) {
      emitRepeat(r);
    } else {
      throw new IllegalStateException(n.toString());
    }
  }

  private void emitAlt(PatternNode.Alt a, int i) {
    if (i == 0 && a.mapped().stream().allMatch(java.util.Objects::isNull)
        && a.options().stream().allMatch(o -> o instanceof PatternNode.Typed t && !t.indicator())) {
      // (PERCENT | POINTS | MULTIPLE): one instruction that takes a figure of any of the types
      int mask = 0;
      List<String> names = new java.util.ArrayList<>();
      for (PatternNode o : a.options()) {
        mask |= ((PatternNode.Typed) o).typeMask();
        names.add(((PatternNode.Typed) o).display());
      }
      b.emit(Program.TOKEN, mask, 0, null, "a figure " + String.join(" | ", names));
      return;
    }
    if (i == a.options().size() - 1) {
      emitOption(a, i);
      return;
    }
    int split = b.emit(Program.SPLIT, 0, 0, null);
    b.patchA(split, b.next());
    emitOption(a, i);
    int jmp = b.emit(Program.JMP, 0, 0, null);
    b.patchB(split, b.next());
    emitAlt(a, i + 1);
    b.patchA(jmp, b.next());
  }

  private void emitOption(PatternNode.Alt a, int i) {
    emit(a.options().get(i));
    Object value = a.mapped().get(i);
    if (value != null) {
      b.emit(Program.SETVAL, a.mapCapture(), 0, value);
    }
  }

  private void emitRepeat(PatternNode.Repeat r) {
    for (int i = 0; i < r.min(); i++) {
      emit(r.body());
    }
    if (r.max() < 0) {
      int split = b.emit(Program.SPLIT, 0, 0, null);
      b.patchA(split, b.next());
      emit(r.body());
      b.emit(Program.JMP, split, 0, null);
      b.patchB(split, b.next());
      return;
    }
    int optional = r.max() - r.min();
    int[] splits = new int[optional];
    for (int i = 0; i < optional; i++) {
      splits[i] = b.emit(Program.SPLIT, 0, 0, null);
      b.patchA(splits[i], b.next());
      emit(r.body());
    }
    for (int s : splits) {
      b.patchB(s, b.next());
    }
  }
}
