package io.reportrules.internal.engine;

/**
 * What a named capture holds. {@code typeMask} is non-zero when every alternative of the capture
 * is a typed figure, so its value is that figure; {@code indicator} when it is an INDICATOR run.
 */
public record CaptureInfo(String name, int typeMask, boolean indicator) {}
