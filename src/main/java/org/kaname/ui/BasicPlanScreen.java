package org.kaname.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;

/**
 * A plan screen with a fixed id and title, one root node carrying that id, and clean-up actions run on dispose.
 * Subclasses build their content in the constructor, call {@link #setRoot} once and register what must be undone
 * with {@link #onDispose}.
 */
public abstract class BasicPlanScreen implements PlanScreen {
    private final String id;
    private final String title;
    private final List<Runnable> disposers = new ArrayList<>();
    private Node root;

    protected BasicPlanScreen(String id, String title) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node node() {
        if (root == null) {
            throw new IllegalStateException("screen " + id + " has no root");
        }
        return root;
    }

    /** Disposes in registration order, so a subclass can cancel work before it detaches listeners. */
    @Override
    public final void dispose() {
        disposers.forEach(Runnable::run);
    }

    /** Makes {@code node} the screen's root and gives it the screen's id (TestFX and the shell look it up by id). */
    protected final <N extends Node> N setRoot(N node) {
        node.setId(id);
        this.root = node;
        return node;
    }

    /** Adds an action to run when the plan is closed. */
    protected final void onDispose(Runnable action) {
        disposers.add(Objects.requireNonNull(action, "action"));
    }
}
