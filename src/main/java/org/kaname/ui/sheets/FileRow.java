package org.kaname.ui.sheets;

/** One collected file as the report table shows it: its name, status in words, raters and counts. */
public record FileRow(String file, String status, boolean clean, String raters, int validRows, int problems) {
}
