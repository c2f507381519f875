package org.kaname.ui;

import java.util.ArrayList;
import java.util.List;

/** A DialogService for tests: records what would have been shown and answers confirmations as told. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    public final List<String> prompts = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    /** What the next prompts answer, in order; empty means "cancelled". */
    public final java.util.Deque<String> promptAnswers = new java.util.ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public java.util.Optional<String> prompt(String title, String label, String initial) {
        prompts.add(title + ": " + label);
        return java.util.Optional.ofNullable(promptAnswers.poll());
    }

    @Override
    public void showUnexpected(String title, String message, String details) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean ask(String title, String message, String yes, String no) {
        questions.add(title + ": " + message + " [" + yes + " / " + no + "]");
        return answer;
    }

    @Override
    public void inform(String title, String message) {
        informations.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answer;
    }
}
