package org.kaname.service;

import java.util.List;
import org.kaname.io.PlanIssue;

/** An edit that would make the plan invalid (a prerequisite cycle, a duplicate id…); the plan is left unchanged. */
public class InvalidEditException extends Exception {
    private final List<PlanIssue> issues;

    public InvalidEditException(List<PlanIssue> issues) {
        super(issues.isEmpty() ? "invalid edit" : issues.get(0).message());
        this.issues = List.copyOf(issues);
    }

    public List<PlanIssue> issues() {
        return issues;
    }
}
