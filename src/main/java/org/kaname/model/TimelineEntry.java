package org.kaname.model;

/** One dated step of the plan's background (歴史・経過). */
public record TimelineEntry(int year, String text, String source) {
    public TimelineEntry {
        source = Texts.orEmpty(source);
    }
}
