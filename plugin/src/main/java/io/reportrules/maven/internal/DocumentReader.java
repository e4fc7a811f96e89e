package io.reportrules.maven.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a document's text. With no declared encoding: a byte-order mark decides (UTF-8, UTF-16);
 * else strict UTF-8; else GB18030, which covers GBK and GB2312, the encodings such reports come in.
 * A file that is binary or does not decode is an {@link UnreadableDocumentException}.
 */
public final class DocumentReader {
  /** Default largest document, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** A document's decoded text and the encoding it was read with. */
  public record Text(String text, String encoding) {}

  /** Why a document could not be read, in one sentence. */
  public static final class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message) {
      super(message);
    }
  }

  private final Charset declared;
  private final long maxBytes;

  public DocumentReader(Charset declared, long maxBytes) {
    this.declared = declared;
    this.maxBytes = maxBytes;
  }

  public Text read(Path file) throws UnreadableDocumentException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableDocumentException("is " + size + " bytes, over the limit of " + maxBytes + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableDocumentException("cannot be read: " + e.getMessage());
    }
    Charset meta = htmlMetaCharset(file, bytes);
    if (declared == null && meta != null) {
      return new Text(decode(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, meta, meta.name() + " (declared in the page)"), meta.name());
    }
    if (declared != null) {
      return new Text(decode(bytes, 0, declared, "declared encoding " + declared.name()), declared.name());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Text(decode(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Text(decode(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Text(decode(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"), "UTF-16BE");
    }
    if (looksBinary(bytes)) {
      throw new UnreadableDocumentException("looks binary (it contains NUL bytes), not a text document");
    }
    try {
      return new Text(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      Charset gb = Charset.forName("GB18030");
      return new Text(decode(bytes, 0, gb, "UTF-8 or GB18030"), gb.name());
    }
  }

  private static final java.util.regex.Pattern META_CHARSET =
      java.util.regex.Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  /** The charset an HTML page declares in a meta tag within its first 4 KB, or null. */
  private static Charset htmlMetaCharset(Path file, byte[] bytes) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".html") && !name.endsWith(".htm")) {
      return null;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      String cs = m.group(1);
      // pages that say gb2312 are written in its supersets in practice
      return Charset.forName(cs.equalsIgnoreCase("gb2312") || cs.equalsIgnoreCase("gbk") ? "GB18030" : cs);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String decode(byte[] bytes, int offset, Charset cs, String what) throws UnreadableDocumentException {
    try {
      return strict(bytes, offset, cs);
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("does not decode as " + what);
    }
  }

  private static String strict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
