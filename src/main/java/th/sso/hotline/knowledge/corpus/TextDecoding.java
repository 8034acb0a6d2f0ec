package th.sso.hotline.knowledge.corpus;

import th.sso.hotline.text.ThaiScript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or the legacy Thai encodings TIS-620 /
 * windows-874 when the result reads as Thai. Anything else is binary or undecodable.
 */
final class TextDecoding {

    private static final List<Charset> THAI_LEGACY = List.of("x-windows-874", "TIS-620").stream()
            .filter(Charset::isSupported)
            .map(Charset::forName)
            .toList();
    /** Text files have newlines and tabs, not other control characters; a few stray ones are tolerated. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoding() {
    }

    static String decode(byte[] bytes) throws SkipReason {
        if (bytes.length == 0) {
            throw new SkipReason(SkipReason.Kind.EMPTY, null);
        }
        String text = decodeOrNull(bytes);
        if (text == null) {
            throw new SkipReason(SkipReason.Kind.UNDECODABLE, null);
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new SkipReason(SkipReason.Kind.BINARY, "control characters");
        }
        if (text.isBlank()) {
            throw new SkipReason(SkipReason.Kind.EMPTY, null);
        }
        return text;
    }

    private static String decodeOrNull(byte[] bytes) throws SkipReason {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3).orElse(null);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16, bytes, 0).orElse(null);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new SkipReason(SkipReason.Kind.BINARY, "NUL bytes");
            }
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        for (Charset legacy : THAI_LEGACY) {
            Optional<String> thai = strict(legacy, bytes, 0).filter(TextDecoding::mostlyThai);
            if (thai.isPresent()) {
                return thai.get();
            }
        }
        return null;
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Any byte soup decodes in a single-byte code page; real Thai text is mostly Thai letters. */
    private static boolean mostlyThai(String s) {
        int thai = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (ThaiScript.isLetterOrMark(c)) {
                    thai++;
                }
            }
        }
        return thai > 0 && thai * 2 >= letters;
    }

    private static double controlShare(String s) {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return s.isEmpty() ? 0 : (double) controls / s.length();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
