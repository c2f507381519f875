package org.kaname.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's list of sources (出典一覧): each source with an address gets a number the first time the report cites
 * it, and the body prints that number instead of the address; the list at the end prints each address once, and
 * readable ({@link #readable}).
 */
final class Sources {
    /**
     * A numbered source: its title and kind as first cited, and its address. A source first met as a bare address
     * in running text is {@code provisional}: named after where it was met, until a citation with a title of its own.
     */
    record Source(int number, String title, String kind, String url, boolean provisional) {
    }

    /** An address in running text, with the brackets around it: 「（https://…）」 or a bare one. */
    private static final Pattern ADDRESS_IN_TEXT =
            Pattern.compile("[（(]?\\s*(https?://[^\\s（）()「」『』、。，,]+)\\s*[）)]?");

    private final Map<String, Source> byUrl = new LinkedHashMap<>();

    /** The number of the source at {@code url}, numbering it now if this is its first citation. */
    int cite(String title, String kind, String url) {
        String key = url.strip();
        Source known = byUrl.get(key);
        if (known == null) {
            known = new Source(byUrl.size() + 1, title, kind, key, false);
            byUrl.put(key, known);
        } else if (known.provisional()) {
            byUrl.put(key, new Source(known.number(), title, kind, key, false));
        }
        return known.number();
    }

    /**
     * The number of the source at {@code url} for a citation that has no title of its own (an address in running
     * text, a timeline entry's source): named {@code where} in the list until a titled {@link #cite} of it comes.
     */
    int citeUntitled(String where, String kind, String url) {
        String key = url.strip();
        return byUrl.computeIfAbsent(key, k -> new Source(byUrl.size() + 1, where, kind, k, true)).number();
    }

    /**
     * {@code text} with each address in it replaced by its citation ({@code reference} words the number, e.g.
     * 「［出典3］」), so running text cites like the evidence lists do.
     */
    String citeInText(String text, String where, String kind, IntFunction<String> reference) {
        Matcher m = ADDRESS_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reference.apply(citeUntitled(where, kind, m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<Source> all() {
        return new ArrayList<>(byUrl.values());
    }

    boolean isEmpty() {
        return byUrl.isEmpty();
    }

    /**
     * The address as a reader types it: percent-escaped non-ASCII characters (a Japanese path such as
     * {@code %E8%B3%87%E6%96%99}) are decoded to the characters; escaped ASCII such as {@code %20} or {@code %2F}
     * stays escaped, since decoding it would change the address. An address whose escapes are not UTF-8 is kept
     * as it is.
     */
    static String readable(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && hex(url.charAt(i + 1)) >= 0 && hex(url.charAt(i + 2)) >= 0) {
                int b = hex(url.charAt(i + 1)) * 16 + hex(url.charAt(i + 2));
                if (b >= 0x80) {
                    bytes.write(b);
                    i += 2;
                    continue;
                }
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            byte[] raw = url.substring(i, end).getBytes(StandardCharsets.UTF_8);
            i = end - 1;
            bytes.write(raw, 0, raw.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return url;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
