package org.kaname.ui;

import javafx.scene.Node;

/** One screen of an open plan (概要, 評価基準と重み, 施策, 採点, 順位, 感度分析, ロードマップ). */
public interface PlanScreen {
    /** Stable id, also the id of the screen's root node (for TestFX and for remembering the last screen). */
    String id();

    /** The label in the navigation list, in the UI language. */
    String title();

    /** The screen's content; built once, kept while the plan is open. */
    Node node();

    /** Called when the plan is closed: remove listeners, cancel running work. */
    default void dispose() {
    }
}
