package io.reportrules.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a span of extracted text stands in the original source file, for documents whose text is
 * extracted from markup (HTML): 1-based line and UTF-16 column in the source, and the CSS path of
 * the block that holds the text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourcePosition(int line, int column, String cssPath) {}
