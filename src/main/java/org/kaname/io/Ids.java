package org.kaname.io;

/**
 * One shared String per distinct id (measure, criterion, rater) of the scores read from one file: 300,000 scores
 * name a few thousand ids, so they hold a few thousand strings, not 900,000. An id can be looked up from the
 * parser's character buffer without first making a String of it.
 */
final class Ids {
    private String[] table = new String[256];
    private int size;

    /** The shared instance of {@code id}. */
    String of(String id) {
        int slot = slot(id.hashCode());
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.equals(id)) {
                return s;
            }
            slot = (slot + 1) & (table.length - 1);
        }
        add(slot, id);
        return id;
    }

    /** The shared instance of the id in {@code chars[offset, offset + length)}. */
    String of(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int slot = slot(hash);
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (hash == s.hashCode() && same(s, chars, offset, length)) {
                return s;
            }
            slot = (slot + 1) & (table.length - 1);
        }
        String id = new String(chars, offset, length);
        add(slot, id);
        return id;
    }

    private static boolean same(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        // String hashes of short ids differ mostly in their low bits already; spread the rest in.
        return (hash ^ (hash >>> 16)) & (table.length - 1);
    }

    private void add(int slot, String id) {
        table[slot] = id;
        if (++size * 2 > table.length) {
            String[] old = table;
            table = new String[old.length * 2];
            for (String s : old) {
                if (s != null) {
                    int i = slot(s.hashCode());
                    while (table[i] != null) {
                        i = (i + 1) & (table.length - 1);
                    }
                    table[i] = s;
                }
            }
        }
    }
}
