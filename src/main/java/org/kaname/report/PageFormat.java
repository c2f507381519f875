package org.kaname.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A page size and orientation with the report's margins, in points (1/72 inch; 1 mm ≈ 2.835 pt). */
enum PageFormat {
    A4_PORTRAIT(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight()),
    A3_LANDSCAPE(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

    static final float MM = 72f / 25.4f;
    /** Left and right margin: 20 mm, enough for a punched binding on the left. */
    static final float SIDE = 20 * MM;
    /** Body starts 25 mm from the top; the running header sits in this margin at 13 mm. */
    static final float TOP = 25 * MM;
    /** Body ends 22 mm above the bottom; the page number sits in this margin at 11 mm. */
    static final float BOTTOM = 22 * MM;
    static final float HEADER_BASELINE = 14 * MM;
    static final float FOOTER_BASELINE = 11 * MM;

    private final float width;
    private final float height;

    PageFormat(float width, float height) {
        this.width = width;
        this.height = height;
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }

    PDRectangle box() {
        return new PDRectangle(width, height);
    }

    float contentWidth() {
        return width - 2 * SIDE;
    }

    float contentBottom() {
        return height - BOTTOM;
    }
}
