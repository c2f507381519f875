package org.kaname.io;

/** JSON Pointer (RFC 6901) building, so object keys such as scenario weight ids containing "/" stay unambiguous. */
final class Pointers {
    private Pointers() {
    }

    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
