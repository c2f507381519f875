package org.kaname.edit;

/** What an edit is about: any of a measure, a criterion and a rater, or none of them (the plan as a whole). */
public record EditTarget(String measure, String criterion, String rater) {
    public static final EditTarget PLAN = new EditTarget(null, null, null);

    public static EditTarget of(Cell cell) {
        return new EditTarget(cell.measure(), cell.criterion(), cell.rater());
    }

    public static EditTarget measure(String id) {
        return new EditTarget(id, null, null);
    }

    public static EditTarget criterion(String id) {
        return new EditTarget(null, id, null);
    }

    public static EditTarget rater(String id) {
        return new EditTarget(null, null, id);
    }

    /** "M1 / c2 / r3" style, the parts that are set; empty for the plan. */
    public String label() {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {measure, criterion, rater}) {
            if (s != null) {
                b.append(b.length() == 0 ? "" : " / ").append(s);
            }
        }
        return b.toString();
    }
}
