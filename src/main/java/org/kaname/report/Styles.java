package org.kaname.report;

import java.awt.Color;

/** Type sizes and greys of the report, in points: body 9.5 pt with 1.7 line spacing, tables 8 pt. */
final class Styles {
    static final float TITLE = 22f;
    static final float H1 = 15f;
    static final float H2 = 11.5f;
    static final float H3 = 10f;
    static final float BODY = 9.5f;
    static final float BODY_LEADING = BODY * 1.7f;
    static final float TABLE = 8f;
    static final float SMALL = 7.5f;
    static final float CHART_FONT = 7.5f;
    static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    static final Color BAND = new Color(0x1F, 0x3B, 0x5C);

    private Styles() {
    }
}
