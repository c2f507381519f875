package org.kaname.ui.history;

/**
 * How a measure's rank moved from side A to side B of a comparison. Each has its own text (↑3, ↓2, ―, 新規, 削除 …)
 * and a style class; the colour only repeats what the text says.
 */
public enum Move {
    UP("move-up"), DOWN("move-down"), SAME("move-same"), NEW("move-new"), REMOVED("move-removed"),
    NOW_SCORED("move-new"), NOW_UNSCORED("move-removed"), UNSCORED("move-same");

    private final String styleClass;

    Move(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
