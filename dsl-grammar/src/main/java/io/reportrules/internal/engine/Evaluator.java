package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.internal.Blanks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a match into field values: resolves captures, then evaluates the emit expressions. */
public final class Evaluator {

  /** A value with the span it came from ({@code start < 0} for computed values). */
  public record Val(Object value, int start, int end, String text) {
    static final Val NULL = new Val(null, -1, -1, null);
  }

  /** Where a match is: its document and span, for kind() and text(). */
  public record Scope(DocumentContext doc, int start, int end) {}

  private final List<CaptureInfo> captures;

  public Evaluator(List<CaptureInfo> captures) {
    this.captures = captures;
  }

  /** The value of capture k in a match: mapped constant, figure, trimmed indicator or text. */
  public Val capture(RawMatch m, int k, DocumentContext doc) {
    if (m.vals()[k] != null) {
      int s = m.captureStart(k);
      // an element after blanks: the capture's text starts where the element does
      s = s < 0 ? s : Blanks.past(doc.folded(), s, m.captureEnd(k));
      return new Val(m.vals()[k], s, m.captureEnd(k), s < 0 ? null : doc.text().substring(s, m.captureEnd(k)));
    }
    if (!m.bound(k)) {
      return Val.NULL;
    }
    int s = m.captureStart(k);
    int e = m.captureEnd(k);
    CaptureInfo info = captures.get(k);
    String text = doc.text().substring(s, e);
    if (info.indicator()) {
      int[] t = doc.trimmedIndicator(s, e);
      String trimmed = doc.text().substring(t[0], t[1]);
      // the trimmer's words are simplified: 分別 names nothing as 分别 does
      boolean nothing = IndicatorTrimmer.namesNothing(doc.foldedText().substring(t[0], t[1]));
      return new Val(nothing ? null : trimmed, t[0], t[1], trimmed);
    }
    if (info.typeMask() != 0) {
      // a figure element may have passed over blanks before its figure
      int fs = Blanks.past(doc.folded(), s, e);
      Quantity q = doc.tokenAt(fs, e, info.typeMask());
      if (q != null) {
        return new Val(QuantityValue.of(q), fs, e, doc.text().substring(fs, e));
      }
    }
    int ts = Blanks.past(doc.folded(), s, e);
    return ts == s ? new Val(text, s, e, text) : new Val(text.substring(ts - s), ts, e, text.substring(ts - s));
  }

  /** Evaluates an expression; field paths index into figure maps ({@code value.base}). */
  public Object eval(Expr expr, RawMatch m, Scope scope) {
    return evalVal(expr, m, scope).value();
  }

  private Val evalVal(Expr expr, RawMatch m, Scope scope) {
    if (expr instanceof Expr.Const c) {
      return new Val(c.value(), -1, -1, null);
    }
    if (expr instanceof Expr.Arith a) {
      return new Val(a.apply(evalVal(a.left(), m, scope).value(), evalVal(a.right(), m, scope).value()), -1, -1, null);
    }
    if (expr instanceof Expr.CaptureRef r) {
        Val v = capture(m, r.index(), scope.doc());
        Object value = v.value();
        for (String field : r.path()) {
          value = value instanceof QuantityValue q ? q.field(field) : null;
        }
        return r.path().isEmpty() ? v : new Val(value, v.start(), v.end(), v.text());
    }
    {
        Expr.Call c = (Expr.Call) expr;
        List<Val> args = new java.util.ArrayList<>(c.args().size());
        for (Expr a : c.args()) {
          args.add(evalVal(a, m, scope));
        }
        if (c.function().equals("either")) {
          // keeps the chosen argument's span, so signed(rate, either(d2, dir)) still finds the word
          for (Val v : args) {
            if (v.value() != null) {
              return v;
            }
          }
          return Val.NULL;
        }
        return new Val(Functions.call(c.function(), args, scope), -1, -1, null);
    }
  }

  /** Converts figure values to report-format maps, recursively. */
  public static Object toJson(Object value) {
    if (value instanceof QuantityValue q) {
      return q.toMap();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
      return out;
    }
    return value;
  }
}
