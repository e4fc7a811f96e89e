package io.reportrules.report;

import java.util.Map;

/** A fact in the report: {@code rule} is {@code ruleset/rule}; fields are what the rule emits. */
public record FactEntry(String rule, Span span, String text, Map<String, Object> fields) {}
