package io.reportrules.report;

/** A check's finding in the report; severity is error, warning or info. */
public record ViolationEntry(String rule, String severity, String message, Span span, String text) {}
