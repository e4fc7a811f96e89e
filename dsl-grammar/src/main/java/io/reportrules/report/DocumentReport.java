package io.reportrules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One document of the corpus. {@code path} is relative to its documents root with '/'
 * separators; {@code chars} counts UTF-16 units of the decoded text. A document that could not be
 * read has no facts and carries {@code error}, a sentence saying why.
 */
public record DocumentReport(
    String path,
    String encoding,
    int chars,
    List<FactEntry> facts,
    List<ViolationEntry> violations,
    @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

  public DocumentReport {
    facts = List.copyOf(facts);
    violations = List.copyOf(violations);
  }

  public static DocumentReport unreadable(String path, String error) {
    return new DocumentReport(path, null, 0, List.of(), List.of(), error);
  }
}
