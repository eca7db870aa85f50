package io.lakefront.connectors.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The encoding of a text file, guessed from its first bytes. */
record TextEncoding(Charset charset, boolean bom) {

    /**
     * A byte order mark decides; otherwise bytes that decode as UTF-8 are UTF-8, and anything else is
     * taken for Latin-1, which decodes every byte (the usual case for older European exports).
     */
    static TextEncoding detect(byte[] sample, int length) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, true);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, true);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, true);
        }
        Charset charset = isUtf8(sample, length) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        return new TextEncoding(charset, false);
    }

    private static boolean isUtf8(byte[] sample, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // Not end of input: a character cut in two by the end of the sample is an underflow, not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample, 0, length), out, false);
        return !result.isError();
    }
}
