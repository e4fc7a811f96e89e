package io.reportrules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A typed fact a rule found in a document.
 *
 * @param rule {@code ruleset/rule}, e.g. {@code std.indicators/amount-with-change}
 * @param start UTF-16 offset of the first character of the fact in the document text
 * @param end UTF-16 offset just past the fact (exclusive)
 * @param text the document text between start and end
 * @param fields what the rule emits, in emit order; values are null, String, Number, Boolean or
 *     nested maps with the same kinds of values
 */
public record Fact(String rule, int start, int end, String text, Map<String, Object> fields) {

  public Fact {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
