package io.reportrules.report;

/** The tool that wrote the report. */
public record ToolEntry(String name, String version) {}
