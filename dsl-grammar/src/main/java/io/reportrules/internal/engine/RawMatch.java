package io.reportrules.internal.engine;

/**
 * One match of a program: its span and capture registers. {@code caps[2k]}/{@code caps[2k+1]} are
 * the start/end of capture k (-1 when unbound); {@code vals[k]} is the constant a mapped
 * alternative gave capture k, or null.
 */
public record RawMatch(int start, int end, int[] caps, Object[] vals) {
  public int captureStart(int k) {
    return caps[2 * k];
  }

  public int captureEnd(int k) {
    return caps[2 * k + 1];
  }

  public boolean bound(int k) {
    return caps[2 * k] >= 0 && caps[2 * k + 1] >= caps[2 * k];
  }
}
