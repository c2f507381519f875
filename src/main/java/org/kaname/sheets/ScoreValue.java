package org.kaname.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;

/**
 * What a score cell holds — nothing, a number, a text, an error — and whether it is a valid score. A text that is
 * a plain number (also in full-width digits, as pasted from a document) counts as that number in a sheet; any
 * other text is a problem. A non-whole number is accepted only if it is exactly the stored score (a decimal score
 * given in the app and pre-filled in the sheet must not make the sheet unreadable).
 */
final class ScoreValue {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private enum Kind { EMPTY, NUMBER, TEXT, ERROR }

    private final Kind kind;
    private final Double number;
    private final String raw;

    private ScoreValue(Kind kind, Double number, String raw) {
        this.kind = kind;
        this.number = number;
        this.raw = raw;
    }

    static ScoreValue of(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return new ScoreValue(Kind.EMPTY, null, "");
        }
        // A formula never counts by its cached result (the reader refuses it before asking for the value).
        return switch (cell.getCellType()) {
            case BLANK -> new ScoreValue(Kind.EMPTY, null, "");
            case NUMERIC -> new ScoreValue(Kind.NUMBER, cell.getNumericCellValue(), "");
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> new ScoreValue(Kind.TEXT, null, String.valueOf(cell.getBooleanCellValue()));
            default -> new ScoreValue(Kind.ERROR, null, formatter.formatCellValue(cell));
        };
    }

    private static ScoreValue text(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return new ScoreValue(Kind.EMPTY, null, "");
        }
        if (NUMBER.matcher(t).matches()) {
            return new ScoreValue(Kind.NUMBER, Double.parseDouble(t), s);
        }
        return new ScoreValue(Kind.TEXT, null, s);
    }

    /** In a score file a value is a JSON number or null; a string is a problem even when it looks like a number. */
    static ScoreValue of(JsonNode node) {
        if (node == null || node.isNull()) {
            return new ScoreValue(Kind.EMPTY, null, "");
        }
        if (node.isNumber()) {
            return new ScoreValue(Kind.NUMBER, node.asDouble(), "");
        }
        return new ScoreValue(Kind.TEXT, null, node.toString());
    }

    Double number() {
        return kind == Kind.NUMBER ? number : null;
    }

    boolean text() {
        return kind == Kind.TEXT;
    }

    String raw() {
        return raw;
    }

    /**
     * Why this is not a valid score on {@code c}, given the score stored for the same cell ({@code null} if none),
     * or null if it is.
     */
    String problem(Criterion c, Double stored, String note, Messages messages) {
        int min = c.scale().min();
        int max = c.scale().max();
        return switch (kind) {
            case EMPTY -> note.isBlank() ? null : messages.get("problem.noteWithoutScore");
            case TEXT -> messages.get("problem.scoreText", ScoreSheetReader.quote(raw), min, max);
            case ERROR -> messages.get("problem.scoreError");
            case NUMBER -> {
                if (!Double.isFinite(number) || !c.scale().contains(number)) {
                    yield messages.get("problem.scoreOutOfScale", number, c.name(), min, max);
                }
                if (number != Math.rint(number) && (stored == null || stored.doubleValue() != number)) {
                    yield messages.get("problem.scoreNotInteger", number, min, max);
                }
                yield null;
            }
        };
    }
}
