package org.kaname.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * The text of a file as Excel on Japanese Windows writes it: UTF-8 (with or without a byte order mark) when the bytes
 * are strictly valid UTF-8, else CP932 (Windows' Shift_JIS, what 「CSV（コンマ区切り）」 saves), decoded strictly too.
 * A file that is neither is refused, never silently turned into 文字化け. Valid UTF-8 is very rarely also meant as
 * CP932 (a CP932 text of Japanese characters is almost never valid UTF-8), so the order decides safely.
 */
public final class ExcelText {
    /** The text and the encoding it was read in: {@code UTF-8} or {@code CP932}. */
    public record Decoded(String text, String encoding) {
    }

    private ExcelText() {
    }

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        try {
            return new Decoded(StrictUtf8.decode(bytes), "UTF-8");
        } catch (StrictUtf8.Malformed notUtf8) {
            String text = Charset.forName("windows-31j").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "CP932");
        }
    }
}
