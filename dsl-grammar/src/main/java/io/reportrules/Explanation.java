package io.reportrules;

import java.util.List;

/**
 * How one rule fares on a text: what it found, or how far its closest attempt got.
 *
 * @param rule {@code ruleset/rule}
 * @param facts the rule's facts in the text (after overlaps with the other rules of its set); for a
 *     rule that {@code emit nothing}, its matches as facts without fields (before overlaps)
 * @param violations the check's violations in the text
 * @param furthest UTF-16 offset the furthest attempt reached; -1 when no attempt started
 * @param expected what the attempts at {@code furthest} expected there, in words
 */
public record Explanation(String rule, List<Fact> facts, List<Violation> violations, int furthest, List<String> expected) {
  public Explanation {
    facts = List.copyOf(facts);
    violations = List.copyOf(violations);
    expected = List.copyOf(expected);
  }

  /** A few lines for people: the matches, or where and why the rule stopped. */
  public String render(String text) {
    StringBuilder out = new StringBuilder();
    if (!facts.isEmpty() || !violations.isEmpty()) {
      out.append(rule).append(" matched ").append(facts.size() + violations.size()).append(" time(s):\n");
      for (Fact f : facts) {
        out.append("  [").append(f.start()).append(", ").append(f.end()).append(") ").append(f.text()).append("  ").append(f.fields()).append('\n');
      }
      for (Violation v : violations) {
        out.append("  [").append(v.start()).append(", ").append(v.end()).append(") ").append(v.severity().label()).append(": ").append(v.message()).append('\n');
      }
      return out.toString();
    }
    out.append(rule).append(" did not match.\n");
    if (furthest < 0) {
      return out.append("  No attempt started: the text lacks what every match needs.\n").toString();
    }
    int from = Math.max(0, furthest - 15);
    int to = Math.min(text.length(), furthest + 10);
    out.append("  The closest attempt got to offset ").append(furthest).append(": ")
        .append(text, from, furthest).append("▮").append(text, furthest, to).append('\n');
    out.append("  and expected there: ").append(expected.isEmpty() ? "the end of the match" : String.join(", ", expected)).append('\n');
    return out.toString();
  }
}
